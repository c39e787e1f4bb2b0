"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { refineSchema } from "@/lib/validations/refine";
import type { Asset, VersionSummary } from "@/components/data/types";
import { refineAsset } from "@/components/data/api-assets";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/skeleton";
import { RefineProgress } from "@/components/asset-detail/refine-progress";
import { ReadingTerms } from "@/components/generate/prompt-reading";

const ASPECTS = ["shape", "proportions", "colors", "materials", "size"];
const MAX = 300;

/** Props of RefineForm: the asset, the version to refine, and what to do with the new version once made. */
export interface RefineFormProps {
  asset: Asset;
  baseVersion: number | null;
  /** The shown version: when a refinement made it, its feedback and which words of it were applied are shown. */
  lastRefinement?: Pick<VersionSummary, "version" | "refinement_request" | "interpretation"> | null;
  onDone: (version: number) => void;
}

/** Feedback (1-300 characters) and aspects to keep → a refine task, followed live until the new version is ready. */
export function RefineForm({ asset, baseVersion, lastRefinement, onDone }: RefineFormProps) {
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState("");
  const [preserve, setPreserve] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  // No quality level sent: the server keeps the one the refined version was made at.
  const mutation = useMutation({
    mutationFn: (input: { feedback: string; preserve_aspects: string[]; version?: number }) => refineAsset(asset.id, input),
    onSuccess: (task) => setTaskId(task.task_id),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = refineSchema.safeParse({ feedback, preserve_aspects: preserve, version: baseVersion ?? undefined });
    if (!parsed.success) return setInvalid(parsed.error.issues[0].message);
    setInvalid(null);
    mutation.mutate({ feedback: parsed.data.feedback, preserve_aspects: parsed.data.preserve_aspects, version: parsed.data.version });
  }

  function finished(version: number | null) {
    setTaskId(null);
    setFeedback("");
    void queryClient.invalidateQueries({ queryKey: ["assets"] });
    void queryClient.invalidateQueries({ queryKey: ["analytics"] });
    if (version) onDone(version);
  }

  return (
    <Card>
      <CardHeader>
        <h2 className="text-sm font-semibold">Refine</h2>
        {baseVersion ? <span className="text-xs text-muted">from v{baseVersion}</span> : null}
      </CardHeader>
      <CardBody>
        {taskId ? (
          <RefineProgress taskId={taskId} onCompleted={finished} onDismiss={() => setTaskId(null)} />
        ) : (
          <form onSubmit={submit} className="flex flex-col gap-4" aria-label="Refine this asset">
            {lastRefinement?.refinement_request && lastRefinement.interpretation ? (
              <div className="flex flex-col gap-1.5 rounded-lg border border-line bg-surface-2/60 px-3 py-2" data-testid="last-refinement">
                <p className="text-xs text-muted">
                  v{lastRefinement.version} came from “<span className="text-fg">{lastRefinement.refinement_request}</span>”
                </p>
                <ReadingTerms reading={lastRefinement.interpretation} rows={["applied", "unapplied"]} />
              </div>
            ) : null}
            <Field
              id="refine-feedback"
              label="What should change?"
              error={invalid ?? undefined}
              aside={<span className="text-xs text-muted tabular-nums">{feedback.length}/{MAX}</span>}
            >
              <Textarea
                id="refine-feedback"
                value={feedback}
                onChange={(e) => setFeedback(e.target.value)}
                maxLength={MAX}
                rows={3}
                className="min-h-20"
                placeholder="e.g. make the legs black"
                {...fieldAria("refine-feedback", { error: invalid ?? undefined })}
              />
            </Field>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">Keep as it is</legend>
              <div className="flex flex-wrap gap-1.5">
                {ASPECTS.map((aspect) => (
                  <label key={aspect} className="flex cursor-pointer items-center gap-1.5 rounded-lg border border-line px-2.5 py-1.5 text-xs has-checked:border-accent/60 has-checked:bg-accent/10 has-focus-visible:outline-2 has-focus-visible:outline-accent">
                    <input
                      type="checkbox"
                      className="size-3.5 accent-accent focus-visible:outline-none"
                      checked={preserve.includes(aspect)}
                      onChange={(e) => setPreserve((p) => (e.target.checked ? [...p, aspect] : p.filter((x) => x !== aspect)))}
                    />
                    {aspect}
                  </label>
                ))}
              </div>
            </fieldset>
            {mutation.error ? <Alert tone="danger">{mutation.error.message}</Alert> : null}
            <Button type="submit" disabled={mutation.isPending || !feedback.trim() || !baseVersion}>
              {mutation.isPending ? <Spinner /> : null}
              {mutation.isPending ? "Starting…" : "Refine"}
            </Button>
          </form>
        )}
      </CardBody>
    </Card>
  );
}
