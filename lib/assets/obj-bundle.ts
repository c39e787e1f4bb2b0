import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { zipSync, type Zippable } from "fflate";
import { storage, versionKey } from "@/lib/storage/storage";

/** The material library Blender's OBJ exporter writes beside model.obj (`mtllib model.mtl`). */
const MTL = "model.mtl";
/** The bundle the worker stores beside them; its size is what the API reports for the OBJ download. */
export const OBJ_BUNDLE = "model.obj.zip";

/** The texture files an .mtl names (`map_Kd tex_wood.png`, `map_Bump -bm 0.5 tex_n.png`): plain names beside it only. */
export function mtlTextureNames(mtl: string): string[] {
  // Line by line, the file name being a map statement's last word: linear on an uploaded .mtl, however it is spaced.
  const names = mtl
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.length > 1 && /^(?:map_\w+|bump|disp|refl)$/.test(words[0]))
    .map((words) => words[words.length - 1]);
  return [...new Set(names.filter((n) => /^[A-Za-z0-9_.-]+$/.test(n) && !n.startsWith(".")))];
}

/** A zip of an .obj (under `objName`), its model.mtl and its textures; PNGs are stored, text is deflated. */
function zipObj({ obj, mtl, objName, textures }: { obj: Buffer; mtl: Buffer; objName: string; textures: [string, Buffer][] }): Uint8Array {
  const files: Zippable = { [objName]: new Uint8Array(obj), [MTL]: new Uint8Array(mtl) };
  for (const [name, bytes] of textures) files[name] = [new Uint8Array(bytes), { level: 0 }];
  return zipSync(files, { level: 6 });
}

/** The textures an .mtl names that exist beside it (`read` gives null for a missing one). */
async function readTextures(mtl: Buffer, read: (name: string) => Promise<Buffer | null>): Promise<[string, Buffer][]> {
  const found = await Promise.all(mtlTextureNames(mtl.toString("utf8")).map(async (n) => [n, await read(n)] as const));
  return found.filter((e): e is [string, Buffer] => e[1] !== null);
}

/**
 * An OBJ without its .mtl loses every colour and material, so when Blender wrote one the worker stores the OBJ
 * download as a zip of both and the textures the .mtl names (the .obj keeps pointing at model.mtl). Returns the bundle's file name, or null when
 * there is no .mtl and the plain .obj is the download.
 */
export async function writeObjBundle({ dir, objFile }: { dir: string; objFile: string }): Promise<string | null> {
  if (!(await stat(path.join(dir, MTL)).catch(() => null))) return null;
  const [obj, mtl] = await Promise.all([readFile(path.join(dir, objFile)), readFile(path.join(dir, MTL))]);
  const textures = await readTextures(mtl, (n) => readFile(path.join(dir, n)).catch(() => null));
  await writeFile(path.join(dir, OBJ_BUNDLE), zipObj({ obj, mtl, objName: objFile, textures }));
  return OBJ_BUNDLE;
}

/** Every byte of a stored object, or null when it is missing. */
async function readObject(key: string): Promise<Buffer | null> {
  const object = await storage().get(key);
  return object ? buffer(object.body) : null;
}

/**
 * The same bundle made at download time, for versions stored before the worker wrote it: null when the version has
 * no .mtl (the plain .obj is served).
 */
export async function objBundle({ assetId, versionId, objFile, name }: { assetId: string; versionId: string; objFile: string; name: string }) {
  const key = (file: string) => versionKey({ assetId, versionId, file });
  const mtl = await readObject(key(MTL));
  if (!mtl) return null;
  const obj = await readObject(key(objFile));
  if (!obj) return null;
  const textures = await readTextures(mtl, (n) => readObject(key(n)).catch(() => null));
  return zipObj({ obj, mtl, objName: `${name}.obj`, textures });
}
