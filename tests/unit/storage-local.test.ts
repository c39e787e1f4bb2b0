import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { describeStorageContract } from "@/tests/helpers/storage-contract";
import { LocalStorage } from "@/lib/storage/local-storage";

describeStorageContract("local", async () => new LocalStorage(await mkdtemp(path.join(os.tmpdir(), "ll3m-local-"))));

describe("local storage folders", () => {
  it("removes an asset's folder with its last version, and keeps it while another version is in it", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "ll3m-local-"));
    const store = new LocalStorage(root);
    for (const key of ["assets/a/v1/model.glb", "assets/a/v2/model.glb", "assets/b/v1/model.glb"]) await store.put(key, Readable.from(["x"]));
    await store.deletePrefix("assets/a/v1/");
    expect(existsSync(path.join(root, "assets/a/v2/model.glb"))).toBe(true);
    await store.deletePrefix("assets/a/v2/");
    expect(existsSync(path.join(root, "assets/a"))).toBe(false);
    await store.deletePrefix("assets/b/v1/");
    // The top-level folder stays: it is the storage's own.
    expect(existsSync(path.join(root, "assets"))).toBe(true);
  });
});
