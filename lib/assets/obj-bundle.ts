import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { zipSync } from "fflate";
import { storage, versionKey } from "@/lib/storage/storage";

/** The material library Blender's OBJ exporter writes beside model.obj (`mtllib model.mtl`). */
const MTL = "model.mtl";
/** The bundle the worker stores beside them; its size is what the API reports for the OBJ download. */
export const OBJ_BUNDLE = "model.obj.zip";

/** A zip of an .obj (under `objName`) and its model.mtl; text compresses well, and level 6 stays quick for a few MB. */
function zipObj({ obj, mtl, objName }: { obj: Buffer; mtl: Buffer; objName: string }): Uint8Array {
  return zipSync({ [objName]: new Uint8Array(obj), [MTL]: new Uint8Array(mtl) }, { level: 6 });
}

/**
 * An OBJ without its .mtl loses every colour and material, so when Blender wrote one the worker stores the OBJ
 * download as a zip of both (the .obj keeps pointing at model.mtl). Returns the bundle's file name, or null when
 * there is no .mtl and the plain .obj is the download.
 */
export async function writeObjBundle({ dir, objFile }: { dir: string; objFile: string }): Promise<string | null> {
  if (!(await stat(path.join(dir, MTL)).catch(() => null))) return null;
  const [obj, mtl] = await Promise.all([readFile(path.join(dir, objFile)), readFile(path.join(dir, MTL))]);
  await writeFile(path.join(dir, OBJ_BUNDLE), zipObj({ obj, mtl, objName: objFile }));
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
  const mtl = await readObject(versionKey({ assetId, versionId, file: MTL }));
  if (!mtl) return null;
  const obj = await readObject(versionKey({ assetId, versionId, file: objFile }));
  if (!obj) return null;
  return zipObj({ obj, mtl, objName: `${name}.obj` });
}
