import type { ExportFormat } from "@/lib/assets/formats";
import { FORMAT_LABELS } from "@/components/data/format";
import { cn } from "@/components/ui/cn";

/** Display order of the format checkboxes. */
const ORDER: ExportFormat[] = ["glb", "obj", "stl", "blend", "fbx", "gltf"];
const HINTS: Partial<Record<ExportFormat, string>> = { glb: "Needed for the preview", blend: "Blender file (.blend)" };

/** Props of FormatOptions: the checked formats and a change handler. GLB stays checked. */
export interface FormatOptionsProps {
  value: ExportFormat[];
  onChange: (formats: ExportFormat[]) => void;
  disabled?: boolean;
}

/** Output format checkboxes; GLB is always on because the viewer needs it. */
export function FormatOptions({ value, onChange, disabled }: FormatOptionsProps) {
  const toggle = (format: ExportFormat, on: boolean) =>
    onChange(on ? [...new Set([...value, format])] : value.filter((f) => f !== format));

  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-fg">Output formats</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {ORDER.map((format) => {
          const locked = format === "glb";
          const checked = locked || value.includes(format);
          return (
            <label
              key={format}
              className={cn(
                "flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm transition-colors has-focus-visible:outline-2 has-focus-visible:outline-accent",
                checked ? "border-accent/50 bg-accent/10" : "border-line bg-canvas/40 hover:border-muted/40",
                locked && "cursor-not-allowed",
              )}
              title={HINTS[format]}
            >
              <input
                type="checkbox"
                name="output_formats"
                value={format}
                checked={checked}
                disabled={locked}
                onChange={(e) => toggle(format, e.target.checked)}
                className="size-4 accent-accent focus-visible:outline-none"
              />
              <span className="font-medium">{FORMAT_LABELS[format]}</span>
            </label>
          );
        })}
      </div>
      <p className="text-xs text-muted">GLB is always included: the 3D preview uses it.</p>
    </fieldset>
  );
}
