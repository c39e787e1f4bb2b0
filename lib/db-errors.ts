// How an unreachable or unanswering database shows through Prisma and pg: admin/crash shutdown codes (57P01-3),
// connection classes (08xxx), a statement cut off by statement_timeout (57014) or a lock wait (55P03), socket
// errors, and the pool giving up on a connection (connectionTimeoutMillis). Prisma puts the code in its message;
// pg's own errors carry it as `code`.
const UNAVAILABLE = /57P0[123]|57014|55P03|08\d{3}|statement timeout|lock timeout|Connection terminated|not queryable|Can't reach database|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect/i;

/** Whether an error means the database could not be reached or did not answer in time, rather than a bad request. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return UNAVAILABLE.test(err.message) || (typeof code === "string" && /^(57P0[123]|57014|55P03|08\d{3})$/.test(code));
}
