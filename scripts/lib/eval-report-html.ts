import type { EvalResult } from "./eval-summary";
import type { evalTotals } from "./eval-summary";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function row(r: EvalResult): string {
  const tokens = Object.entries(r.tokens).map(([role, t]) => `${esc(role)} ${t.input} in / ${t.output} out`).join("<br>") || "-";
  const failures = r.failures.map((f) => `<li><b>${esc(f.kind)}</b>: ${esc(f.message.slice(0, 400))}</li>`).join("");
  return `<tr class="${r.status}">
<td>${r.preview ? `<img src="${r.preview}" alt="render of ${esc(r.prompt)}" width="192" height="192">` : "no render"}</td>
<td><b>${esc(r.prompt)}</b><br>${esc(r.status)}</td>
<td>${r.score ?? "-"}</td><td>${r.llm_calls}</td><td>${tokens}</td><td>${r.seconds ?? "-"}</td>
<td>${failures ? `<ul>${failures}</ul>` : "none"}</td></tr>`;
}

/** The eval run as one self-contained HTML page: every prompt's render embedded, its score, calls, tokens per role, time and failures. */
export function evalReportHtml({ results, totals, provider, started }: { results: EvalResult[]; totals: ReturnType<typeof evalTotals>; provider: string; started: Date }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LL3M agent eval ${started.toISOString()}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}
tr.failed td{background:#fff3f3}img{background:#eee}ul{margin:0;padding-left:1.2rem}</style></head>
<body><h1>Agent eval</h1>
<p>${esc(provider)} · ${started.toISOString()} · ${totals.completed}/${totals.prompts} completed · mean score ${totals.mean_score ?? "-"} · ${totals.llm_calls} LLM calls · ${totals.tokens.input} tokens in, ${totals.tokens.output} out</p>
<table><thead><tr><th>render</th><th>prompt</th><th>score</th><th>calls</th><th>tokens per role</th><th>seconds</th><th>failures</th></tr></thead>
<tbody>${results.map(row).join("\n")}</tbody></table></body></html>
`;
}
