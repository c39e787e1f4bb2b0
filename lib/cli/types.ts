import type { ApiClient } from "@/lib/cli/client";
import type { CliConfig } from "@/lib/cli/config";

// Shared by main.ts and the command files, so neither imports the other.
/** What every command gets: the resolved config, an API client, the --json flag and a way to set the exit code. */
export interface Context {
  config: () => Promise<CliConfig>;
  client: () => Promise<ApiClient>;
  json: () => boolean;
  exit: (code: number) => void;
}

/** The API shapes the CLI reads (see /api/v1/openapi.json); only the fields it uses. */
export interface ApiAsset {
  id: string;
  name: string;
  prompt: string;
  tags: string[];
  quality_score: number | null;
  created_at: string;
  current_version: number | null;
  versions_count: number;
  files: Record<string, { url: string; bytes: number }>;
  screenshot_url: string | null;
  stats: { triangles?: number; vertices?: number; objects?: number; bbox?: { size?: number[] } };
}

/** What the built-in modeler read in a prompt or feedback. */
export interface ApiInterpretation {
  subject: string | null;
  modelled_terms: string[];
  unmodelled_terms: string[];
  applied_terms?: string[];
  unapplied_terms?: string[];
}

export interface ApiPreview {
  pipeline: "builtin" | "llm";
  provider: string;
  recognized: boolean;
  subject: string | null;
  interpretation: ApiInterpretation;
  message: string | null;
  suggestions: string[];
}

export interface ApiTask {
  task_id: string;
  type: string;
  status: "queued" | "running" | "completed" | "failed" | "canceled";
  progress: number;
  stage: string | null;
  prompt: string;
  error_code: string | null;
  error_message: string | null;
  interpretation: ApiInterpretation | null;
  created_at: string;
  finished_at: string | null;
  asset_id: string | null;
  asset: ApiAsset | null;
}

export interface ApiVersion {
  version: number;
  created_at: string;
  quality_score: number | null;
  refinement_request: string | null;
  is_current: boolean;
}

export interface ApiPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const TERMINAL = new Set(["completed", "failed", "canceled"]);
