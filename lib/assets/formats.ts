/** Export formats the Blender harness can write, with file name and MIME type. */
export const EXPORT_FORMATS = {
  glb: { file: "model.glb", mime: "model/gltf-binary" },
  gltf: { file: "model.gltf", mime: "model/gltf+json" },
  obj: { file: "model.obj", mime: "text/plain" },
  stl: { file: "model.stl", mime: "model/stl" },
  fbx: { file: "model.fbx", mime: "application/octet-stream" },
  blend: { file: "model.blend", mime: "application/x-blender" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
export const QUALITY_LEVELS = ["draft", "standard", "high"] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];
