import type { z } from "zod";

/** The first fenced code block (```python … ```) of a reply, or the whole reply when it is bare code. */
export function extractCode(text: string): string | null {
  const fenced = [...text.matchAll(/```[ \t]*([a-zA-Z0-9_+-]*)[^\n]*\n([\s\S]*?)```/g)];
  const python = fenced.find((m) => /^(python|py)$/i.test(m[1])) ?? fenced.find((m) => /\bbpy\b/.test(m[2])) ?? fenced[0];
  if (python) return python[2].trim() ? `${python[2].trim()}\n` : null;
  return /^\s*(import|from)\s+\w/m.test(text) && /\bbpy\b/.test(text) ? `${text.trim()}\n` : null;
}

/** Reads a JSON object out of a reply (code fences and surrounding prose allowed) and checks it against `schema`. */
export function parseJsonReply<T>(text: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; error: string } {
  const unfenced = /```(?:json)?\s*\n([\s\S]*?)```/i.exec(text)?.[1] ?? text;
  const start = unfenced.indexOf("{");
  const end = unfenced.lastIndexOf("}");
  if (start < 0 || end <= start) return { ok: false, error: "the reply contains no JSON object" };
  let json: unknown;
  try {
    json = JSON.parse(unfenced.slice(start, end + 1));
  } catch (err) {
    return { ok: false, error: `the reply is not valid JSON (${(err as Error).message})` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: `the JSON does not match the required shape: ${describeIssues(parsed.error)}` };
}

/** Zod issues as one short line: "parts.0.dimensions: expected array; name: required". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 6)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}
