import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { S3Storage } from "@/lib/storage/s3-storage";

export interface S3Server {
  endpoint: string;
  bucket: string;
  /** The env a web server or worker needs to use this bucket (under `prefix`). */
  env: (prefix?: string) => Record<string, string>;
  /** An S3Storage on this bucket, as the app would build it from `env(prefix)`. */
  storage: (prefix?: string, partSize?: number) => S3Storage;
  stop: () => Promise<void>;
}

// Browsers fetch the GLB after a cross-origin redirect, so the bucket answers CORS like a real deployment's would.
const CORS = "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader></CORSRule></CORSConfiguration>";

/** Runs s3rver in a child process and prints the address it got once it listens. */
const SERVER = `
const S3rver = require("s3rver");
const [directory, bucket, cors] = process.argv.slice(1);
new S3rver({ port: 0, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: bucket, configs: [cors] }] })
  .run().then((a) => console.log(JSON.stringify(a)), (e) => { console.error(e); process.exit(1); });
`;

/** Starts a real S3-protocol server (s3rver) on a loopback port of its own, with one bucket, in a temp dir. */
export async function startS3Server({ bucket = "ll3m-test" }: { bucket?: string } = {}): Promise<S3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "ll3m-s3rver-"));
  const proc = spawn(process.execPath, ["-e", SERVER, directory, bucket, CORS], { stdio: ["ignore", "pipe", "pipe"] });
  let errors = "";
  proc.stderr.on("data", (d) => (errors += d));
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: proc.stdout }).once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
    proc.once("exit", (code) => reject(new Error(`s3rver exited (${code}) before listening:\n${errors}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const env = (prefix = "") => ({
    LL3M_STORAGE_URL: `s3://${bucket}/${prefix}`,
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
  });
  return {
    endpoint,
    bucket,
    env,
    storage: (prefix = "", partSize?: number) =>
      new S3Storage({ bucket, prefix: prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix, region: "us-east-1", endpoint, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }, partSize }),
    stop: async () => {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
