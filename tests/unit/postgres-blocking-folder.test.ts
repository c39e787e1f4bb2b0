import { spawnSync } from "node:child_process";
import { chmod, chown, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockingFolder } from "@/scripts/lib/postgres/blocking-folder";

// Real folders with real modes and owners, each answer checked against the kernel's: a shell started as that user
// tries to `cd` there. Giving folders away and starting a shell as someone else needs root.
const asRoot = process.getuid?.() === 0;
const UID = 4242; // nobody in particular: no account is needed for a numeric owner or a process's uid
const GID = 4242;
const OTHER_GID = 4243;
let root = "";

const kernelLetsIn = (target: string, gid: number) => spawnSync("/bin/sh", ["-c", 'cd -- "$1"', "sh", target], { uid: UID, gid }).status === 0;

beforeAll(async () => {
  if (!asRoot) return;
  root = await mkdtemp(path.join(os.tmpdir(), "ll3m-traverse-"));
  await chmod(root, 0o711);
  const folder = async (rel: string, mode: number, owner: [number, number] = [0, 0]) => {
    await mkdir(path.join(root, rel, "inner"), { recursive: true });
    await chown(path.join(root, rel), ...owner);
    await chmod(path.join(root, rel), mode);
  };
  await folder("private", 0o700);
  await folder("open", 0o711);
  await folder("own", 0o070, [UID, GID]); // its owner may not enter, though its group may
  await folder("grp", 0o710, [0, GID]);
  await symlink("../private/inner", path.join(root, "open", "to-private"));
  await symlink(path.join(root, "open", "inner"), path.join(root, "open", "to-open"));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe.skipIf(!asRoot)("blockingFolder (as root, for uid 4242)", () => {
  const cases: [string, number, string | null][] = [
    ["private/inner", GID, "private"],
    ["open/inner", GID, null],
    ["own/inner", GID, "own"],
    ["grp/inner", GID, null],
    ["grp/inner", OTHER_GID, "grp"],
    ["open/to-private", GID, "private"],
    ["open/to-open", GID, null],
  ];

  it.each(cases)("%s, gid %i: blocked at %s (null: gets in), as the kernel says", async (rel, gid, blocked) => {
    const target = path.join(root, rel);
    expect(await blockingFolder({ uid: UID, gids: [gid], target })).toBe(blocked && path.join(root, blocked));
    expect(kernelLetsIn(target, gid)).toBe(blocked === null);
  });

  it("lets root through a 0700 folder", async () => {
    expect(await blockingFolder({ uid: 0, gids: [0], target: path.join(root, "private", "inner") })).toBeNull();
  });
});
