import type { ExportFormat } from "@/lib/assets/formats";
import type { Asset } from "@/components/data/types";
import { FORMAT_LABELS, formatBytes } from "@/components/data/format";
import { buttonClasses } from "@/components/ui/button";

const ORDER: ExportFormat[] = ["glb", "gltf", "obj", "stl", "fbx", "blend"];

/** One real download link per file the asset has; each link's accessible name is the format ("GLB", "Blend"…). */
export function AssetDownloads({ files }: { files: Asset["files"] }) {
  const available = ORDER.filter((f) => files[f]);
  if (available.length === 0) return <p className="text-sm text-muted">No files to download.</p>;
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Downloads">
      {available.map((format) => {
        const file = files[format]!;
        const label = FORMAT_LABELS[format];
        return (
          <a
            key={format}
            href={file.url}
            download
            data-format={format}
            title={`Download ${label}${format === "blend" ? " (.blend)" : ""}, ${formatBytes(file.bytes)}`}
            className={buttonClasses({ variant: "secondary", size: "sm", className: "min-w-20" })}
          >
            <DownloadIcon />
            {label}
            <span aria-hidden="true" className="text-xs font-normal text-muted">
              {formatBytes(file.bytes)}
            </span>
          </a>
        );
      })}
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
