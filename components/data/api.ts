import type { GenerateInput } from "@/lib/validations/generate";
import type { Page, PromptPreview, Task } from "@/components/data/types";

/** An error answered by the API, carrying its code and message. */
export class ApiRequestError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public requestId?: string,
  ) {
    super(message);
  }
}

/** Fetches JSON from the API with the session cookie; a non-2xx answer throws ApiRequestError. */
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    ...init,
    // A FormData body sets its own multipart Content-Type (with the boundary).
    headers: { Accept: "application/json", ...(init?.body && !(init.body instanceof FormData) ? { "Content-Type": "application/json" } : {}), ...init?.headers },
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; request_id?: string } } | null)?.error;
    throw new ApiRequestError(res.status, err?.code ?? "http_error", err?.message ?? `Request failed (${res.status}).`, err?.request_id);
  }
  return body as T;
}

/** Terminal statuses: polling stops there. */
export const FINISHED_STATUSES = new Set<Task["status"]>(["completed", "failed", "canceled"]);

/** Query keys, in one place so invalidation matches what pages read. */
export const queryKeys = {
  task: (id: string) => ["task", id] as const,
  preview: (prompt: string) => ["preview", prompt] as const,
  tasks: (limit: number) => ["tasks", { limit }] as const,
  assets: (params: string) => ["assets", "list", params] as const,
  asset: (id: string) => ["assets", "one", id] as const,
  versions: (id: string) => ["assets", "one", id, "versions"] as const,
  version: (id: string, version: number) => ["assets", "one", id, "versions", version] as const,
  me: ["me"] as const,
  apiKeys: ["api-keys"] as const,
  llm: ["settings", "llm"] as const,
  health: ["health"] as const,
  analytics: (days: number) => ["analytics", days] as const,
};

export const getTask = (id: string) => apiFetch<Task>(`/api/v1/generate/${encodeURIComponent(id)}`);
export const listTasks = (limit: number) => apiFetch<Page<Task>>(`/api/v1/tasks?limit=${limit}`);
export const cancelTask = (id: string) => apiFetch<Task>(`/api/v1/generate/${encodeURIComponent(id)}/cancel`, { method: "POST" });
export const previewPrompt = (prompt: string, signal?: AbortSignal) =>
  apiFetch<PromptPreview>("/api/v1/generate/preview", { method: "POST", body: JSON.stringify({ prompt }), signal });
/** Queues a generation: JSON, or multipart/form-data when a reference image comes along. */
export function createTask(input: GenerateInput, image: File | null = null) {
  if (!image) return apiFetch<Task>("/api/v1/generate", { method: "POST", body: JSON.stringify(input) });
  const form = new FormData();
  form.set("prompt", input.prompt);
  form.set("quality_level", input.quality_level);
  for (const f of input.output_formats) form.append("output_formats", f);
  for (const t of input.tags) form.append("tags", t);
  if (input.metadata) form.set("metadata", JSON.stringify(input.metadata));
  form.set("image", image);
  return apiFetch<Task>("/api/v1/generate", { method: "POST", body: form });
}
export const registerUser = (input: { email: string; password: string; name?: string }) =>
  apiFetch<{ id: string; email: string; name: string | null }>("/api/v1/auth/register", { method: "POST", body: JSON.stringify(input) });
