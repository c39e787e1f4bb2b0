import { performance } from "node:perf_hooks";
import type { LlmRole } from "@/lib/llm/types";

/** Longest prompt or response text kept per LLM call on the version's trail. */
export const TRAIL_TEXT_CAP = 8 * 1024;

/** Cuts text to the cap, saying how much was left out. */
export function capText(text: string, cap = TRAIL_TEXT_CAP): string {
  const bytes = Buffer.byteLength(text);
  if (bytes <= cap) return text;
  return `${Buffer.from(text).subarray(0, cap).toString("utf8")}… [${bytes - cap} more bytes]`;
}

export interface LlmCallEntry {
  kind: "llm";
  role: LlmRole;
  /** What the call was for: "plan", "code", "repair", "critique", "verify"... */
  purpose: string;
  /** The role's endpoint this call went to (its own, else the main connection). */
  provider: string;
  base_url: string | null;
  model: string;
  attempt: number;
  prompt: string;
  response: string | null;
  tokens: { input: number | null; output: number | null };
  latency_ms: number;
  error: string | null;
}

/** The version's trail: every LLM call and pipeline event, plus time spent waiting on the provider and on Blender. */
export class AgentTrail {
  readonly entries: Record<string, unknown>[] = [];
  private readonly started = performance.now();
  llmMs = 0;
  blenderMs = 0;

  /** Records one LLM request (successful or not); its latency counts as provider wait. */
  llm(entry: Omit<LlmCallEntry, "kind" | "prompt" | "response"> & { prompt: string; response: string | null }) {
    this.llmMs += entry.latency_ms;
    this.entries.push({ kind: "llm", ...entry, prompt: capText(entry.prompt), response: entry.response === null ? null : capText(entry.response) });
  }

  /** Time spent waiting for the provider outside a request (backoff before a retry). */
  waited(ms: number) {
    this.llmMs += ms;
  }

  /** Records one Blender run; its wall time counts as Blender time. */
  blender(entry: { purpose: string; ok: boolean; ms: number; error?: unknown; stats?: unknown }) {
    this.blenderMs += entry.ms;
    this.entries.push({ kind: "blender", ...entry });
  }

  event(kind: string, data: Record<string, unknown>) {
    this.entries.push({ kind, ...data });
  }

  /** Closes the trail with its timing summary (for the benchmark and for users wondering where time went). */
  finish(): Record<string, unknown>[] {
    const pipelineMs = Math.round(performance.now() - this.started);
    this.entries.push({ kind: "timings", pipeline_ms: pipelineMs, llm_ms: Math.round(this.llmMs), blender_ms: Math.round(this.blenderMs), other_ms: Math.max(0, Math.round(pipelineMs - this.llmMs - this.blenderMs)) });
    return this.entries;
  }
}
