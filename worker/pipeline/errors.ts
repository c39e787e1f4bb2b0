/** A failure that retrying cannot fix (a prompt we do not understand, code that is wrong): fail at once. */
export class PermanentTaskError extends Error {
  constructor(
    public code: string,
    message: string,
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

/** The task was canceled, or another worker owns it now: stop quietly, write nothing. */
export class TaskLostError extends Error {
  constructor(public reason: "canceled" | "lease_lost" | "shutdown") {
    super(`task ${reason}`);
  }
}
