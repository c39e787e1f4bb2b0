import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { exampleFor } from "@/components/docs/resolve-schema";
import { SchemaView } from "@/components/docs/schema-view";
import { RichText } from "@/components/docs/rich-text";
import { TryIt } from "@/components/docs/try-it";
import type { Components, DocOperation } from "@/components/docs/types";

const METHOD_TONE: Record<string, string> = {
  get: "border-sky-500/30 bg-sky-500/10 text-sky-300",
  post: "border-emerald-500/30 bg-emerald-500/10 text-emerald-300",
  put: "border-amber-500/30 bg-amber-500/10 text-amber-300",
  patch: "border-amber-500/30 bg-amber-500/10 text-amber-300",
  delete: "border-red-500/30 bg-red-500/10 text-red-300",
};

/** One endpoint: method and path, what it does, its parameters, body and answers, and a try-it form. */
export function OperationCard({ op, components }: { op: DocOperation; components: Components }) {
  const body = op.requestBody?.content["application/json"]?.schema;
  const example = body ? JSON.stringify(exampleFor(body, components), null, 2) : undefined;
  return (
    <Card id={op.operationId} className="scroll-mt-6">
      <CardBody className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <span className={`rounded-md border px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_TONE[op.method] ?? ""}`}>{op.method}</span>
          <code className="font-mono text-sm text-fg">{op.path}</code>
          {op.security?.length === 0 ? <Badge>public</Badge> : <Badge tone="accent">API key or session</Badge>}
        </div>
        <div>
          <h3 className="font-semibold">{op.summary}</h3>
          {op.description ? (
            <p className="mt-1 text-sm text-muted">
              <RichText text={op.description} />
            </p>
          ) : null}
        </div>
        {op.parameters.length ? (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Parameters</h4>
            <SchemaView
              schema={{ type: "object", required: op.parameters.filter((p) => p.required).map((p) => p.name), properties: Object.fromEntries(op.parameters.map((p) => [p.name, { ...p.schema, description: `${p.in}${p.description ? ` · ${p.description}` : ""}` }])) }}
              components={components}
            />
          </section>
        ) : null}
        {body ? (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">JSON body</h4>
            <SchemaView schema={body} components={components} />
          </section>
        ) : null}
        <section>
          <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Responses</h4>
          <ul className="flex flex-col gap-1 text-sm">
            {Object.entries(op.responses).map(([status, r]) => {
              const schema = r.content?.["application/json"]?.schema;
              return (
                <li key={status}>
                  <span className="font-mono text-fg">{status}</span> <span className="text-muted">{r.description}</span>
                  {schema?.$ref && !schema.$ref.endsWith("/Error") ? <span className="ml-2 font-mono text-xs text-violet-300">{schema.$ref.split("/").pop()}</span> : null}
                </li>
              );
            })}
          </ul>
          {Object.entries(op.responses).map(([status, r]) => {
            const schema = r.content?.["application/json"]?.schema;
            if (!status.startsWith("2") || !schema) return null;
            return (
              <details key={`s${status}`} className="mt-2">
                <summary className="cursor-pointer text-xs text-muted">Fields of the {status} answer</summary>
                <div className="mt-2">
                  <SchemaView schema={schema} components={components} />
                </div>
              </details>
            );
          })}
        </section>
        <details>
          <summary className="cursor-pointer text-sm text-violet-300">Try it</summary>
          <div className="mt-3">
            <TryIt method={op.method} path={op.path} parameters={op.parameters} exampleBody={example} />
          </div>
        </details>
      </CardBody>
    </Card>
  );
}
