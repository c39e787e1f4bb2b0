import type { Placement, SubjectSpec } from "./types";

/** How the layout places an instance: a prompt relation, or "flank" for one of a between's anchors, left (-1) or right (+1) of it. */
export type Step = Placement | { rel: "flank"; anchor: number; side: -1 | 1 };
type Steps = Array<Step | undefined>;

/**
 * The placements the layout follows. "X between two Ys" with free-standing Ys stands X where a free subject goes
 * and the Ys to its left and right ("flank"); a between whose anchors are placed by other relations keeps its
 * step and waits for them. A between naming itself or only one anchor stands free.
 */
export function layoutSteps(specs: SubjectSpec[]): Steps {
  const valid = (k: number | undefined, i: number) => k !== undefined && k >= 0 && k < specs.length && k !== i;
  const steps: Steps = specs.map((s, i) => (s.place && valid(s.place.anchor, i) ? s.place : undefined));
  specs.forEach((s, m) => {
    if (s.place?.rel !== "between" || !steps[m]) return;
    const [a, b] = [s.place.anchor, s.place.other];
    if (!valid(b, m) || a === b) return void (steps[m] = undefined);
    if (steps[a] || steps[b!]) return;
    steps[m] = undefined;
    steps[a] = { rel: "flank", anchor: m, side: -1 };
    steps[b!] = { rel: "flank", anchor: m, side: 1 };
  });
  return steps;
}

/** The chain of anchors above an instance, nearest first; stops where it would loop. */
export function ancestors(steps: Steps, i: number): number[] {
  const chain: number[] = [];
  for (let a = steps[i]?.anchor; a !== undefined && !chain.includes(a) && a !== i; a = steps[a]?.anchor) chain.push(a);
  return chain;
}

/** The instance's anchor when its chain of anchors ends at a free-standing one (no loop); else undefined. */
export function anchorOf(steps: Steps, i: number): number | undefined {
  const chain = ancestors(steps, i);
  const last = chain.at(-1);
  return last === undefined || steps[last] !== undefined ? undefined : chain[0];
}

/** The free-standing instance a placement chain hangs from (itself when free). */
export function rootOf(steps: Steps, i: number): number {
  return ancestors(steps, i).at(-1) ?? i;
}
