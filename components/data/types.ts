import type { ExportFormat, QualityLevel } from "@/lib/assets/formats";

// The API's JSON contract as the browser sees it; written out because the server types carry Prisma's JsonValue.

export type { MeResponse as Me } from "@/lib/validations/me";
export type { AnalyticsResponse as Analytics } from "@/lib/validations/analytics";
export type { LlmSettingsResponse as LlmSettings, LlmEndpointView as LlmEndpoint, UpdateLlmSettings } from "@/lib/validations/llm-settings";

export type TaskStatus = "queued" | "running" | "completed" | "failed" | "canceled";

export interface AssetStats {
  objects?: number;
  meshes?: number;
  vertices?: number;
  triangles?: number;
  bbox?: { min: number[]; max: number[]; size: number[] };
}

export interface Asset {
  id: string;
  name: string;
  prompt: string;
  tags: string[];
  metadata: Record<string, unknown>;
  quality_score: number | null;
  created_at: string;
  updated_at: string;
  current_version: number | null;
  versions_count: number;
  files: Partial<Record<ExportFormat, { url: string; bytes: number }>>;
  screenshot_url: string | null;
  stats: AssetStats;
}

/** What the built-in modeler read in a prompt (and, for a refinement, in its feedback). */
export interface Interpretation {
  subject: string | null;
  modelled_terms: string[];
  unmodelled_terms: string[];
  applied_terms?: string[];
  unapplied_terms?: string[];
}

/** POST /generate/preview: the reading of a prompt before it is sent. */
export interface PromptPreview {
  pipeline: "builtin" | "llm";
  provider: string;
  recognized: boolean;
  subject: string | null;
  name: string | null;
  interpretation: Interpretation;
  notes: string[];
  message: string | null;
  suggestions: string[];
}

export interface StageEntry {
  name: string;
  started_at: string;
  ms: number | null;
}

export interface Task {
  task_id: string;
  type: string;
  status: TaskStatus;
  progress: number;
  stage: string | null;
  prompt: string;
  quality_level: QualityLevel;
  output_formats: ExportFormat[];
  tags: string[];
  feedback?: string | null;
  error_code: string | null;
  error_message: string | null;
  interpretation: Interpretation | null;
  stages: StageEntry[];
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  asset_id: string | null;
  asset: Asset | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface VersionSummary {
  version: number;
  created_at: string;
  quality_score: number | null;
  refinement_request: string | null;
  interpretation: Interpretation | null;
  is_current: boolean;
}

export interface VersionDetail extends VersionSummary {
  provider: string;
  plan: Record<string, unknown>;
  code: string;
  stats: AssetStats;
  quality_reasons: Array<{ severity: string; message: string }>;
  files: Asset["files"];
  screenshot_url: string | null;
  trail: unknown[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface Health {
  status: "healthy" | "degraded";
  version: string;
  uptime: number;
  dependencies: { database: string; storage: string; workers: string; blender: string; sandbox: string };
  queue: { queued: number | null; running: number | null };
  workers: { live: number };
}
