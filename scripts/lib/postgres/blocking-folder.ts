import { lstat, readlink, stat } from "node:fs/promises";
import path from "node:path";

/** Whether a process of `uid` with groups `gids` may search a folder: owner, else group, else other bits, as the kernel picks. */
function mayEnter(st: { uid: number; gid: number; mode: number }, uid: number, gids: number[]): boolean {
  if (st.uid === uid) return (st.mode & 0o100) !== 0;
  if (gids.includes(st.gid)) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

/**
 * The first folder on the way to `target` (itself included) that a process of `uid` and `gids` cannot enter, or
 * null when it gets through. Symbolic links are followed the way the kernel does; ACLs are not read.
 */
export async function blockingFolder({ uid, gids, target }: { uid: number; gids: number[]; target: string }): Promise<string | null> {
  if (uid === 0) return null; // root searches any folder
  if (!mayEnter(await stat("/"), uid, gids)) return "/";
  const pending = path.resolve(target).split(path.sep).filter(Boolean);
  let here = "/"; // a real folder this process has entered
  for (let links = 0; pending.length; ) {
    const name = pending.shift()!;
    if (name === "..") here = path.dirname(here);
    if (name === "." || name === "..") continue;
    const next = path.join(here, name);
    const st = await lstat(next);
    if (st.isSymbolicLink()) {
      if (++links > 40) throw new Error(`too many symbolic links on the way to ${target}`);
      const to = await readlink(next);
      if (path.isAbsolute(to)) here = "/";
      pending.unshift(...to.split(path.sep).filter(Boolean));
      continue;
    }
    if (!mayEnter(st, uid, gids)) return next;
    here = next;
  }
  return null;
}
