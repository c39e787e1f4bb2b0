import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";

/** One trail entry as stored: a `kind` and whatever that kind records. */
export type TrailItem = { kind: string } & Record<string, unknown>;

// Trail entries are stored JSON: text as it is, numbers and booleans as written, anything nested as JSON.
function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v === null || v === undefined ? "" : JSON.stringify(v);
}
const num = (v: unknown) => (typeof v === "number" ? v : null);
function secs(value: unknown): string {
  const ms = num(value);
  return ms === null ? "–" : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A trail entry: a summary line that opens to the details (prompt and response for LLM calls). */
export function TrailEntry({ item }: { item: TrailItem }) {
  if (item.kind === "llm") {
    const tokens = (item.tokens ?? {}) as { input?: number | null; output?: number | null };
    return (
      <Entry
        title={
          <>
            <Badge tone="accent">{str(item.role)}</Badge>
            <span className="font-medium">{str(item.purpose)}</span>
            <span className="truncate text-muted">{str(item.model)}</span>
            {num(item.attempt) && (item.attempt as number) > 1 ? <span className="text-muted">attempt {str(item.attempt)}</span> : null}
            {item.error ? <Badge tone="danger">error</Badge> : null}
            <span className="ml-auto shrink-0 text-xs text-muted tabular-nums">
              {tokens.input ?? "?"}→{tokens.output ?? "?"} tokens · {secs(item.latency_ms)}
            </span>
          </>
        }
      >
        {item.error ? <Block label="Error" text={str(item.error)} /> : null}
        <Block label="Prompt" text={str(item.prompt)} />
        <Block label="Response" text={item.response === null ? "(no response)" : str(item.response)} />
      </Entry>
    );
  }
  if (item.kind === "refinement") {
    const changes = Array.isArray(item.changes) ? (item.changes as unknown[]).map(str) : [];
    return (
      <Entry open title={<><Badge tone="success">refinement</Badge><span>from v{str(item.base_version)}: “{str(item.feedback)}”</span></>}>
        <ul className="list-disc pl-5 text-sm text-fg/90">
          {changes.length ? changes.map((c, i) => <li key={i}>{c}</li>) : <li>No change recorded.</li>}
        </ul>
      </Entry>
    );
  }
  if (item.kind === "blender") {
    return (
      <Entry title={<><Badge tone={item.ok ? "neutral" : "danger"}>blender</Badge><span>{str(item.purpose)}</span><span className="text-muted">{item.ok ? "ran" : "failed"}</span><span className="ml-auto text-xs text-muted tabular-nums">{secs(item.ms)}</span></>}>
        <Block label="Details" text={JSON.stringify({ error: item.error, stats: item.stats }, null, 2)} />
      </Entry>
    );
  }
  if (item.kind === "timings") {
    return (
      <p className="rounded-lg border border-line bg-surface-2/50 px-3 py-2 text-xs text-muted">
        Pipeline {secs(item.pipeline_ms)}: waiting on the LLM {secs(item.llm_ms)}, Blender {secs(item.blender_ms)}, other {secs(item.other_ms)}
      </p>
    );
  }
  const { kind, ...rest } = item;
  return (
    <Entry title={<><Badge>{kind}</Badge><span className="truncate text-muted">{Object.keys(rest).join(", ")}</span></>}>
      <Block label="Data" text={JSON.stringify(rest, null, 2)} />
    </Entry>
  );
}

function Entry({ title, open, children }: { title: ReactNode; open?: boolean; children: ReactNode }) {
  return (
    <details open={open} className="group rounded-lg border border-line bg-surface-2/40">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">›</span>
        {title}
      </summary>
      <div className="flex flex-col gap-3 border-t border-line px-3 py-3">{children}</div>
    </details>
  );
}

function Block({ label, text }: { label: string; text: string }) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-xs font-medium text-muted">{label}</span>
      <pre className="max-h-72 overflow-auto rounded-md bg-canvas/70 p-2.5 font-mono text-xs leading-5 whitespace-pre-wrap break-words text-fg/85">{text}</pre>
    </div>
  );
}
