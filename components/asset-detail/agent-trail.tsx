import type { VersionDetail } from "@/components/data/types";
import { TrailEntry, type TrailItem } from "@/components/asset-detail/trail-entry";

/** What made this version: LLM calls, Blender runs and pipeline events in order, each collapsible. */
export function AgentTrail({ version }: { version: VersionDetail }) {
  const items = version.trail.filter((e): e is TrailItem => typeof e === "object" && e !== null && "kind" in e);
  const llmCalls = items.filter((e) => e.kind === "llm").length;
  return (
    <div className="flex flex-col gap-3 p-3 sm:p-4" data-testid="agent-trail">
      <p className="text-xs text-muted">
        Made by <span className="font-medium text-fg">{version.provider === "builtin" ? "the built-in modeler (offline)" : version.provider}</span>
        {llmCalls ? ` · ${llmCalls} LLM ${llmCalls === 1 ? "call" : "calls"}` : ""}
        {version.refinement_request ? <> · from the feedback “{version.refinement_request}”</> : null}
      </p>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-4 text-sm text-muted">
          {version.provider === "builtin"
            ? "The built-in modeler planned and coded this version without an LLM, so there are no calls to show."
            : "No trail was recorded for this version."}
        </p>
      ) : (
        <ol className="flex flex-col gap-2">
          {items.map((item, i) => (
            <li key={i}>
              <TrailEntry item={item} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
