/** What an upload's bytes turned out to be; `zip` holds a .gltf or an .obj with its companions. */
export const IMPORT_FORMATS = ["glb", "zip", "obj", "stl", "ply", "fbx", "blend"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What the harness imports: the format of the model file itself (a zip's main entry is gltf or obj). */
export type ModelFormat = Exclude<ImportFormat, "zip"> | "gltf";

/** How messages name each format. */
export const FORMAT_LABELS: Record<ModelFormat | "zip", string> = {
  glb: "GLB",
  gltf: "glTF",
  zip: "zip",
  obj: "OBJ",
  stl: "STL",
  ply: "PLY",
  fbx: "FBX",
  blend: ".blend",
};

/** The accepted list, as every refusal states it. */
export const ACCEPTED =
  "upload a GLB, a glTF zipped with its .bin and textures, an OBJ (alone or zipped with its .mtl and textures), STL, PLY, FBX or .blend";

/** The uploaded file's name in storage: uploads/<taskId>/original.<ext>. */
export function uploadKey({ taskId, format }: { taskId: string; format: ImportFormat }): string {
  return `${uploadPrefix({ taskId })}original.${format}`;
}

export function uploadPrefix({ taskId }: { taskId: string }): string {
  return `uploads/${taskId}/`;
}

/** The import file a task carries (tasks.import_file). */
export interface ImportFile {
  key: string;
  format: ImportFormat;
  /** The model inside a zip (its path in the archive) and that model's format. */
  entry: string | null;
  model: ModelFormat;
  filename: string;
  bytes: number;
  normalize: boolean;
}
