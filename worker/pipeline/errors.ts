import type { Interpretation } from "@/lib/validations/plan";

/**
 * A failure that retrying cannot fix (a prompt we do not understand, code that is wrong): fail at once. A refusal
 * carries the modeler's reading, so the failed task still says which words it knew and which it did not.
 */
export class PermanentTaskError extends Error {
  constructor(
    public code: string,
    message: string,
    public interpretation?: Interpretation,
  ) {
    super(message);
  }
}

/** A failure that may pass (a crashed Blender, a lost connection): retry with backoff. */
export class TransientTaskError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The attempt was stopped from outside: canceled or taken over (write nothing), the worker is shutting down (give
 * the attempt back), or it ran out of time (the worker turns that into a permanent failure).
 */
export class TaskLostError extends Error {
  constructor(public reason: "canceled" | "lease_lost" | "shutdown" | "timeout") {
    super(`task ${reason}`);
  }
}
