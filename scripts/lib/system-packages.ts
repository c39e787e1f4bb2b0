import { spawnSync } from "node:child_process";

interface SystemNeed {
  /** Debian package that provides it. */
  pkg: string;
  /** How to tell it is present. */
  present: () => boolean;
  why: string;
}

const has = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
const dpkg = (pkg: string) => spawnSync("dpkg", ["-s", pkg], { stdio: "ignore" }).status === 0;

export const NEEDS: Record<string, SystemNeed> = {
  blender: { pkg: "blender", present: () => (process.env.BLENDER_PATH ? true : has("blender")), why: "runs every model" },
  numpy: { pkg: "python3-numpy", present: () => dpkg("python3-numpy") || !has("dpkg"), why: "Blender's glTF exporter needs it" },
  bubblewrap: { pkg: "bubblewrap", present: () => has("bwrap"), why: "sandboxes the code Blender runs" },
  chromium: { pkg: "chromium", present: () => has("chromium"), why: "browser tests" },
};

/**
 * Installs missing Debian packages when we can (root with apt-get); otherwise says exactly what to install.
 * Returns the names still missing.
 */
export function ensureSystemPackages(names: (keyof typeof NEEDS)[], log: (m: string) => void): string[] {
  let missing = names.filter((n) => !NEEDS[n].present());
  if (!missing.length) return [];
  const pkgs = missing.map((n) => NEEDS[n].pkg);
  const canInstall = process.getuid?.() === 0 && has("apt-get");
  if (canInstall) {
    log(`installing system packages: ${pkgs.join(" ")} (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], { stdio: "inherit", env });
    missing = names.filter((n) => !NEEDS[n].present());
  }
  for (const n of missing) log(`missing system package '${NEEDS[n].pkg}' (${NEEDS[n].why}). Install it: sudo apt-get install -y --no-install-recommends ${NEEDS[n].pkg}`);
  return missing;
}
