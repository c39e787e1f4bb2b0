import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkZipEntries, isSafeEntryName } from "@/lib/imports/check-zip-entries";
import { readZipDirectory } from "@/lib/imports/read-zip-directory";
import { checkComplete, sniffFormat } from "@/lib/imports/sniff-format";

const sniff = (bytes: Buffer | string, filename = "model.glb") => sniffFormat({ head: Buffer.from(bytes), filename });

/** A binary STL of n triangles: 80-byte header, count, 50 bytes each. */
function binaryStl(n: number) {
  const b = Buffer.alloc(84 + 50 * n);
  b.write("made by a test", 0);
  b.writeUInt32LE(n, 80);
  return b;
}

function glbHeader(length: number) {
  const b = Buffer.alloc(20);
  b.write("glTF", 0);
  b.writeUInt32LE(2, 4);
  b.writeUInt32LE(length, 8);
  return b;
}

const limits = { maxEntries: 10, maxUnpackedBytes: 1024 * 1024 };
const entriesOf = (zip: Uint8Array) => readZipDirectory({ tail: Buffer.from(zip), totalBytes: zip.length });

describe("sniffing an upload's bytes", () => {
  it("knows each model format from its bytes, whatever the name says", () => {
    expect(sniff(glbHeader(20), "x.bin")).toBe("glb");
    expect(sniff(Buffer.from(zipSync({ "a.obj": new Uint8Array(1) })), "x")).toBe("zip");
    expect(sniff("# made by hand\nmtllib a.mtl\no Box\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n", "box.txt")).toBe("obj");
    expect(sniff("solid box\n facet normal 0 0 1\n  outer loop\n", "a.obj")).toBe("stl");
    expect(sniff(binaryStl(2), "a")).toBe("stl");
    expect(sniff("ply\nformat ascii 1.0\nelement vertex 3\n")).toBe("ply");
    expect(sniff("Kaydara FBX Binary  \0\x1a\0")).toBe("fbx");
    expect(sniff("; FBX 7.4.0 project file\n")).toBe("fbx");
    expect(sniff("BLENDER-v304REND")).toBe("blend");
    expect(sniff(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0]))).toBe("blend");
  });

  it("says what a non-model file is, naming the format its name claims", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(() => sniff(png, "chair.glb")).toThrow(/This file is a PNG image, not a GLB; upload a GLB/);
    expect(() => sniff(png, "chair.png")).toThrow(/a PNG image, not a 3D model/);
    expect(() => sniff("%PDF-1.7\n", "chair.obj")).toThrow(/a PDF document, not an OBJ/);
    expect(() => sniff("hello there\n", "notes.stl")).toThrow(/a text file that is not an OBJ.*not an STL/);
    expect(() => sniff('{"asset":{"version":"2.0"}}', "a.gltf")).toThrow(/bare \.gltf.*Zip the \.gltf with its \.bin/);
    expect(() => sniff("", "a.glb")).toThrow(/The file is empty/);
  });

  it("finds a cut-off GLB and a binary file that is not a whole STL", () => {
    expect(() => checkComplete({ format: "glb", head: glbHeader(1000), bytes: 600 })).toThrow(/The GLB is cut off: its header says 1000 bytes, the file has 600/);
    expect(() => checkComplete({ format: "glb", head: glbHeader(600), bytes: 600 })).not.toThrow();
    const stl = binaryStl(3);
    expect(() => checkComplete({ format: "stl", head: stl, bytes: stl.length })).not.toThrow();
    expect(() => checkComplete({ format: "stl", head: stl, bytes: stl.length - 10 })).toThrow(/not a recognised 3D model/);
  });
});

describe("checking a zip before extracting it", () => {
  it("finds the one model among its companions", () => {
    const zip = zipSync({ "chair/chair.gltf": new Uint8Array(10), "chair/chair.bin": new Uint8Array(10), "chair/wood.png": new Uint8Array(5) });
    expect(checkZipEntries({ entries: entriesOf(zip), ...limits })).toEqual({ entry: "chair/chair.gltf", model: "gltf" });
  });

  it("refuses traversal, links, too many entries, too much unpacked data, no model and two models", () => {
    expect(isSafeEntryName("../evil.obj")).toBe(false);
    expect(isSafeEntryName("a/../../evil.obj")).toBe(false);
    expect(isSafeEntryName("/etc/passwd")).toBe(false);
    expect(isSafeEntryName("C:/x.obj")).toBe(false);
    expect(isSafeEntryName("a\\b.obj")).toBe(false);
    expect(isSafeEntryName("dir/")).toBe(true);
    const traversal = zipSync({ "../evil.obj": new Uint8Array(3) });
    expect(() => checkZipEntries({ entries: entriesOf(traversal), ...limits })).toThrow(/"\.\.\/evil\.obj" points outside/);
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`t${i}.png`, new Uint8Array(1)])));
    expect(() => checkZipEntries({ entries: entriesOf(many), ...limits })).toThrow(/has 11 entries; at most 10/);
    // 4 MB of zeros compress to a few KB: the declared size is what counts.
    const bomb = zipSync({ "a.obj": new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => checkZipEntries({ entries: entriesOf(bomb), ...limits })).toThrow(/would unpack to 4 MB; at most 1 MB/);
    const none = zipSync({ "readme.txt": new Uint8Array(1) });
    expect(() => checkZipEntries({ entries: entriesOf(none), ...limits })).toThrow(/holds no \.gltf or \.obj/);
    const two = zipSync({ "a.obj": new Uint8Array(1), "b.obj": new Uint8Array(1) });
    expect(() => checkZipEntries({ entries: entriesOf(two), ...limits })).toThrow(/holds 2 models/);
  });

  it("reads a symbolic link from the entry's Unix mode", () => {
    const zip = Buffer.from(zipSync({ "a.obj": new Uint8Array(1), "link.mtl": new Uint8Array(4) }));
    // Mark the second central entry as made on Unix with mode lrwxrwxrwx.
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE((3 << 8) | 20, central + 4);
    zip.writeUInt32LE((0o120777 << 16) >>> 0, central + 38);
    expect(() => checkZipEntries({ entries: entriesOf(zip), ...limits })).toThrow(/"link\.mtl" is a symbolic link/);
  });

  it("says a cut-off zip is damaged", () => {
    const zip = Buffer.from(zipSync({ "a.obj": new Uint8Array(100) }));
    expect(() => entriesOf(zip.subarray(0, zip.length - 30))).toThrow(/damaged or cut off/);
  });
});
