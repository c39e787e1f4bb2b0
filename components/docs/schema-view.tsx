import { constraints, resolveSchema, typeLabel } from "@/components/docs/resolve-schema";
import type { Components, JsonSchema } from "@/components/docs/types";

/** Props of SchemaView: a (possibly $ref) schema and the document's components. */
export interface SchemaViewProps {
  schema: JsonSchema;
  components: Components;
  depth?: number;
}

/** The fields of an object schema as a nested list: name, type, required, limits and description. */
export function SchemaView({ schema, components, depth = 0 }: SchemaViewProps) {
  const s = resolveSchema(schema, components);
  const item = s.type === "array" && s.items ? resolveSchema(s.items, components) : null;
  const target = item?.properties ? item : s;
  if (!target.properties) {
    return <p className="font-mono text-xs text-muted">{typeLabel(schema)}</p>;
  }
  const required = new Set(target.required ?? []);
  return (
    <ul className={depth ? "mt-1 ml-4 border-l border-line pl-3" : ""}>
      {item ? <li className="mb-1 text-xs text-muted">array of {typeLabel(s.items!)}</li> : null}
      {Object.entries(target.properties).map(([name, field]) => {
        const resolved = resolveSchema(nonNull(field), components);
        const nested = depth < 2 && (resolved.properties || (resolved.type === "array" && resolved.items && resolveSchema(resolved.items, components).properties));
        return (
          <li key={name} className="py-1 text-sm">
            <span className="font-mono text-fg">{name}</span>
            <span className="ml-2 font-mono text-xs text-violet-300">{typeLabel(field)}</span>
            {required.has(name) ? <span className="ml-2 text-xs text-amber-300">required</span> : null}
            {constraints(field).map((c) => (
              <span key={c} className="ml-2 text-xs text-muted">{c}</span>
            ))}
            {field.description ? <p className="text-xs text-muted">{field.description}</p> : null}
            {nested ? <SchemaView schema={resolved} components={components} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

// `T | null` is shown by its label; its fields are those of T.
function nonNull(schema: JsonSchema): JsonSchema {
  return schema.anyOf?.find((s) => s.type !== "null") ?? schema;
}
