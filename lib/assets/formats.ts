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
/** The uploaded file an imported version was rebuilt from, kept beside its exports (original.<ext>). */
export const ORIGINAL_FORMAT = "original";
/** What a version's files may hold: every export format, and for imported versions the original. */
export type DownloadFormat = ExportFormat | typeof ORIGINAL_FORMAT;
export const DOWNLOAD_FORMAT_NAMES: DownloadFormat[] = [...EXPORT_FORMAT_NAMES, ORIGINAL_FORMAT];
export const QUALITY_LEVELS = ["draft", "standard", "high"] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];
