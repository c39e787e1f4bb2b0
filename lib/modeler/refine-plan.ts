import type { Plan } from "@/lib/validations/plan";
import { assemblePlan, readSceneSpec, resolveCounts } from "./assemble-plan";
import { refineLoosePlan } from "./refine-loose-plan";
import { parseFeedback, type Request } from "./refine-words";
import { roleMaterialKeys } from "./resolve-material";
import { fitMeasure } from "./parse-finish";
import { partOf, tagWords } from "./parse-words";
import { getSubject } from "./subjects";
import type { RoleOverride, SceneSpec, SubjectDef, SubjectSpec, Vec3 } from "./types";
import { addFinish } from "./vocabulary/finishes";
import { refinedReading } from "./interpretation";
import type { RefineResult } from "./refine-result";

const mul = (a: Vec3, b: Vec3): Vec3 => [a[0] * b[0], a[1] * b[1], a[2] * b[2]];

/** Roles the user asked to keep, from role, part, group or word names ("seat", "legs", "leg_2"). */
function preservedRoles(def: SubjectDef, preserve: string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of preserve) {
    const word = raw.toLowerCase().replace(/_\d+$/, "").replace(/_/g, " ");
    if (def.roles[word]) out.add(word);
    const hit = partOf(def, word);
    if (hit) out.add(hit.role);
  }
  return out;
}

/** How the change log names a part, or the whole subject. */
function label(def: SubjectDef, role: string | null): string {
  return role ? role.replace(/_/g, " ") : "the whole " + def.name;
}

type LookRequest = Extract<Request, { kind: "color" | "material" | "finish" }>;

/** Set a colour or material, or add a finish to those `current` holds ("glossy", then "glowing" too). */
function setLook(o: RoleOverride | SubjectSpec, r: LookRequest, current: string | null | undefined = o.finish): void {
  if (r.kind === "finish") o.finish = addFinish(current, r.value);
  else o[r.kind] = r.value;
}

/**
 * A material asked for without a colour shows its own colour: "a gold back" on a blue chair is gold, not blue
 * metal; "make it oak" is oak-coloured. A colour in the same feedback ("make it red oak") still wins.
 */
function ownColour(o: RoleOverride | SubjectSpec, r: LookRequest, all: Request[]): void {
  if (r.kind !== "material" || all.some((x) => x.kind === "color" && x.role === r.role)) return;
  if ("subject" in o) delete o.color;
  else o.color = null;
}

/** Apply a colour, material or finish to one part or to the whole subject, leaving preserved parts as they look now. */
function applyLook(r: LookRequest, spec: SubjectSpec, scene: SceneSpec, def: SubjectDef, kept: Set<string>, all: Request[]): string {
  const now = (role: string) => roleMaterialKeys(role, def.roles[role], spec, scene.style);
  if (r.role) {
    // A part's new finish joins those it shows now: "make the seat glowing" keeps a glossy chair's seat glossy.
    const o = (spec.roles[r.role] ??= {});
    setLook(o, r, now(r.role).finish);
    ownColour(o, r, all);
    return `Made the ${label(def, r.role)} ${r.value}.`;
  }
  // A subject-wide change must not repaint preserved parts, so pin their current look first ("" pins no finish).
  for (const role of kept) {
    const { material, color, finish } = now(role);
    spec.roles[role] = { ...spec.roles[role], material, finish: finish ?? "", ...(color ? { color } : {}) };
  }
  setLook(spec, r);
  ownColour(spec, r, all);
  for (const [role, o] of Object.entries(spec.roles)) {
    if (kept.has(role) || !def.roles[role]?.body) continue;
    // A part's own finish takes the new one alongside: "make it glossy" keeps glowing legs glowing.
    if (r.kind === "finish" && o.finish) setLook(o, r);
    else delete o[r.kind];
  }
  return `Made ${label(def, null)} ${r.value}.`;
}

