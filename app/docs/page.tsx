import type { Metadata } from "next";
import Link from "next/link";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { OperationCard } from "@/components/docs/operation-card";
import { RichText } from "@/components/docs/rich-text";
import type { Components, DocOperation, OperationObject } from "@/components/docs/types";
import { Logo } from "@/components/ui/logo";

export const metadata: Metadata = { title: "API reference" };

/** The interactive API reference, rendered from the served OpenAPI document; public and fully offline. */
export default function DocsPage() {
  const doc = buildOpenApiDocument() as {
    info: { title: string; version: string; description: string };
    tags: { name: string }[];
    paths: Record<string, Record<string, OperationObject>>;
    components: { schemas: Components };
  };
  const ops: DocOperation[] = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ ...op, method, path })));
  const byTag = doc.tags.map((t) => ({ tag: t.name, ops: ops.filter((o) => o.tags[0] === t.name) })).filter((g) => g.ops.length);

  return (
    <div className="mx-auto flex max-w-6xl gap-8 px-4 py-8">
      <nav className="sticky top-8 hidden h-[calc(100vh-4rem)] w-56 shrink-0 overflow-y-auto text-sm lg:block" aria-label="Endpoints">
        <Link href="/">
          <Logo />
        </Link>
        {byTag.map((g) => (
          <div key={g.tag} className="mt-5">
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">{g.tag}</p>
            <ul className="mt-1">
              {g.ops.map((o) => (
                <li key={o.operationId}>
                  <a href={`#${o.operationId}`} className="block truncate rounded px-1 py-0.5 text-muted hover:bg-surface-2 hover:text-fg">
                    <span className="mr-1 font-mono text-[10px] uppercase">{o.method}</span>
                    {o.summary}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main className="flex min-w-0 flex-1 flex-col gap-6">
        <header className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">
            {doc.info.title} <span className="text-sm font-normal text-muted">v{doc.info.version}</span>
          </h1>
          <p className="text-sm text-muted">
            <RichText text={doc.info.description} />
          </p>
          <p className="text-sm">
            <a className="text-violet-300 hover:underline" href="/api/v1/openapi.json">
              openapi.json
            </a>{" "}
            <span className="text-muted">· OpenAPI 3.1, generated from the same schemas that validate requests.</span>
          </p>
        </header>
        {byTag.map((g) => (
          <section key={g.tag} className="flex flex-col gap-4">
            <h2 className="text-lg font-semibold">{g.tag}</h2>
            {g.ops.map((o) => (
              <OperationCard key={o.operationId} op={o} components={doc.components.schemas} />
            ))}
          </section>
        ))}
      </main>
    </div>
  );
}
