import { ImportRefusedError } from "./import-refused";

/** How much of a zip's end the web server keeps while it streams in: room for the central directory. */
export const ZIP_TAIL_BYTES = 2 * 1024 * 1024;

/** One entry of a zip's central directory, as the archive declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedBytes: number;
  bytes: number;
  encrypted: boolean;
  symlink: boolean;
  directory: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const corrupt = (why: string) => new ImportRefusedError("corrupt_file", `The zip is damaged or cut off: ${why}.`);

/**
 * The central directory of a zip from the last bytes of the file (`tail`, of a file `totalBytes` long). fflate
 * reads entries but not their Unix mode, and the mode is what tells a symbolic link, so the directory is read here.
 */
export function readZipDirectory({ tail, totalBytes }: { tail: Buffer; totalBytes: number }): ZipEntry[] {
  const tailStart = totalBytes - tail.length;
  let at = -1;
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 0xffff); i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw corrupt("no end-of-archive record");
  const count = tail.readUInt16LE(at + 10);
  const size = tail.readUInt32LE(at + 12);
  const offset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ImportRefusedError("unsafe_zip", "ZIP64 archives are not accepted; zip fewer or smaller files.");
  }
  if (offset + size > tailStart + at) throw corrupt("its directory points past its end");
  if (offset < tailStart) throw new ImportRefusedError("unsafe_zip", `The zip's directory is over ${ZIP_TAIL_BYTES >> 20} MB (too many entries or very long names).`);
  const entries: ZipEntry[] = [];
  let p = offset - tailStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > tail.length || tail.readUInt32LE(p) !== CENTRAL) throw corrupt(`entry ${n + 1} of ${count} is missing`);
    const madeBy = tail.readUInt16LE(p + 4) >> 8;
    const nameLength = tail.readUInt16LE(p + 28);
    const skip = nameLength + tail.readUInt16LE(p + 30) + tail.readUInt16LE(p + 32);
    const name = tail.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    const mode = tail.readUInt32LE(p + 38) >>> 16;
    entries.push({
      name,
      method: tail.readUInt16LE(p + 10),
      compressedBytes: tail.readUInt32LE(p + 20),
      bytes: tail.readUInt32LE(p + 24),
      encrypted: (tail.readUInt16LE(p + 8) & 1) === 1,
      // Only Unix-made entries (host 3) carry a mode; 0o120000 is a symbolic link.
      symlink: madeBy === 3 && (mode & 0o170000) === 0o120000,
      directory: name.endsWith("/"),
    });
    p += 46 + skip;
  }
  return entries;
}
