import { gunzipSync, constants } from "node:zlib";
import { ACCEPTED, FORMAT_LABELS, type ImportFormat } from "./formats";
import { ImportRefusedError } from "./import-refused";

/** How many leading bytes the sniffer reads. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, magic: string | number[], at = 0) =>
  head.subarray(at, at + magic.length).equals(typeof magic === "string" ? Buffer.from(magic, "latin1") : Buffer.from(magic));

/** Signatures of common files that are not models, so the refusal can say what the file is. */
const NOT_MODELS: { test: (h: Buffer) => boolean; what: string }[] = [
  { test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47]), what: "a PNG image" },
  { test: (h) => startsWith(h, [0xff, 0xd8, 0xff]), what: "a JPEG image" },
  { test: (h) => startsWith(h, "GIF8"), what: "a GIF image" },
  { test: (h) => startsWith(h, "RIFF") && startsWith(h, "WEBP", 8), what: "a WebP image" },
  { test: (h) => startsWith(h, "%PDF"), what: "a PDF document" },
  { test: (h) => startsWith(h, "ftyp", 4), what: "a video (MP4/MOV)" },
  { test: (h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]), what: "a Linux program (ELF)" },
  { test: (h) => startsWith(h, "MZ"), what: "a Windows program" },
  { test: (h) => startsWith(h, "7z"), what: "a 7-Zip archive" },
  { test: (h) => startsWith(h, "Rar!"), what: "a RAR archive" },
  { test: (h) => startsWith(h, "ustar", 257), what: "a tar archive" },
  { test: (h) => /^\s*<(!doctype|html|\?xml)/i.test(h.subarray(0, 64).toString("latin1")), what: "an HTML or XML document" },
];

function isText(head: Buffer): boolean {
  return !head.includes(0);
}

/** A gzip-compressed .blend: the first bytes of its decompressed stream (a partial stream is fine). */
function gunzipHead(head: Buffer): Buffer | null {
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
}

const BLEND = /^BLENDER[-_][vV]\d{3}/;

/** The format of a text file, or null: OBJ has `v x y z` vertex lines, ASCII STL `solid` … `facet`, ASCII FBX `; FBX`. */
function textFormat(text: string): ImportFormat | null {
  if (/^; FBX/.test(text) || /^\s*FBXHeaderExtension:/m.test(text)) return "fbx";
  if (/^\s*solid\b/.test(text) && /\bfacet\s+normal\b/.test(text)) return "stl";
  if (/^v\s+[-+.\deE]+\s+[-+.\deE]+\s+[-+.\deE]+/m.test(text)) return "obj";
  return null;
}

/**
 * What the first bytes of an upload are (never the name's extension): a model format, or a refusal that names what
 * the file is instead ("This file is a PNG image, not a GLB"). A binary STL has no magic; it is recognised by its
 * size (checked later by checkComplete), so a binary file that is nothing else is taken as one.
 */
export function sniffFormat({ head, filename }: { head: Buffer; filename: string }): ImportFormat {
  if (head.length === 0) throw new ImportRefusedError("corrupt_file", `The file is empty; ${ACCEPTED}.`);
  if (startsWith(head, "glTF")) return "glb";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (startsWith(head, "ply\n") || startsWith(head, "ply\r\n")) return "ply";
  if (startsWith(head, "Kaydara FBX Binary")) return "fbx";
  if (BLEND.test(head.subarray(0, 12).toString("latin1"))) return "blend";
  // Blender 3.0+ writes zstd-compressed .blend files; older ones used gzip.
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return "blend";
  if (startsWith(head, [0x1f, 0x8b])) {
    if (BLEND.test((gunzipHead(head) ?? Buffer.alloc(0)).subarray(0, 12).toString("latin1"))) return "blend";
    throw refuse("a gzip archive that is not a .blend", filename);
  }
  if (startsWith(head, [0x50, 0x4b, 0x05, 0x06])) throw new ImportRefusedError("unsupported_file", `The file is an empty zip archive; ${ACCEPTED}.`);
  const other = NOT_MODELS.find((s) => s.test(head));
  if (other) throw refuse(other.what, filename);
  if (isText(head)) {
    const text = head.toString("utf8");
    const format = textFormat(text);
    if (format) return format;
    if (/^\s*\{/.test(text) && /"asset"\s*:/.test(text)) {
      throw new ImportRefusedError("unsupported_file", "This is a bare .gltf: its buffers and textures live in other files. Zip the .gltf with its .bin and textures, or export a GLB.");
    }
    throw refuse("a text file that is not an OBJ, ASCII STL or ASCII FBX", filename);
  }
  return "stl";
}

/** The extension's format, for the refusal's wording ("not a GLB" when the name says .glb). */
function claimed(filename: string): string {
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const byExt: Record<string, keyof typeof FORMAT_LABELS> = { glb: "glb", gltf: "gltf", zip: "zip", obj: "obj", stl: "stl", ply: "ply", fbx: "fbx", blend: "blend" };
  return byExt[ext] ? FORMAT_LABELS[byExt[ext]] : "3D model";
}

function refuse(what: string, filename: string) {
  const name = claimed(filename);
  const article = /^[AEIOUFHLMNRSX]/.test(name) && name !== "3D model" ? "an" : "a";
  return new ImportRefusedError("unsupported_file", `This file is ${what}, not ${article} ${name}; ${ACCEPTED}.`);
}

/**
 * Checks that need the whole file: a GLB's header states its length (a shorter file was cut off), and a binary
 * STL is exactly 84 + 50 bytes per triangle.
 */
export function checkComplete({ format, head, bytes }: { format: ImportFormat; head: Buffer; bytes: number }): void {
  if (format === "glb") {
    if (head.length < 12) throw new ImportRefusedError("corrupt_file", `The GLB is cut off: ${bytes} bytes, shorter than its 12-byte header.`);
    const declared = head.readUInt32LE(8);
    if (head.readUInt32LE(4) !== 2) throw new ImportRefusedError("unsupported_file", `This GLB is glTF version ${head.readUInt32LE(4)}; only glTF 2.0 is supported.`);
    if (declared !== bytes) throw new ImportRefusedError("corrupt_file", `The GLB is ${declared > bytes ? "cut off" : "damaged"}: its header says ${declared} bytes, the file has ${bytes}.`);
  }
  if (format === "stl" && !(isText(head) && /^\s*solid\b/.test(head.toString("latin1")))) {
    const triangles = head.length >= 84 ? head.readUInt32LE(80) : -1;
    if (triangles < 0 || 84 + 50 * triangles !== bytes) {
      throw new ImportRefusedError("unsupported_file", `This file is not a recognised 3D model (nor a binary STL: ${bytes} bytes for ${Math.max(triangles, 0)} triangles); ${ACCEPTED}.`);
    }
  }
}
