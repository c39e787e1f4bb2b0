import { readFile, stat } from "node:fs/promises";
import { zipSync } from "fflate";
import { versionFile } from "@/lib/storage/paths";

/** The material library Blender's OBJ exporter writes beside model.obj (`mtllib model.mtl`). */
const MTL = "model.mtl";

/**
 * An OBJ without its .mtl loses every colour and material, so when the version has one the OBJ download is a zip
 * of both (the .obj keeps pointing at model.mtl). Null when there is no .mtl: the plain .obj is served as before.
 */
export async function objBundle({ assetId, versionId, objFile, name }: { assetId: string; versionId: string; objFile: string; name: string }) {
  const mtlPath = versionFile({ assetId, versionId, file: MTL });
  if (!(await stat(mtlPath).catch(() => null))) return null;
  const [obj, mtl] = await Promise.all([readFile(versionFile({ assetId, versionId, file: objFile })), readFile(mtlPath)]);
  // Text compresses well; level 6 keeps it quick for models of a few MB.
  return zipSync({ [`${name}.obj`]: new Uint8Array(obj), [MTL]: new Uint8Array(mtl) }, { level: 6 });
}
