import type { Placement, SceneSpec } from "./types";

/** English plural for a subject name in titles ("3 benches", "2 dice", "2 people", "3 fish"). */
function plural(noun: string): string {
  if (noun === "dice" || noun === "fish") return noun;
  if (noun === "person") return "people";
  if (noun.endsWith("man")) return noun.slice(0, -3) + "men";
  if (/(s|x|ch|sh)$/.test(noun)) return noun + "es";
  return /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + "ies" : noun + "s";
}

const ADJECTIVE: Record<string, string> = { wood: "wooden", gold: "golden", stone: "stone", wool: "woollen" };
const RELATION: Record<Placement["rel"], string> = {
  on: "on", under: "under", front: "in front of", behind: "behind", beside: "beside", around: "around", sides: "beside", between: "between",
};

/** A short human title ("Red wooden table with 2 chairs", "Vase on a table"), kept plain so it reads well in a list. */
export function describeScene(scene: SceneSpec): string {
  const m = scene.instances[0];
  const tally = new Map<string, number>();
  for (const r of scene.instances) tally.set(r.subject, (tally.get(r.subject) ?? 0) + 1);
  const own = tally.get(m.subject)!;
  tally.delete(m.subject);
  const words = [own > 1 ? String(own) : null, ...scene.sizeWords, scene.style, m.finish, m.color, m.material ? ADJECTIVE[m.material] ?? m.material : null, own > 1 ? plural(m.subject) : m.subject];
  let title = words.filter(Boolean).join(" ");
  // The main subject placed against something reads "Vase on a table", "Lamp between two chairs", not "... with a table".
  const against = !m.place ? [] : [m.place.anchor, ...(m.place.rel === "between" ? [m.place.other] : [])].map((a) => (a === undefined ? undefined : scene.instances[a]?.subject));
  const left = new Map(tally);
  for (const s of against) if (s) left.set(s, (left.get(s) ?? 0) - 1);
  if (m.place && against.length && against.every((s) => s && s !== m.subject && left.get(s)! >= 0)) {
    const same = against.length === 2 && against[0] === against[1];
    title += ` ${RELATION[m.place.rel]} ${same ? `two ${plural(against[0]!)}` : against.map((s) => `a ${s}`).join(" and ")}`;
    for (const [s, n] of left) if (n > 0) tally.set(s, n); else tally.delete(s);
  }
  const extras = [...tally].map(([s, n]) => (n === 1 ? `a ${s}` : `${n} ${plural(s)}`));
  const full = extras.length ? `${title} with ${extras.join(" and ")}` : title;
  return full.charAt(0).toUpperCase() + full.slice(1);
}
