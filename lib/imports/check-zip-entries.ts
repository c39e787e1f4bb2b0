import { ImportRefusedError } from "./import-refused";
import type { ModelFormat } from "./formats";
import type { ZipEntry } from "./read-zip-directory";

/** The model files a zip may hold, by extension. */
const MODEL_EXTENSIONS: Record<string, ModelFormat> = { gltf: "gltf", obj: "obj" };

/** A path that stays inside the folder it is extracted to: relative, no `..`, no backslashes or drive letters. */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.includes("\0") || name.includes("\\") || name.startsWith("/") || /^[a-zA-Z]:/.test(name)) return false;
  return name.split("/").every((segment, i, all) => segment !== ".." && segment !== "." && (segment !== "" || i === all.length - 1));
}

const unsafe = (message: string) => new ImportRefusedError("unsafe_zip", message);

/**
 * Checks a zip's declared entries before anything is extracted (paths, links, encryption, count, unpacked size)
 * and finds its one model: a .gltf or an .obj. Returns that entry's name and format.
 */
export function checkZipEntries({ entries, maxEntries, maxUnpackedBytes }: { entries: ZipEntry[]; maxEntries: number; maxUnpackedBytes: number }): { entry: string; model: ModelFormat } {
  if (entries.length > maxEntries) throw unsafe(`The zip has ${entries.length} entries; at most ${maxEntries} are accepted.`);
  let total = 0;
  for (const e of entries) {
    if (!isSafeEntryName(e.name)) throw unsafe(`The zip entry "${e.name}" points outside the archive's folder; entries must be plain relative paths.`);
    if (e.symlink) throw unsafe(`The zip entry "${e.name}" is a symbolic link; links are not accepted.`);
    if (e.encrypted) throw unsafe(`The zip entry "${e.name}" is encrypted; upload an archive without a password.`);
    if (!e.directory && e.method !== 0 && e.method !== 8) throw unsafe(`The zip entry "${e.name}" uses compression method ${e.method}; only stored and deflated entries are accepted.`);
    total += e.bytes;
  }
  const limitMb = Math.round(maxUnpackedBytes / 2 ** 20);
  if (total > maxUnpackedBytes) throw unsafe(`The zip would unpack to ${Math.round(total / 2 ** 20)} MB; at most ${limitMb} MB is accepted.`);
  const models = entries.filter((e) => !e.directory && !e.name.split("/").some((s) => s.startsWith("__MACOSX")) && MODEL_EXTENSIONS[extension(e.name)]);
  if (models.length === 0) {
    throw new ImportRefusedError("unsupported_file", `The zip holds no .gltf or .obj (it has ${entries.slice(0, 5).map((e) => e.name).join(", ") || "nothing"}); zip a glTF with its .bin and textures, or an OBJ with its .mtl and textures.`);
  }
  if (models.length > 1) throw new ImportRefusedError("unsupported_file", `The zip holds ${models.length} models (${models.slice(0, 4).map((e) => e.name).join(", ")}); upload one model per zip.`);
  return { entry: models[0].name, model: MODEL_EXTENSIONS[extension(models[0].name)] };
}

function extension(name: string): string {
  return name.toLowerCase().split(".").pop() ?? "";
}
