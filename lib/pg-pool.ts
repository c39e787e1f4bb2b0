import pg from "pg";

/**
 * A pg pool whose connections never crash the process when the server drops them.
 *
 * pg emits "error" on a connection the server terminates while no query runs on it (pg_terminate_backend, a
 * Postgres restart). A connection that is checked out between two statements, as in a Prisma transaction, has no
 * listener of the pool's then, and Node throws an unhandled "error" event: the worker died that way mid-outage.
 * Nothing is lost by listening here: the next statement on that connection fails with the same error, its caller
 * retries, and the pool discards the broken connection when it is released.
 */
export function createPgPool(config: pg.PoolConfig, onError: (err: Error) => void = () => {}): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", onError); // an idle connection dropped: the pool has already removed it
  pool.on("connect", (client) => client.on("error", onError));
  return pool;
}
