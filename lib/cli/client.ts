import { CliError, EXIT } from "@/lib/cli/errors";
import type { CliConfig } from "@/lib/cli/config";

const STATUS_EXIT: Record<number, number> = { 401: EXIT.auth, 403: EXIT.auth, 404: EXIT.notFound, 422: EXIT.usage, 400: EXIT.usage, 413: EXIT.usage, 415: EXIT.usage };

/** A small REST client: JSON in and out, the API's error envelope turned into one CliError line. */
export class ApiClient {
  constructor(private config: CliConfig) {}

  async request(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.auth !== false) {
      if (!this.config.apiKey) throw new CliError("No API key: run `ll3m login`, or set LL3M_API_KEY or --api-key.", EXIT.auth);
      headers.set("authorization", `Bearer ${this.config.apiKey}`);
    }
    // A FormData body gets its multipart content type (with the boundary) from fetch itself.
    if (init.body && !(init.body instanceof FormData) && !headers.has("content-type")) headers.set("content-type", "application/json");
    let res: Response;
    try {
      res = await fetch(`${this.config.apiUrl}${path}`, { ...init, headers });
    } catch (err) {
      // undici hides the reason in err.cause (an AggregateError when localhost has two addresses).
      const c = (err as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
      const cause = c?.code ?? c?.errors?.[0]?.code ?? c?.message ?? (err instanceof Error ? err.message : String(err));
      throw new CliError(`Cannot reach the LL3M server at ${this.config.apiUrl} (${cause}). Is it running? Set --api-url or LL3M_API_URL.`, EXIT.unreachable);
    }
    if (!res.ok) throw await toError(res);
    return res;
  }

  async json<T>(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<T> {
    const res = await this.request(path, init);
    return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  }
}

async function toError(res: Response): Promise<CliError> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const message = body?.error?.message ?? `HTTP ${res.status} ${res.statusText}`;
  const retry = res.headers.get("retry-after");
  return new CliError(`${message}${retry ? ` (retry after ${retry} s)` : ""}`, STATUS_EXIT[res.status] ?? EXIT.failed, body?.error?.code);
}
