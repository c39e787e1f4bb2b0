// The server ending a connection that is checked out but idle (between two statements of a transaction) must not
// throw in the process: that is how a worker died when Postgres terminated its backends mid-run.
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createPgPool } from "@/lib/pg-pool";

const errors: Error[] = [];
const pool = createPgPool({ connectionString: process.env.DATABASE_URL, max: 2 }, (err) => errors.push(err));
afterAll(() => pool.end());

async function terminate(pid: number) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
  } finally {
    await admin.end();
  }
}

it("a checked-out connection the server terminates reports to onError, fails its next statement, and the pool goes on", async () => {
  const client = await pool.connect();
  await client.query("BEGIN");
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const ended = new Promise((resolve) => client.once("end", resolve));
  await terminate(rows[0].pid);
  await ended; // without the pool's listener, Node would have thrown the "error" event before this
  expect(errors.map((e) => e.message).join("\n")).toMatch(/terminat/);
  await expect(client.query("SELECT 1")).rejects.toThrow();
  client.release(true);
  const after = await pool.query<{ one: number }>("SELECT 1 AS one");
  expect(after.rows[0].one).toBe(1);
});

it("an idle pooled connection the server terminates is replaced on the next query", async () => {
  const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  await terminate(rows[0].pid);
  await new Promise((r) => setTimeout(r, 200));
  const again = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  expect(again.rows[0].pid).not.toBe(rows[0].pid);
});
