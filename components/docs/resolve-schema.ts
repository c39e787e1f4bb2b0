import type { Components, JsonSchema } from "@/components/docs/types";

/** Follows a `#/components/schemas/<name>` ref (once; components never ref themselves at the top). */
export function resolveSchema(schema: JsonSchema, components: Components): JsonSchema {
  if (!schema.$ref) return schema;
  return components[schema.$ref.split("/").pop() ?? ""] ?? {};
}

/** A short type label: "string", "integer | null", "Asset", "array of string". */
export function typeLabel(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.split("/").pop() ?? "object";
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "array" && schema.items) return `array of ${typeLabel(schema.items)}`;
  return schema.format ? `${type} (${schema.format})` : type;
}

/** The limits of a schema in words: "1-500 chars", "≤ 20 items", "default 20". */
export function constraints(schema: JsonSchema): string[] {
  const out: string[] = [];
  if (schema.minLength !== undefined || schema.maxLength !== undefined) out.push(`${schema.minLength ?? 0}-${schema.maxLength ?? "∞"} chars`);
  if (schema.minimum !== undefined && schema.minimum > -1e15) out.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < 1e15) out.push(`≤ ${schema.maximum}`);
  if (schema.maxItems !== undefined) out.push(`≤ ${schema.maxItems} items`);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}

/** An example value for a request body, from defaults, enums and types. */
export function exampleFor(schema: JsonSchema, components: Components, depth = 0): unknown {
  const s = resolveSchema(schema, components);
  if (depth > 4) return null;
  if (s.examples?.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum[0];
  if (s.anyOf?.length) return exampleFor(s.anyOf[0], components, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === "object" && s.properties) {
    const required = new Set(s.required ?? []);
    return Object.fromEntries(
      Object.entries(s.properties)
        .filter(([k]) => required.has(k) || depth === 0)
        .map(([k, v]) => [k, exampleFor(v, components, depth + 1)]),
    );
  }
  if (type === "object") return {};
  if (type === "array") return s.items ? [exampleFor(s.items, components, depth + 1)].filter((v) => v !== null && v !== "") : [];
  if (type === "integer" || type === "number") return s.minimum !== undefined && s.minimum > -1e15 ? s.minimum : 1;
  if (type === "boolean") return false;
  if (type === "string") return s.format === "email" ? "you@example.com" : "";
  return null;
}
