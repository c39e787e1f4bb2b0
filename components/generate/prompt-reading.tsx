"use client";

import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { previewPrompt, queryKeys } from "@/components/data/api";
import type { Interpretation } from "@/components/data/types";
import { cn } from "@/components/ui/cn";

const TONES = {
  ok: "border-emerald-500/30 bg-emerald-500/10 text-emerald-200",
  missing: "border-amber-500/40 bg-amber-500/10 text-amber-200",
} as const;

/** One labelled row of word chips ("Not modelled: bow, tie"); nothing when there are no words. */
function TermRow({ label, terms, tone, testId }: { label: string; terms: string[] | undefined; tone: keyof typeof TONES; testId: string }) {
  if (!terms?.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-xs" data-testid={testId}>
      <span className="text-muted">{label}:</span>
      {terms.map((term) => (
        <span key={term} className={cn("rounded-full border px-2 py-0.5", TONES[tone])}>
          {term}
        </span>
      ))}
    </div>
  );
}

/** The rows a reading can show, in order. */
const ROWS = {
  modelled: { label: "Understood", tone: "ok", terms: (r: Interpretation) => r.modelled_terms },
  unmodelled: { label: "Not modelled", tone: "missing", terms: (r: Interpretation) => r.unmodelled_terms },
  applied: { label: "Feedback applied", tone: "ok", terms: (r: Interpretation) => r.applied_terms },
  unapplied: { label: "Feedback not applied", tone: "missing", terms: (r: Interpretation) => r.unapplied_terms },
} as const;
type Row = keyof typeof ROWS;

/**
 * What a result models of its prompt and what it leaves out, and for a refinement which words of the feedback it
 * applied; `rows` picks which (the asset page shows the prompt's gaps by the score and the feedback's by the form).
 */
export function ReadingTerms({ reading, rows = ["modelled", "unmodelled", "applied", "unapplied"] }: { reading: Interpretation; rows?: Row[] }) {
  return (
    <div className="flex flex-col gap-1.5">
      {rows.map((row) => (
        <TermRow key={row} label={ROWS[row].label} terms={ROWS[row].terms(reading)} tone={ROWS[row].tone} testId={`terms-${row}`} />
      ))}
    </div>
  );
}

/** "a chair", "an umbrella": how the reading names an object. */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

/** `value`, once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * While the user types: what the built-in modeler will build from the prompt and which words it will leave out,
 * or why it cannot build it and the nearest objects it knows (each one click away). With an LLM provider
 * configured it says so instead, since that model can build anything.
 */
export function LivePromptReading({ prompt, onPick }: { prompt: string; onPick: (prompt: string) => void }) {
  const settled = useSettled(prompt.trim(), 350);
  const preview = useQuery({
    queryKey: queryKeys.preview(settled),
    queryFn: ({ signal }) => previewPrompt(settled, signal),
    enabled: settled.length > 0,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
    retry: false,
  });
  const data = preview.data;
  if (!settled || !data) return null;
  if (data.pipeline === "llm") {
    return (
      <p className="-mt-2 text-xs text-muted" data-testid="prompt-reading" data-pipeline="llm">
        Your LLM provider ({data.provider}) will plan and build this.
      </p>
    );
  }
  return (
    <div
      className="-mt-2 flex flex-col gap-1.5 rounded-lg border border-line bg-surface-2/60 px-3 py-2"
      data-testid="prompt-reading"
      data-pipeline="builtin"
      data-recognized={data.recognized ? "true" : "false"}
      aria-live="polite"
    >
      {data.recognized ? (
        <>
          <p className="text-sm text-fg">
            <span className="text-muted">Will build:</span> {withArticle(data.subject ?? "")}
          </p>
          <ReadingTerms reading={data.interpretation} />
          {data.interpretation.unmodelled_terms.length ? (
            <p className="text-xs text-muted">Words it cannot model are left out and lower the score; an LLM provider (Settings) can model them.</p>
          ) : null}
        </>
      ) : (
        <>
          <p className="text-sm text-amber-200">The built-in modeler cannot build this.</p>
          <TermRow label="Not understood" terms={data.interpretation.unmodelled_terms} tone="missing" testId="terms-unmodelled" />
          <div className="flex flex-wrap items-center gap-1.5 text-xs">
            <span className="text-muted">Nearest it knows:</span>
            {data.suggestions.map((s) => (
              <button
                key={s}
                type="button"
                onClick={() => onPick(withArticle(s))}
                className="rounded-full border border-line bg-surface-2 px-2 py-0.5 text-muted hover:border-accent/50 hover:text-fg"
              >
                {withArticle(s)}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
