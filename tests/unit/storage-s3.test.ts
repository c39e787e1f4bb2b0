import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envSchema } from "@/lib/env";
import { S3Storage } from "@/lib/storage/s3-storage";
import { parseStorageUrl } from "@/lib/storage/storage-url";
import { describeStorageContract } from "@/tests/helpers/storage-contract";
import { startS3Server, type S3Server } from "@/tests/helpers/s3-server";

let server: S3Server;
beforeAll(async () => {
  server = await startS3Server();
}, 30_000);
afterAll(() => server?.stop());

// Each test gets a prefix of its own in the one bucket, as two deployments sharing a bucket would.
describeStorageContract("s3", async () => server.storage(`t-${randomUUID()}`));

describe("s3 storage on a real S3-protocol server", () => {
  it("hands out a presigned URL a plain HTTP client downloads with the asked-for name and type", async () => {
    const store = server.storage(`u-${randomUUID()}`);
    await store.put("assets/a/v/model.glb", Readable.from([Buffer.from("glTF-bytes")]));
    const url = await store.downloadUrl("assets/a/v/model.glb", { filename: "red-chair-v1.glb", contentType: "model/gltf-binary" });
    expect(new URL(url).origin).toBe(server.endpoint);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("glTF-bytes");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="red-chair-v1.glb"');
    expect(res.headers.get("content-type")).toBe("model/gltf-binary");
  });

  // s3rver checks a V4 URL's expiry but not its signature, so a tampered signature cannot be tested against it.
  it("refuses a presigned URL once it has expired", async () => {
    const prefix = `x-${randomUUID()}/`;
    const store = server.storage(prefix);
    const Key = "assets/a/v/model.glb";
    await store.put(Key, Readable.from(["secret"]));
    // Signed two minutes ago for sixty seconds: expired now, without the test waiting for it.
    const command = new GetObjectCommand({ Bucket: server.bucket, Key: prefix + Key });
    const expired = await getSignedUrl(store.client, command, { expiresIn: 60, signingDate: new Date(Date.now() - 120_000) });
    const res = await fetch(expired);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/expired/i);
    expect((await fetch(await store.downloadUrl(Key, { filename: "m.glb", contentType: "model/gltf-binary" }))).status).toBe(200);
  });

  it("uploads a file above the part size in several parts and reads every byte back", async () => {
    const partSize = 5 * 1024 * 1024;
    const prefix = `m-${randomUUID()}/`;
    const store = server.storage(prefix, partSize);
    const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-multipart-"));
    const bytes = randomBytes(2 * partSize + 12_345);
    await writeFile(path.join(dir, "scene.blend"), bytes);
    const sent: string[] = [];
    store.client.middlewareStack.add((next, context) => (args) => (sent.push(context.commandName!), next(args)), { step: "initialize" });
    await store.putFile("assets/a/v/scene.blend", path.join(dir, "scene.blend"));
    await rm(dir, { recursive: true });
    expect(sent.filter((c) => c === "UploadPartCommand")).toHaveLength(3);
    expect(sent).toContain("CompleteMultipartUploadCommand");
    expect(sent).not.toContain("PutObjectCommand");
    const got = await store.get("assets/a/v/scene.blend");
    expect(got?.bytes).toBe(bytes.length);
    const chunks: Buffer[] = [];
    for await (const c of got!.body) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it("fails a ping with the server's reason when the bucket does not exist", async () => {
    const store = new S3Storage({ bucket: "no-such-bucket", prefix: "", region: "us-east-1", endpoint: server.endpoint, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
    await expect(store.ping()).rejects.toThrow(/bucket/i);
  });
});

const base = { DATABASE_URL: "postgres://u@127.0.0.1:1/none", AUTH_SECRET: "a".repeat(40) };
const issues = (env: Record<string, string>) => {
  const r = envSchema.safeParse({ ...base, ...env });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("LL3M_STORAGE_URL and the AWS variables", () => {
  it("name a bucket and an optional prefix", () => {
    expect(parseStorageUrl("s3://ll3m-assets")).toEqual({ bucket: "ll3m-assets", prefix: "" });
    expect(parseStorageUrl("s3://ll3m-assets/prod/eu/")).toEqual({ bucket: "ll3m-assets", prefix: "prod/eu/" });
    for (const bad of ["ll3m-assets", "s3://", "s3://UPPER", "s3://b/../x", "https://bucket.s3.amazonaws.com"]) expect(parseStorageUrl(bad)).toBeNull();
  });

  it("stop the start with the variable's name and what to set", () => {
    expect(issues({})).toEqual([]);
    expect(issues({ LL3M_STORAGE_URL: "" })).toEqual([]);
    expect(issues({ LL3M_STORAGE_URL: "s3://assets", AWS_REGION: "eu-west-1" })).toEqual([]);
    expect(issues({ LL3M_STORAGE_URL: "s3://assets", AWS_ENDPOINT_URL_S3: "http://minio:9000" })).toEqual([]);
    expect(issues({ LL3M_STORAGE_URL: "bucket/x", AWS_REGION: "eu-west-1" })).toEqual([expect.stringMatching(/^LL3M_STORAGE_URL: .*s3:\/\/bucket/)]);
    expect(issues({ LL3M_STORAGE_URL: "s3://assets" })).toEqual([expect.stringMatching(/^AWS_REGION: .*AWS_ENDPOINT_URL_S3/)]);
    expect(issues({ LL3M_STORAGE_URL: "s3://assets", AWS_REGION: "x", AWS_ACCESS_KEY_ID: "id" })).toEqual([expect.stringMatching(/^AWS_SECRET_ACCESS_KEY: /)]);
    expect(issues({ AWS_ENDPOINT_URL_S3: "minio:9000" })).toEqual([expect.stringMatching(/^AWS_ENDPOINT_URL_S3: .*http/)]);
    expect(issues({ LL3M_STORAGE_PROXY: "maybe" })).toEqual([expect.stringMatching(/^LL3M_STORAGE_PROXY: /)]);
  });
});
