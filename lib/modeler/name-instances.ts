import type { SubjectSpec } from "./types";

/** Part-name prefix per instance: "" for the main subject, "<subject><n>_" for companions ("chair2_", "street_lamp1_"). */
export function instancePrefixes(instances: SubjectSpec[]): string[] {
  const seen: Record<string, number> = {};
  return instances.map((spec, i) => {
    seen[spec.subject] = (seen[spec.subject] ?? 0) + 1;
    return i === 0 ? "" : `${spec.subject.replace(/ /g, "_")}${seen[spec.subject]}_`;
  });
}
