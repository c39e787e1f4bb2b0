import { APICallError } from "ai";
import { PermanentTaskError, TransientTaskError } from "@/worker/pipeline/errors";

/** How a failed LLM request continues: retried after a delay, or ended with a task error. */
export type LlmFailure = { retry: true; why: "rate_limited" | "unavailable" | "timeout"; delayMs?: number; detail: string } | { retry: false; error: Error };

// Longest Retry-After honoured inside a call; a longer wait goes back to the queue's own backoff.
const MAX_RETRY_AFTER_MS = 30_000;

function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers["retry-after-ms"]);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const excerpt = (body: string | undefined) => (body ? `: ${body.replace(/\s+/g, " ").slice(0, 300)}` : "");

/** Sorts a provider error into retry or a clear permanent/transient task error; `who` names model and endpoint. */
export function classifyLlmError({ err, who, timedOut, timeoutMs }: { err: unknown; who: string; timedOut: boolean; timeoutMs: number }): LlmFailure {
  if (timedOut) return { retry: true, why: "timeout", detail: `no answer within ${timeoutMs / 1000} s` };
  if (APICallError.isInstance(err)) {
    const status = err.statusCode;
    const body = excerpt(err.responseBody);
    if (status === 401 || status === 403) {
      return { retry: false, error: new PermanentTaskError("llm_auth_failed", `${who} refused the API key (HTTP ${status})${body}. Check the provider key in Settings.`) };
    }
    if (status === 404) return { retry: false, error: new PermanentTaskError("llm_model_not_found", `${who} answered HTTP 404${body}. Check the base URL and the model name in Settings.`) };
    if (status === 429) {
      const delayMs = retryAfterMs(err.responseHeaders);
      if (delayMs !== undefined && delayMs > MAX_RETRY_AFTER_MS) {
        return { retry: false, error: new TransientTaskError("llm_rate_limited", `${who} is rate limiting (retry after ${Math.round(delayMs / 1000)} s).`) };
      }
      return { retry: true, why: "rate_limited", delayMs, detail: `HTTP 429${body}` };
    }
    if (status === undefined || status === 408 || status === 409 || status >= 500) {
      return { retry: true, why: "unavailable", delayMs: retryAfterMs(err.responseHeaders), detail: status ? `HTTP ${status}${body}` : err.message };
    }
    return { retry: false, error: new PermanentTaskError("llm_request_rejected", `${who} rejected the request (HTTP ${status})${body}.`) };
  }
  return { retry: false, error: err instanceof Error ? err : new Error(String(err)) };
}

/** The task error once retries are spent. */
export function exhausted({ why, who, detail, tries }: { why: "rate_limited" | "unavailable" | "timeout"; who: string; detail: string; tries: number }): Error {
  if (why === "timeout") {
    return new PermanentTaskError("llm_timeout", `${who} gave no answer in time (${detail}, ${tries} tries). Raise LL3M_LLM_TIMEOUT_S or choose a faster model.`);
  }
  if (why === "rate_limited") return new TransientTaskError("llm_rate_limited", `${who} kept rate limiting after ${tries} tries (${detail}).`);
  return new TransientTaskError("llm_unavailable", `${who} is unavailable after ${tries} tries (${detail}).`);
}
