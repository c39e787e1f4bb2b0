import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

/** One JSON answer the suite saw, to be checked against the served OpenAPI document at the end. */
export interface RecordedResponse {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

export interface ApiAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>; components: object };

/** A fetch for the API that records every JSON answer; `auth` is an API key or a session cookie header. */
export function createApiClient(baseUrl: string, recorded: RecordedResponse[]) {
  return async function api<T = any>(
    path: string,
    { method = "GET", key, cookie, body, headers = {} }: { method?: string; key?: string; cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<ApiAnswer<T>> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(cookie ? { cookie, origin: baseUrl } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if (res.headers.get("content-type")?.includes("application/json")) {
      parsed = JSON.parse(text);
      recorded.push({ method, path: new URL(path, baseUrl).pathname, status: res.status, body: parsed });
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  };
}

function findOperation(doc: Doc, method: string, path: string) {
  const candidates = Object.keys(doc.paths)
    .filter((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path) && doc.paths[template][method.toLowerCase()])
    // A literal segment beats a parameter: /generate/{id}/cancel over a hypothetical /generate/{id}/{x}.
    .sort((a, b) => b.replace(/\{[^}]+\}/g, "").length - a.replace(/\{[^}]+\}/g, "").length);
  return candidates.length ? { template: candidates[0], op: doc.paths[candidates[0]][method.toLowerCase()] } : null;
}

/** Checks every recorded answer against the document's schema for its path, method and status; returns the failures. */
export function validateRecorded(doc: Doc, recorded: RecordedResponse[]): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "openapi.json", components: doc.components });
  const failures: string[] = [];
  for (const r of recorded) {
    const found = findOperation(doc, r.method, r.path);
    if (!found) {
      failures.push(`${r.method} ${r.path}: no operation in the document`);
      continue;
    }
    const response = found.op.responses[String(r.status)] ?? (r.status >= 400 ? found.op.responses.default : undefined);
    const schema = response?.content?.["application/json"]?.schema;
    if (!schema) {
      failures.push(`${r.method} ${found.template} ${r.status}: status or JSON body not documented`);
      continue;
    }
    const validate = ajv.compile({ $id: `check-${failures.length}-${Math.random()}`, ...rebase(schema) });
    if (!validate(r.body)) failures.push(`${r.method} ${found.template} ${r.status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return failures;
}

// Point "#/components/..." refs at the document added as "openapi.json".
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'));
}
