/** A lighting setup generated on the client: no HDR file is ever downloaded. */
export interface LightingPreset {
  label: string;
  /** Reflection gradient: sky, horizon and ground colours, and how strongly it lights the model. */
  env: { sky: string; horizon: string; ground: string; intensity: number };
  hemisphere: { sky: string; ground: string; intensity: number };
  lights: Array<{ position: [number, number, number]; intensity: number; color: string }>;
}

export const LIGHTING_PRESETS = {
  studio: {
    label: "Studio",
    env: { sky: "#e6e9f2", horizon: "#8d93a3", ground: "#34322f", intensity: 0.5 },
    hemisphere: { sky: "#f4f6ff", ground: "#3a3530", intensity: 1.1 },
    lights: [
      { position: [5, 9, 6], intensity: 2.2, color: "#ffffff" },
      { position: [-7, 4, -5], intensity: 0.7, color: "#cfd8ff" },
    ],
  },
  sunset: {
    label: "Sunset",
    env: { sky: "#ffb37a", horizon: "#c0587a", ground: "#2a1d2a", intensity: 0.6 },
    hemisphere: { sky: "#ffc999", ground: "#3a2430", intensity: 0.7 },
    lights: [
      { position: [8, 2.5, 3], intensity: 2.8, color: "#ffa45c" },
      { position: [-6, 5, -4], intensity: 0.6, color: "#8a7cff" },
    ],
  },
  overcast: {
    label: "Overcast",
    env: { sky: "#f2f4f7", horizon: "#c9ced8", ground: "#6a6d73", intensity: 0.9 },
    hemisphere: { sky: "#ffffff", ground: "#8a8d94", intensity: 1.9 },
    lights: [{ position: [0, 10, 0], intensity: 0.6, color: "#ffffff" }],
  },
  night: {
    label: "Night",
    env: { sky: "#1b2440", horizon: "#0f1322", ground: "#07080d", intensity: 0.4 },
    hemisphere: { sky: "#6f86c9", ground: "#10121a", intensity: 0.45 },
    lights: [
      { position: [-6, 6, 4], intensity: 1.6, color: "#9db4ff" },
      { position: [4, 2, -7], intensity: 1.4, color: "#5fd4ff" },
    ],
  },
} satisfies Record<string, LightingPreset>;

export type LightingName = keyof typeof LIGHTING_PRESETS;
export const LIGHTING_NAMES = Object.keys(LIGHTING_PRESETS) as LightingName[];

/** What the viewer's toolbar controls. */
export interface ViewerOptions {
  autoRotate: boolean;
  wireframe: boolean;
  grid: boolean;
  lighting: LightingName;
}

/** Geometry of the model as drawn: counts from its buffers, size from its bounding box (metres, y up). */
export interface ModelInfo {
  triangles: number;
  vertices: number;
  meshes: number;
  size: { width: number; depth: number; height: number };
}
