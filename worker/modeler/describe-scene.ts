import type { Placement, SceneSpec } from "./types";

/** English plural for a subject name in titles ("3 benches", "2 dice", "2 people"). */
function plural(noun: string): string {
  if (noun === "dice") return noun;
  if (noun === "person") return "people";
  if (noun.endsWith("man")) return noun.slice(0, -3) + "men";
  if (/(s|x|ch|sh)$/.test(noun)) return noun + "es";
  return /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + "ies" : noun + "s";
}

const ADJECTIVE: Record<string, string> = { wood: "wooden", gold: "golden", stone: "stone", wool: "woollen" };
const RELATION: Record<Placement["rel"], string> = {
  on: "on", under: "under", front: "in front of", behind: "behind", beside: "beside", around: "around", sides: "beside",
};

/** A short human title ("Red wooden table with 2 chairs", "Vase on a table"), kept plain so it reads well in a list. */
export function describeScene(scene: SceneSpec): string {
  const m = scene.instances[0]!;
  const tally = new Map<string, number>();
  for (const r of scene.instances) tally.set(r.subject, (tally.get(r.subject) ?? 0) + 1);
  const own = tally.get(m.subject)!;
  tally.delete(m.subject);
  const words = [own > 1 ? String(own) : null, ...scene.sizeWords, scene.style, m.finish, m.color, m.material ? ADJECTIVE[m.material] ?? m.material : null, own > 1 ? plural(m.subject) : m.subject];
  let title = words.filter(Boolean).join(" ");
  // The main subject placed on something reads "Vase on a table" rather than "Vase with a table".
  const anchor = m.place ? scene.instances[m.place.anchor] : undefined;
  if (m.place && anchor && anchor.subject !== m.subject && tally.has(anchor.subject)) {
    title += ` ${RELATION[m.place.rel]} a ${anchor.subject}`;
    tally.set(anchor.subject, tally.get(anchor.subject)! - 1);
    if (tally.get(anchor.subject) === 0) tally.delete(anchor.subject);
  }
  const extras = [...tally].map(([s, n]) => (n === 1 ? `a ${s}` : `${n} ${plural(s)}`));
  const full = extras.length ? `${title} with ${extras.join(" and ")}` : title;
  return full.charAt(0).toUpperCase() + full.slice(1);
}
