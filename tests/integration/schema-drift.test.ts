import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import internals from "@prisma/internals";
import { createTestDatabase } from "../helpers/test-db";

// The schema as Prisma reads it (DMMF, available offline) against the database our migrations build.
type Field = { name: string; dbName: string | null; kind: string; type: string; isList: boolean; isRequired: boolean; nativeType: [string, string[]] | null; relationFromFields?: string[] };
type Model = { name: string; dbName: string | null; fields: Field[]; uniqueFields: string[][]; primaryKey: null };

function expectedType(f: Field): string {
  if (f.kind === "enum") return f.isList ? `_${f.type}` : f.type;
  const native = f.nativeType?.[0];
  const base: Record<string, string> = {
    String: native === "Uuid" ? "uuid" : "text",
    Int: "int4",
    Float: "float8",
    Boolean: "bool",
    DateTime: native === "Timestamptz" ? "timestamptz" : "timestamp",
    Json: "jsonb",
    Bytes: "bytea",
  };
  const t = base[f.type] ?? f.type;
  return f.isList ? `_${t}` : t;
}

describe("schema.prisma and the migrations agree", () => {
  let client: pg.Client;
  let drop: () => Promise<unknown>;
  let models: Model[];
  let enums: { name: string; values: { name: string }[] }[];

  beforeAll(async () => {
    const db = await createTestDatabase({ prefix: "ll3m_drift" });
    drop = db.drop;
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const dmmf = await internals.getDMMF({ datamodel: readFileSync("prisma/schema.prisma", "utf8") });
    models = dmmf.datamodel.models as unknown as Model[];
    enums = dmmf.datamodel.enums as unknown as typeof enums;
  });
  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it("has every table and column with the right type and nullability, and no others", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, `${r.udt_name}${r.is_nullable === "NO" ? " not null" : ""}`]));
    const expected = new Map<string, string>();
    for (const m of models) {
      for (const f of m.fields.filter((x) => x.kind === "scalar" || x.kind === "enum")) {
        const notNull = f.isRequired && !f.isList;
        expected.set(`${m.dbName ?? m.name}.${f.dbName ?? f.name}`, `${expectedType(f)}${notNull ? " not null" : ""}`);
      }
    }
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it("has every enum with the same values", async () => {
    const { rows } = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.typname, r.labels]))).toEqual(Object.fromEntries(enums.map((e) => [e.name, e.values.map((v) => v.name)])));
  });

  it("has a unique index for every @unique and @@unique, and a foreign key for every relation", async () => {
    const { rows: idx } = await client.query<{ tablename: string; indexdef: string }>(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`);
    const { rows: fks } = await client.query<{ table: string; cols: string[] }>(
      `SELECT c.conrelid::regclass::text AS table, array_agg(a.attname::text ORDER BY a.attname::text) AS cols FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) WHERE c.contype = 'f' GROUP BY c.oid, c.conrelid`,
    );
    for (const m of models) {
      const table = m.dbName ?? m.name;
      const col = (name: string) => m.fields.find((f) => f.name === name)?.dbName ?? name;
      const uniques = [...m.uniqueFields, ...m.fields.filter((f) => (f as unknown as { isUnique: boolean }).isUnique).map((f) => [f.name])];
      for (const u of uniques) {
        const cols = u.map(col).join(", ");
        expect(idx.some((i) => i.tablename === table && i.indexdef.startsWith("CREATE UNIQUE INDEX") && i.indexdef.replace(/"/g, "").includes(`(${cols})`)), `${table} unique (${cols})`).toBe(true);
      }
      for (const f of m.fields.filter((x) => x.relationFromFields?.length)) {
        const cols = f.relationFromFields!.map(col).sort();
        expect(fks.some((k) => k.table.replace(/"/g, "") === table && k.cols.join() === cols.join()), `${table} FK (${cols.join()})`).toBe(true);
      }
    }
  });
});
