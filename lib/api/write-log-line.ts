type LogState = { pending: string[]; scheduled: boolean };
const globalForLog = globalThis as unknown as { ll3mLogLines?: LogState };

function flush(state: LogState) {
  state.scheduled = false;
  if (!state.pending.length) return;
  const out = state.pending.join("");
  state.pending = [];
  process.stdout.write(out);
}

function logState(): LogState {
  if (globalForLog.ll3mLogLines) return globalForLog.ll3mLogLines;
  const state: LogState = { pending: [], scheduled: false };
  // Whatever is still pending when the process leaves goes out with it.
  process.on("exit", () => flush(state));
  return (globalForLog.ll3mLogLines = state);
}

/**
 * Writes one JSON log line to stdout. The lines of one turn of the event loop go out in one write: a write per
 * request (a syscall into a pipe) was one of the largest costs of a request under load.
 */
export function writeLogLine(line: Record<string, unknown>): void {
  const state = logState();
  state.pending.push(`${JSON.stringify(line)}\n`);
  if (state.scheduled) return;
  state.scheduled = true;
  setImmediate(() => flush(state));
}
