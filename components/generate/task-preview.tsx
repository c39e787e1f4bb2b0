import type { Task } from "@/components/data/types";
import { LazyAssetViewer } from "@/components/viewer/lazy-asset-viewer";
import { cn } from "@/components/ui/cn";
import { stageLabel } from "@/components/generate/stages";

/** The preview box's height, shared by every state so nothing shifts when the model arrives. */
export const PREVIEW_HEIGHT = "h-[320px] sm:h-[440px]";

/** The top of the task panel: the 3D viewer once done, else a placeholder saying what is happening. */
export function TaskPreview({ task }: { task: Task }) {
  const glb = task.asset?.files.glb?.url;
  if (task.status === "completed" && glb) {
    return <LazyAssetViewer url={glb} className={cn(PREVIEW_HEIGHT, "border-b border-line")} />;
  }
  // Plain <img> for screenshots: an authenticated API route that next/image would refetch without cookies.
  const failed = task.status === "failed" || task.status === "canceled";
  return (
    <div className={cn(PREVIEW_HEIGHT, "relative flex items-center justify-center overflow-hidden border-b border-line bg-[#1a1d26]")}>
      <div aria-hidden="true" className="absolute inset-0 bg-[linear-gradient(#2a2f3c55_1px,transparent_1px),linear-gradient(90deg,#2a2f3c55_1px,transparent_1px)] bg-[size:32px_32px] [mask-image:radial-gradient(ellipse_at_center,black,transparent_75%)]" />
      {task.status === "completed" && task.asset?.screenshot_url ? (
        <img src={task.asset.screenshot_url} alt={`Preview of ${task.asset.name}`} className="relative max-h-full object-contain" />
      ) : (
        <div className="relative flex flex-col items-center gap-3 text-center">
          <div className={cn("size-14", failed ? "opacity-60 grayscale" : "animate-pulse")} aria-hidden="true">
            <svg viewBox="0 0 32 32">
              <path d="M16 5 26 10.5v11L16 27 6 21.5v-11L16 5Z" fill="#8b7cf6" opacity="0.85" />
              <path d="M16 5 26 10.5 16 16 6 10.5 16 5Z" fill="#b3a8fa" />
              <path d="M16 16v11l10-5.5v-11L16 16Z" fill="#6a58e8" />
            </svg>
          </div>
          <p className="text-sm text-muted">{task.status === "completed" ? "No 3D preview for this asset." : stageLabel(task)}</p>
        </div>
      )}
    </div>
  );
}
