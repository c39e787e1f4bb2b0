import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import type { ObjectStorage } from "@/lib/storage/object-storage";

/** The behaviour every ObjectStorage must share; run once per implementation. */
export function describeStorageContract(name: string, open: () => Promise<ObjectStorage>) {
  describe(`${name} storage`, () => {
    it("stores a stream and a file and reads them back with their sizes", async () => {
      const store = await open();
      await store.put("assets/a1/v1/model.glb", Readable.from([Buffer.from("glTF"), Buffer.from("-body")]));
      const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-contract-"));
      await writeFile(path.join(dir, "code.py"), "import bpy\n");
      await store.putFile("assets/a1/v1/code.py", path.join(dir, "code.py"));
      await rm(dir, { recursive: true });
      const got = await store.get("assets/a1/v1/model.glb");
      expect(got?.bytes).toBe(9);
      expect(await text(got!.body)).toBe("glTF-body");
      expect((await store.head("assets/a1/v1/code.py"))?.bytes).toBe(11);
    });

    it("answers null for a missing key instead of throwing", async () => {
      const store = await open();
      expect(await store.get("assets/none/v/model.glb")).toBeNull();
      expect(await store.head("assets/none/v/model.glb")).toBeNull();
    });

    it("lists and deletes by prefix without touching a neighbour that shares the name's start", async () => {
      const store = await open();
      for (const key of ["assets/b1/v1/a.glb", "assets/b1/v2/b.glb", "assets/b10/v1/c.glb"]) await store.put(key, Readable.from(["x"]));
      const listed = [];
      for await (const o of store.list("assets/b1/")) listed.push(o.key);
      expect(listed.sort()).toEqual(["assets/b1/v1/a.glb", "assets/b1/v2/b.glb"]);
      expect(await store.deletePrefix("assets/b1/")).toBe(2);
      expect(await store.head("assets/b1/v1/a.glb")).toBeNull();
      expect((await store.head("assets/b10/v1/c.glb"))?.bytes).toBe(1);
    });

    it("keeps the old object when a write fails half-way", async () => {
      const store = await open();
      await store.put("assets/c1/v1/model.glb", Readable.from(["first"]));
      const failing = new Readable({ read() { this.push("par"); this.destroy(new Error("client went away")); } });
      await expect(store.put("assets/c1/v1/model.glb", failing)).rejects.toThrow(/went away/);
      expect(await text((await store.get("assets/c1/v1/model.glb"))!.body)).toBe("first");
      const keys = [];
      for await (const o of store.list("assets/c1/")) keys.push(o.key);
      expect(keys).toEqual(["assets/c1/v1/model.glb"]);
    });

    it("refuses keys that could leave its namespace", async () => {
      const store = await open();
      for (const bad of ["../etc/passwd", "/abs/path", "assets/../x", "assets//x", "assets/.hidden"]) {
        await expect(store.put(bad, Readable.from(["x"]))).rejects.toThrow(/bad storage key/);
      }
    });

    it("answers a ping when it can be written", async () => {
      await expect((await open()).ping()).resolves.toBeUndefined();
    });
  });
}