/** Apply one request to the main subject; returns a sentence for the change log, or null when nothing changed. */
function apply(r: Request, spec: SubjectSpec, scene: SceneSpec, def: SubjectDef, kept: Set<string>, all: Request[]): string | null {
  if ("role" in r && r.role && kept.has(r.role)) return `Kept the ${label(def, r.role)} unchanged, as asked.`;
  if (r.kind === "color" || r.kind === "material" || r.kind === "finish") return applyLook(r, spec, scene, def, kept, all);
  if (r.kind === "variant") {
    const v = def.variants![r.name];
    for (const [role, on] of Object.entries(v.features ?? {})) if (!kept.has(role)) spec.features[role] = on;
    Object.assign(spec.counts, v.counts ?? {});
    if (v.scale) spec.scale = mul(spec.scale, v.scale);
    const added = Object.entries(v.features ?? {}).filter(([, on]) => on).map(([role]) => label(def, role));
    return `Made it a ${r.name}${added.length ? ` (with ${added.join(" and ")})` : ""}${v.scale ? ", larger" : ""}.`;
  }
  if (r.kind === "scale") {
    const f = r.factor;
    if (r.role) spec.roles[r.role] = { ...spec.roles[r.role], scale: mul(spec.roles[r.role]?.scale ?? [1, 1, 1], f) };
    else spec.scale = mul(spec.scale, f);
    return `Made ${r.role ? "the " + label(def, r.role) : "it"} ${r.word}.`;
  }
  if (r.kind === "count") {
    const g = def.groups![r.group];
    if (kept.has(g.role)) return `Kept the ${r.group} unchanged, as asked.`;
    const before = resolveCounts(def, spec)[r.group];
    const wanted = r.mode === "set" ? r.value : r.mode === "times" ? Math.round(before * r.value) : before + r.value;
    spec.counts[r.group] = Math.min(g.max, Math.max(g.min, wanted));
    const after = spec.counts[r.group];
    // Slats need a backrest to hang on: a count above zero switches its optional role on.
    if (def.roles[g.role]?.optional && after > 0) spec.features[g.role] = true;
    return after === before ? `The ${r.group} stay at ${after} (allowed ${g.min}-${g.max}).` : `Changed ${r.group} from ${before} to ${after}.`;
  }
  if (r.kind === "measure") {
    fitMeasure(spec, r, scene);
    return `Made it ${r.metres} m ${r.dimension === "height" ? "tall" : r.dimension === "length" ? "long" : "across"}.`;
  }
  if (r.kind === "feature") {
    if (kept.has(r.role)) return `Kept the ${label(def, r.role)} unchanged, as asked.`;
    // "with a tall back" on a chair that has one asks for nothing new.
    const was = spec.features[r.role] ?? def.roles[r.role]?.optional === "on";
    if (was === r.on) return null;
    spec.features[r.role] = r.on;
    return `${r.on ? "Added" : "Removed"} the ${label(def, r.role)}.`;
  }
  scene.style = r.value;
  return `Changed the style to ${r.value}.`;
}

/** Which instances feedback is about: a companion it names ("make the chairs red"), else the main subject. */
function targetsOf(scene: SceneSpec, feedback: string): number[] {
  const main = scene.instances[0].subject;
  const named = new Set(tagWords(feedback).flatMap((it) => (it.kind === "subject" ? [it.subject.name] : [])));
  const companion = scene.instances.find((s, i) => i > 0 && s.subject !== main && named.has(s.subject))?.subject;
  if (!companion || named.has(main)) return [0];
  return scene.instances.flatMap((s, i) => (s.subject === companion ? [i] : []));
}

/** Edit a plan from plain-English feedback (colours, materials, sizes, counts, parts), keeping everything else. */
export function refinePlan(args: { plan: Plan; feedback: string; preserve?: string[] }): RefineResult {
  const stored = readSceneSpec(args.plan);
  if (!stored) return refineLoosePlan(args);
  // Work on a copy: the caller's plan (version N) must stay exactly as it was.
  const scene = structuredClone(stored);
  const targets = targetsOf(scene, args.feedback);
  const def = getSubject(scene.instances[targets[0]].subject);
  const { requests, unknown, applied, unapplied } = parseFeedback(args.feedback, def, scene.instances.map((s) => s.subject));
  const terms = { applied_terms: applied, unapplied_terms: unapplied };
  if (requests.length === 0) return { plan: args.plan, changes: [], understood: false, unknown_words: unknown, ...terms };
  const kept = preservedRoles(def, args.preserve ?? []);
  const changes = targets
    .map((t) => requests.map((r) => apply(r, scene.instances[t], scene, def, kept, requests)).filter((c): c is string => c !== null))
    .at(0)!;
  if (targets[0] !== 0) changes.unshift(`Changed ${targets.length === 1 ? `the ${def.name}` : `all ${targets.length} ${def.name}s`} beside the ${scene.instances[0].subject}:`);
  const plan = assemblePlan(scene);
  plan.unknown_words = unknown;
  plan.interpretation = refinedReading(args.plan, terms);
  return { plan, changes, understood: true, unknown_words: unknown, ...terms };
}
