import type { ExportFormat, QualityLevel } from "@/lib/assets/formats";

// The API's JSON contract as the browser sees it; written out because the server types carry Prisma's JsonValue.

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
  error_code: string | null;
  error_message: string | null;
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
