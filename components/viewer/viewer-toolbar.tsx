"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { LIGHTING_NAMES, LIGHTING_PRESETS, type LightingName, type ViewerOptions } from "@/components/viewer/viewer-presets";

/** Props of ViewerToolbar: the current options, how to change them, and how to frame the model again. */
export interface ViewerToolbarProps {
  options: ViewerOptions;
  onChange: (next: Partial<ViewerOptions>) => void;
  onFit: () => void;
}

const chip =
  "inline-flex h-8 items-center gap-1.5 rounded-lg border px-2.5 text-xs font-medium transition-colors disabled:opacity-50 border-line bg-surface-2 text-muted hover:text-fg";

/** Fit, auto-rotate, wireframe, grid and lighting: toggles are buttons with aria-pressed. */
export function ViewerToolbar({ options, onChange, onFit }: ViewerToolbarProps) {
  return (
    <div role="toolbar" aria-label="Viewer controls" className="flex flex-wrap items-center gap-1.5 border-t border-line bg-surface px-2 py-2 sm:px-3">
      <button type="button" className={chip} onClick={onFit}>
        <Icon d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /> Fit
      </button>
      <Toggle label="Auto-rotate" pressed={options.autoRotate} onToggle={() => onChange({ autoRotate: !options.autoRotate })} icon="M13.5 8A5.5 5.5 0 1 1 11 3.4M11 1v2.6h2.6" />
      <Toggle label="Wireframe" pressed={options.wireframe} onToggle={() => onChange({ wireframe: !options.wireframe })} icon="M8 1.5 14 5v6l-6 3.5L2 11V5l6-3.5ZM2 5l12 6M14 5 2 11M8 1.5v13" />
      <Toggle label="Grid" pressed={options.grid} onToggle={() => onChange({ grid: !options.grid })} icon="M1.5 5.5h13M1.5 10.5h13M5.5 1.5v13M10.5 1.5v13" />
      <label className="ml-auto flex items-center gap-1.5 text-xs text-muted">
        <span aria-hidden="true">Lighting</span>
        <select
          aria-label="Lighting preset"
          value={options.lighting}
          onChange={(e) => onChange({ lighting: e.target.value as LightingName })}
          className="h-8 rounded-lg border border-line bg-surface-2 px-2 text-xs text-fg"
        >
          {LIGHTING_NAMES.map((name) => (
            <option key={name} value={name}>
              {LIGHTING_PRESETS[name].label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Toggle({ label, pressed, onToggle, icon }: { label: string; pressed: boolean; onToggle: () => void; icon: string }) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onToggle} className={cn(chip, pressed && "border-accent/60 bg-accent/15 text-violet-100")}>
      <Icon d={icon} />
      {label}
    </button>
  );
}

function Icon({ d }: { d: string }): ReactNode {
  return (
    <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}
