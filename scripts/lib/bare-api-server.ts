// The floor for `npm run bench:api`: GET /api/v1/assets and /api/v1/assets/{id} from bare node:http + pg, with the
// app's SQL and JSON shape, and the API key checked by one indexed lookup of its sha256 on every request.
// Usage: node --import tsx scripts/lib/bare-api-server.ts <database url>; prints `listening <port>` when ready.
import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER: Record<string, string> = {
  created_at: "a.created_at ASC, a.id",
  "-created_at": "a.created_at DESC, a.id",
  quality_score: "a.quality_score ASC NULLS LAST, a.id",
  "-quality_score": "a.quality_score DESC NULLS LAST, a.id",
  name: "a.name ASC, a.id",
  "-name": "a.name DESC, a.id",
};

// lib/assets/find-asset-rows.ts, with the filters as numbered parameters.
const pageSql = (where: string, order: string, limit: string, offset: string) => `
  WITH page AS (SELECT a.id, count(*) OVER ()::int AS total_count FROM assets a WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
  SELECT a.id, a.name, a.prompt, a.tags, a.metadata, a.quality_score, a.created_at, a.updated_at,
         v.number AS v_number, v.files AS v_files, v.preview_file AS v_preview_file, v.stats - 'parts' - 'materials' AS v_stats,
         (SELECT count(*)::int FROM asset_versions c WHERE c.asset_id = a.id) AS versions_count, page.total_count
  FROM page JOIN assets a ON a.id = page.id LEFT JOIN asset_versions v ON v.id = a.current_version_id ORDER BY ${order}`;

type Row = {
  id: string; name: string; prompt: string; tags: string[] | null; metadata: unknown; quality_score: number | null; created_at: Date; updated_at: Date;
  v_number: number | null; v_files: Record<string, { bytes?: number }> | null; v_preview_file: string | null; v_stats: unknown; versions_count: number; total_count: number;
};

// lib/assets/serialize-asset.ts
function serialize(r: Row) {
  const files = Object.fromEntries(Object.entries(r.v_files ?? {}).map(([format, f]) => [format, { url: `/api/v1/assets/${r.id}/download/${format}`, bytes: f?.bytes ?? 0 }]));
  return {
    id: r.id, name: r.name, prompt: r.prompt, tags: r.tags ?? [], metadata: r.metadata ?? {}, quality_score: r.quality_score,
    created_at: r.created_at.toISOString(), updated_at: r.updated_at.toISOString(), current_version: r.v_number,
    versions_count: r.versions_count, files, screenshot_url: r.v_preview_file ? `/api/v1/assets/${r.id}/screenshot` : null, stats: r.v_stats ?? {},
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function answer(url: URL, authorization: string | undefined, res: ServerResponse) {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  const hash = key ? createHash("sha256").update(key).digest("hex") : "";
  const { rows: [owner] } = await pool.query<{ id: string }>({ name: "key", text: "SELECT u.id FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.hash = $1 AND k.revoked_at IS NULL", values: [hash] });
  if (!owner) return send(res, 401, { error: { code: "unauthorized", message: "Invalid or revoked API key." } });
  const id = /^\/api\/v1\/assets\/([^/]+)$/.exec(url.pathname)?.[1];
  if (id) {
    const { rows: [row] } = UUID.test(id) ? await pool.query<Row>(pageSql("a.id = $1::uuid AND a.user_id = $2::uuid", ORDER["-created_at"], "1", "0"), [id, owner.id]) : { rows: [] };
    return row ? send(res, 200, serialize(row)) : send(res, 404, { error: { code: "not_found", message: `Asset ${id} not found.` } });
  }
  if (url.pathname !== "/api/v1/assets") return send(res, 404, { error: { code: "not_found", message: "Not found" } });
  const q = url.searchParams;
  const values: unknown[] = [owner.id];
  const where = ["a.user_id = $1::uuid"];
  const tags = q.get("tags")?.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (tags?.length) where.push(`a.tags @> $${values.push(tags)}::text[]`);
  const text = q.get("q")?.trim();
  if (text) where.push(`(a.name ILIKE $${values.push(`%${text.replace(/[\\%_]/g, "\\$&")}%`)} OR a.prompt ILIKE $${values.length})`);
  const [limit, offset] = [Number(q.get("limit") ?? 20), Number(q.get("offset") ?? 0)];
  const order = ORDER[q.get("sort") ?? "-created_at"] ?? ORDER["-created_at"];
  const { rows } = await pool.query<Row>(pageSql(where.join(" AND "), order, `$${values.push(limit)}`, `$${values.push(offset)}`), values);
  send(res, 200, { items: rows.map(serialize), total: rows[0]?.total_count ?? 0, limit, offset });
}

const server = createServer((req, res) => {
  answer(new URL(req.url ?? "/", "http://localhost"), req.headers.authorization, res).catch((err) => send(res, 500, { error: { code: "internal_error", message: String(err) } }));
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${(server.address() as { port: number }).port}`));
process.on("SIGTERM", () => (server.close(), server.closeAllConnections(), void pool.end().then(() => process.exit(0))));
