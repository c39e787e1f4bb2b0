import type { StructuredPatchHunk } from "diff";
import { cn } from "@/components/ui/cn";

const ROW = { "+": "bg-emerald-500/10 text-emerald-100", "-": "bg-red-500/10 text-red-100", " ": "text-fg/75" } as const;

/** Unified diff hunks with old and new line numbers; added and removed lines are marked for screen readers too. */
export function DiffHunks({ hunks }: { hunks: StructuredPatchHunk[] }) {
  return (
    <div className="max-h-[32rem] overflow-auto font-mono text-xs leading-5" data-testid="code-diff" tabIndex={0} aria-label="Code changes">
      {hunks.map((hunk, h) => {
        let oldLine = hunk.oldStart;
        let newLine = hunk.newStart;
        return (
          <div key={h} className="border-b border-line last:border-b-0">
            <div className="bg-accent/10 px-3 py-1 text-violet-200/80">
              @@ -{hunk.oldStart},{hunk.oldLines} +{hunk.newStart},{hunk.newLines} @@
            </div>
            {hunk.lines.map((line, i) => {
              const mark = (line[0] === "+" || line[0] === "-" ? line[0] : " ");
              if (line.startsWith("\\")) return null; // "\ No newline at end of file"
              const oldNo = mark === "+" ? "" : oldLine++;
              const newNo = mark === "-" ? "" : newLine++;
              return (
                <div key={i} className={cn("flex min-w-fit", ROW[mark])} data-change={mark === "+" ? "added" : mark === "-" ? "removed" : "context"}>
                  <span aria-hidden="true" className="w-10 shrink-0 pr-2 text-right text-muted/50 select-none">{oldNo}</span>
                  <span aria-hidden="true" className="w-10 shrink-0 pr-2 text-right text-muted/50 select-none">{newNo}</span>
                  <span aria-hidden="true" className="w-4 shrink-0 select-none">{mark === " " ? "" : mark === "-" ? "−" : "+"}</span>
                  {mark !== " " ? <span className="sr-only">{mark === "+" ? "added: " : "removed: "}</span> : null}
                  <span className="pr-4 whitespace-pre">{line.slice(1) || " "}</span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
