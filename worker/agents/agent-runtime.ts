import { getEnv } from "@/lib/env";
import type { EffectiveLlmSettings } from "@/lib/llm/types";
import type { TaskContext } from "@/worker/pipeline/task-context";
import type { AgentTrail } from "./agent-trail";

/** Limits of one agent run, from the environment. */
export interface AgentBudgets {
  callTimeoutMs: number;
  maxRetries: number;
  maxRepairs: number;
  maxCriticRounds: number;
}

/** What every agent step needs: the task's context (signal, stages), the LLM settings, the trail and the budgets. */
export interface AgentRuntime {
  ctx: TaskContext;
  settings: EffectiveLlmSettings;
  trail: AgentTrail;
  budgets: AgentBudgets;
}

/** Budgets from LL3M_LLM_TIMEOUT_S, LL3M_LLM_MAX_RETRIES, LL3M_AGENT_MAX_REPAIRS and LL3M_AGENT_MAX_CRITIC_ROUNDS. */
export function agentBudgets(): AgentBudgets {
  const env = getEnv();
  return {
    callTimeoutMs: Math.round(env.LL3M_LLM_TIMEOUT_S * 1000),
    maxRetries: env.LL3M_LLM_MAX_RETRIES,
    maxRepairs: env.LL3M_AGENT_MAX_REPAIRS,
    maxCriticRounds: env.LL3M_AGENT_MAX_CRITIC_ROUNDS,
  };
}
