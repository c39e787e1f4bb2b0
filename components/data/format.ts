import type { ExportFormat } from "@/lib/assets/formats";

/** Button labels of the export formats, in display order. */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  glb: "GLB",
  gltf: "glTF",
  obj: "OBJ",
  stl: "STL",
  fbx: "FBX",
  blend: "Blend",
};

/** File sizes like "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let v = bytes / 1024;
  let i = 0;
  for (; v >= 1024 && i < units.length - 1; i++) v /= 1024;
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** Counts like "12,480". */
export const formatCount = (n: number | undefined) => (typeof n === "number" ? n.toLocaleString("en-US") : "–");

/** "3 min ago"-style relative time; falls back to a date after a week. */
export function formatRelative(iso: string, now = Date.now()): string {
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (s < 45) return "just now";
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  if (s < 7 * 86400) return `${Math.round(s / 86400)} d ago`;
  return formatDate(iso);
}

/** A short date like "Nov 26, 2025". */
export const formatDate = (iso: string) => new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric" });

/** Blender's bounding-box size (x, y, z with z up) as "W × D × H m". */
export function formatDimensions(size: number[] | undefined): string {
  if (!size || size.length < 3) return "–";
  return `${size.map((v) => (v >= 10 ? v.toFixed(1) : v.toFixed(2))).join(" × ")} m`;
}
