"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import type { Parameter } from "@/components/docs/types";

const KEY_STORAGE = "ll3m-docs-api-key";
const never = () => () => {};
/** The saved key; "" on the server and at hydration, so the server-rendered form and the first client render agree. */
const useSavedKey = () => useSyncExternalStore(never, () => window.localStorage.getItem(KEY_STORAGE) ?? "", () => "");

/** Props of TryIt: the operation's method, path, parameters and an example body (JSON text) if it takes one. */
export interface TryItProps {
  method: string;
  path: string;
  parameters: Parameter[];
  exampleBody?: string;
}

type Result = { status: number; ms: number; headers: string; body: string };

/** A form that sends the request from the browser (API key, or the session cookie when signed in) and shows the answer. */
export function TryIt({ method, path, parameters, exampleBody }: TryItProps) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [body, setBody] = useState(exampleBody ?? "");
  // The saved key until the user types one.
  const [typedKey, setApiKey] = useState<string | null>(null);
  const savedKey = useSavedKey();
  const apiKey = typedKey ?? savedKey;
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    window.localStorage.setItem(KEY_STORAGE, apiKey);
    let url = path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const p of parameters) {
      const v = values[`${p.in}:${p.name}`];
      if (!v) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(v));
      else if (p.in === "query") query.set(p.name, v);
      else headers[p.name] = v;
    }
    if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
    if (exampleBody !== undefined) headers["Content-Type"] = "application/json";
    const started = performance.now();
    try {
      const res = await fetch(`${url}${query.size ? `?${query}` : ""}`, { method: method.toUpperCase(), headers, body: exampleBody !== undefined ? body : undefined });
      // Streams (SSE) and files are shown as text, capped so a download does not fill the page.
      const text = (await res.text()).slice(0, 20_000);
      let pretty = text;
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // not JSON: shown as it came
      }
      const shown = [...res.headers].filter(([k]) => /^(content-type|x-request-id|x-process-time|retry-after|location|idempotent-replayed)$/i.test(k));
      setResult({ status: res.status, ms: Math.round(performance.now() - started), headers: shown.map(([k, v]) => `${k}: ${v}`).join("\n"), body: pretty });
    } catch (err) {
      setResult({ status: 0, ms: 0, headers: "", body: String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-3 rounded-lg border border-line bg-canvas/40 p-3">
      <label className="flex flex-col gap-1 text-xs text-muted">
        API key (leave empty to use your session when signed in)
        <Input type="password" value={apiKey} onChange={(e) => setApiKey(e.target.value)} placeholder="ll3m_…" autoComplete="off" />
      </label>
      {parameters.map((p) => (
        <label key={`${p.in}:${p.name}`} className="flex flex-col gap-1 text-xs text-muted">
          <span>
            <span className="font-mono text-fg">{p.name}</span> ({p.in}){p.required ? " · required" : ""}
          </span>
          <Input value={values[`${p.in}:${p.name}`] ?? ""} onChange={(e) => setValues({ ...values, [`${p.in}:${p.name}`]: e.target.value })} placeholder={p.description ?? ""} />
        </label>
      ))}
      {exampleBody !== undefined ? (
        <label className="flex flex-col gap-1 text-xs text-muted">
          JSON body
          <Textarea className="font-mono text-xs" value={body} onChange={(e) => setBody(e.target.value)} rows={6} />
        </label>
      ) : null}
      <div>
        <Button size="sm" onClick={() => void send()} disabled={busy}>
          {busy ? "Sending…" : "Send request"}
        </Button>
      </div>
      {result ? (
        <div className="flex flex-col gap-2 text-xs" aria-live="polite">
          <p className={result.status >= 200 && result.status < 300 ? "text-emerald-300" : "text-red-300"}>
            {result.status || "network error"} · {result.ms} ms
          </p>
          {result.headers ? <pre className="overflow-x-auto rounded bg-surface-2 p-2 font-mono text-muted">{result.headers}</pre> : null}
          <pre className="max-h-96 overflow-auto rounded bg-surface-2 p-2 font-mono text-fg">{result.body || "(empty body)"}</pre>
        </div>
      ) : null}
    </div>
  );
}
