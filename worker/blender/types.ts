import type { DownloadFormat, ExportFormat, QualityLevel } from "@/lib/assets/formats";

/** Everything the runner needs for one Blender execution. */
export interface BlenderJob {
  /** Python that builds the scene with bpy; it runs in an empty scene inside the harness. */
  code: string;
  /** Formats to export; the harness always writes the GLB it needs for stats when asked for none. */
  formats: ExportFormat[];
  /** An empty directory that receives the files (model.<ext>, preview.png, report.json). */
  outDir: string;
  /** Preview render size in pixels (square); 0 skips rendering. */
  previewSize?: number;
  /** Texture detail ll3m_materials gives code that names none: draft is untextured (default standard). */
  quality?: QualityLevel;
  /** Extra views rendered around the model (view_0.png...), for critics. 0 by default. */
  views?: number;
  /** Wall-clock limit for this run. */
  timeoutMs?: number;
  /** Aborting kills Blender and resolves with error.kind "canceled". */
  signal?: AbortSignal;
  /** Code written by an LLM or a user rather than by the built-in modeler. */
  untrusted?: boolean;
  /** A model file for the script's import_original(): `file` inside `dir` (copied whole: a zip's textures too). */
  original?: OriginalInput;
  /** Fail (too_many_triangles) before exporting a scene with more triangles than this. */
  maxTriangles?: number;
  /** Test-only: run the code without the AST lint so the sandbox itself is the boundary under test.
   *  Honoured only when NODE_ENV is "test". */
  skipStaticCheck?: boolean;
}

/** An uploaded model as a Blender run receives it. */
export interface OriginalInput {
  /** Host folder holding the model and its companions. */
  dir: string;
  /** The model's path inside dir. */
  file: string;
  format: "glb" | "gltf" | "obj" | "stl" | "ply" | "fbx" | "blend";
}

export interface MaterialStat {
  name: string;
  base_color: [number, number, number, number];
  metallic: number;
  roughness: number;
}

export interface ObjectStat {
  name: string;
  type: string;
  vertices: number;
  triangles: number;
  /** World-axis bounding box (after rotation). */
  bbox_min: [number, number, number];
  bbox_max: [number, number, number];
  /** Size in the object's own axes times its scale, before rotation (what a plan's dimensions mean); absent in old reports. */
  dimensions?: [number, number, number];
  /** World rotation as XYZ Euler radians; absent in old reports. */
  rotation?: [number, number, number];
  materials: string[];
}

/** What the harness reports about the scene the code built. */
export interface SceneStats {
  objects: number;
  meshes: number;
  vertices: number;
  triangles: number;
  materials: MaterialStat[];
  bbox: { min: [number, number, number]; max: [number, number, number]; size: [number, number, number] };
  parts: ObjectStat[];
}

export type BlenderErrorKind =
  | "static_check"
  | "python_error"
  | "empty_scene"
  | "export_failed"
  | "timeout"
  | "limit_exceeded"
  | "canceled"
  | "crashed"
  | "sandbox_unavailable"
  | "import_failed"
  | "import_has_scripts"
  | "too_many_triangles";

export interface BlenderError {
  kind: BlenderErrorKind;
  /** One readable sentence an agent or a user can act on. */
  message: string;
  line?: number;
  traceback?: string;
}

export interface BlenderResult {
  ok: boolean;
  error?: BlenderError;
  stats?: SceneStats;
  /** format → file name inside outDir (`original`: the uploaded model an imported scene is rebuilt from). */
  files: Partial<Record<DownloadFormat, string>>;
  preview?: string;
  views: string[];
  /** Companion files written beside an export (the OBJ's model.mtl and its texture PNGs). */
  extraFiles?: string[];
  /** texture_ms: time ll3m_materials spent making textures and UVs, inside exec_ms. */
  timings: { load_ms?: number; exec_ms?: number; texture_ms?: number; export_ms?: number; render_ms?: number; total_ms: number };
  sandboxed: boolean;
  /** The run's temp dir name; Blender's command line carries it as ll3m-run=<runId>. */
  runId?: string;
  /** Last part of Blender's own output, for diagnosis. */
  log: string;
}
