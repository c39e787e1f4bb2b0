import { describe, expect, it } from "vitest";
import type { Plan, PlanPart } from "@/lib/validations/plan";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { findPlanOverlaps } from "@/lib/modeler/find-overlaps";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { refinePlan } from "@/lib/modeler/refine-plan";
import { halfExtents } from "@/lib/modeler/transform";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";
import { statsFromPlan } from "../helpers/plan-stats";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const refine = (prompt: string, feedback: string) => refinePlan({ plan: plan(prompt), feedback });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name)!;
const starting = (p: Plan, prefix: string) => p.parts.filter((x) => new RegExp(`^${prefix}_\\d+$`).test(x.name));
const colorOf = (x: PlanPart) => x.material.color_name;
const own = (p: Plan) => p.parts.filter((x) => !/^[a-z_]+\d+_/.test(x.name));

/** World bounding box of parts, rotations included. */
function box(parts: PlanPart[]) {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const h = halfExtents({ name: p.name, shape: p.shape, size: p.dimensions, at: p.position, rot: p.rotation, role: "" });
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], p.position[i] - h[i]);
      hi[i] = Math.max(hi[i], p.position[i] + h[i]);
    }
  }
  return { lo, hi };
}
const touching = (a: PlanPart, b: PlanPart) => [0, 1, 2].every((i) => box([a]).lo[i] <= box([b]).hi[i] + 0.005 && box([b]).lo[i] <= box([a]).hi[i] + 0.005);
const criticScore = (p: Plan) => critiqueScene({ plan: p, stats: statsFromPlan(p) });

const ANIMALS: Array<[string, number]> = [
  ["cat", 4], ["dog", 4], ["rabbit", 4], ["horse", 4], ["cow", 4], ["pig", 4], ["bird", 2], ["duck", 2], ["penguin", 2],
];

describe("animals: what the prompt names is what gets built", () => {
  it.each([
    ["a cat", "cat"], ["a kitten", "cat"], ["a kitty", "cat"], ["a dog", "dog"], ["a puppy", "dog"], ["a doggy", "dog"],
    ["a bird", "bird"], ["a sparrow", "bird"], ["a robin", "bird"], ["a duck", "duck"], ["a duckling", "duck"], ["a fish", "fish"],
    ["a goldfish", "fish"], ["a horse", "horse"], ["a pony", "horse"], ["a unicorn", "horse"], ["a rabbit", "rabbit"], ["a bunny", "rabbit"],
    ["a penguin", "penguin"], ["a cow", "cow"], ["a calf", "cow"], ["a pig", "pig"], ["a piglet", "pig"], ["a dalmatian", "dog"],
  ])("'%s' is a %s, with every word understood", (prompt, subject) => {
    const p = plan(prompt);
    expect(p.recognized).toBe(true);
    expect(p.subject).toBe(subject);
    expect(p.unknown_words).toEqual([]);
  });

  it.each([["birds", "bird", 2], ["three goldfish", "fish", 3], ["two kittens", "cat", 2], ["puppies", "dog", 2], ["bunnies", "rabbit", 2], ["ponies", "horse", 2], ["a flock of geese", "duck", 2]])(
    "plural '%s' is a %s, %i of them",
    (prompt, subject, n) => {
      const p = plan(prompt);
      expect(p.subject).toBe(subject);
      expect(p.unknown_words).toEqual([]);
      expect((p.params as { instances: unknown[] }).instances).toHaveLength(n);
    },
  );

  it("a young animal is a smaller one: kitten, puppy, pony", () => {
    const height = (p: Plan) => box(p.parts).hi[2];
    expect(height(plan("a kitten"))).toBeLessThan(height(plan("a cat")) * 0.7);
    expect(height(plan("a puppy"))).toBeLessThan(height(plan("a dog")) * 0.7);
    expect(height(plan("a pony"))).toBeLessThan(height(plan("a horse")) * 0.7);
  });

  it.each(ANIMALS)("a %s stands on %i legs that reach the ground and its body; its head is attached", (subject, legs) => {
    const p = plan(`a ${subject}`);
    expect(p.counts.legs).toBe(legs);
    const legParts = starting(p, "leg");
    expect(legParts).toHaveLength(legs);
    const body = named(p, "body"), head = named(p, "head");
    for (const leg of legParts) {
      // On its paw, hoof or foot, which rests on the ground.
      const foot = p.parts.find((x) => x !== leg && box([x]).lo[2] < 0.001 && touching(x, leg));
      expect(box([leg]).lo[2] < 0.001 || foot !== undefined, leg.name).toBe(true);
      const upper = p.parts.filter((x) => x.name === "body" || x.name.startsWith("haunch") || x.name === "belly" || x.name === "chest");
      expect(subject === "rabbit" || touching(leg, body) || upper.some((x) => touching(leg, x)), `${leg.name} reaches the body`).toBe(true);
    }
    expect(p.parts.some((x) => touching(x, head) && (x.name === "body" || x.name === "neck"))).toBe(true);
    expect(criticScore(p).score).toBe(10);
  });

  it("coats are matte fur or feathers, eyes are glossy", () => {
    for (const subject of ["cat", "dog", "horse", "cow", "pig", "rabbit"]) {
      const p = plan(`a ${subject}`);
      expect(named(p, "body").material.roughness, subject).toBeGreaterThanOrEqual(0.9);
      expect(named(p, "body").material.name.endsWith("_fur"), subject).toBe(true);
      expect(named(p, "eye_1").material.roughness, subject).toBeLessThanOrEqual(0.1);
    }
    expect(named(plan("a duck"), "body").material.name).toBe("white_feathers");
    expect(named(plan("a fish"), "body").material.roughness).toBeLessThan(0.5);
  });
});

describe("animals: colours, counts and sizes land on the right parts", () => {
  it("'a black cat with white paws': black coat, white paws, eyes and nose keep theirs", () => {
    const p = plan("a black cat with white paws");
    for (const name of ["body", "head", "tail", "ear_1", "leg_1", "chest", "muzzle"]) expect(colorOf(named(p, name)), name).toBe("black");
    for (const paw of starting(p, "paw")) expect(colorOf(paw)).toBe("white");
    expect(starting(p, "paw")).toHaveLength(4);
    expect(colorOf(named(p, "nose"))).toBe("pink");
    expect(named(p, "eye_1").material.base_color).toEqual(colorRgb("black"));
  });

  it("'a cat with green eyes' paints the eyes only", () => {
    const p = plan("a cat with green eyes");
    expect(starting(p, "eye").map(colorOf)).toEqual(["green", "green"]);
    expect(colorOf(named(p, "body"))).toBe("orange");
  });

  it("'a brown horse with a black mane': brown coat, black mane", () => {
    const p = plan("a brown horse with a black mane");
    expect(colorOf(named(p, "mane"))).toBe("black");
    for (const name of ["body", "neck", "head", "leg_1"]) expect(colorOf(named(p, name)), name).toBe("brown");
  });

  it("a second colour goes where the animal shows one: a tuxedo cat's chest and paws, a cow's patches, a horse's mane", () => {
    const cat = plan("a black and white cat");
    expect(colorOf(named(cat, "body"))).toBe("black");
    for (const name of ["chest", "muzzle", "paw_1"]) expect(colorOf(named(cat, name)), name).toBe("white");
    const cow = plan("a brown and white cow");
    expect(colorOf(named(cow, "body"))).toBe("brown");
    expect(starting(cow, "patch").map(colorOf)).toEqual(Array(6).fill("white"));
    expect(colorOf(named(plan("a white and gray horse"), "mane"))).toBe("gray");
  });

  it("a variant brings its colours, and a colour the prompt names still wins: robin, dalmatian, unicorn", () => {
    expect(colorOf(named(plan("a robin"), "chest"))).toBe("orange");
    const dalmatian = plan("a dalmatian");
    expect(colorOf(named(dalmatian, "body"))).toBe("white");
    expect(starting(dalmatian, "spot").map(colorOf)).toEqual(Array(6).fill("black"));
    const unicorn = plan("a unicorn with a pink mane");
    expect(colorOf(named(unicorn, "mane"))).toBe("pink");
    expect(colorOf(named(unicorn, "body"))).toBe("white");
    expect(named(unicorn, "horn").material.metallic).toBe(1);
    expect(colorOf(named(plan("a black robin"), "body"))).toBe("black");
  });

  it("'a dog with three legs' stands on three; leg counts clamp to the animal's range", () => {
    const p = plan("a dog with three legs");
    expect(p.counts.legs).toBe(3);
    expect(starting(p, "leg")).toHaveLength(3);
    expect(starting(p, "paw")).toHaveLength(3);
    expect(criticScore(p).score).toBe(10);
    expect(plan("a cat with 9 legs").counts.legs).toBe(6);
    expect(plan("a bird with one leg").counts.legs).toBe(1);
    expect(plan("a bird with four legs").counts.legs).toBe(2);
  });

  it("size words scale the animal: 'a big dog', 'a tiny bird'", () => {
    const height = (p: Plan) => box(own(p)).hi[2];
    expect(height(plan("a big dog"))).toBeCloseTo(height(plan("a dog")) * 1.4, 2);
    expect(height(plan("a tiny bird"))).toBeCloseTo(height(plan("a bird")) * 0.4, 2);
  });

  it("optional parts come and go: a collar, a saddle, no horns, no tail", () => {
    expect(colorOf(named(plan("a dog with a red collar"), "collar"))).toBe("red");
    expect(plan("a horse with a saddle").parts.some((x) => x.name === "saddle")).toBe(true);
    expect(starting(plan("a cow without horns"), "horn")).toHaveLength(0);
    expect(plan("a cat without a tail").parts.some((x) => x.name === "tail")).toBe(false);
    expect(starting(plan("a spotted dog"), "spot").length).toBeGreaterThan(0);
  });
});

describe("animals in a scene", () => {
  it("'a cat on a chair' stands on the seat, inside the chair's outline", () => {
    const p = plan("a cat on a chair");
    const cat = box(own(p)), seat = box([named(p, "chair1_seat")]), chair = box(p.parts.filter((x) => x.name.startsWith("chair1_")));
    expect(cat.lo[2]).toBeCloseTo(seat.hi[2], 3);
    for (const i of [0, 1]) expect((cat.lo[i] + cat.hi[i]) / 2).toBeCloseTo((chair.lo[i] + chair.hi[i]) / 2, 1);
    expect(criticScore(p).score).toBe(10);
  });

  it("'a dog next to a house' stands beside it on the ground, clear of it", () => {
    const p = plan("a dog next to a house");
    const dog = box(own(p)), house = box(p.parts.filter((x) => x.name.startsWith("house1_")));
    expect(dog.lo[2]).toBeCloseTo(0, 3);
    expect(house.lo[0] > dog.hi[0] || dog.lo[0] > house.hi[0]).toBe(true);
    expect(findPlanOverlaps({ plan: p })).toEqual([]);
  });

  it("'two ducks in front of a boat': both ducks before the boat (-Y), side by side", () => {
    const p = plan("two ducks in front of a boat");
    const ducks = [box(own(p)), box(p.parts.filter((x) => x.name.startsWith("duck2_")))];
    const boat = box(p.parts.filter((x) => x.name.startsWith("boat1_")));
    for (const d of ducks) expect(d.hi[1]).toBeLessThan(boat.lo[1]);
    expect(ducks[0].hi[0] < ducks[1].lo[0] || ducks[1].hi[0] < ducks[0].lo[0]).toBe(true);
    expect(findPlanOverlaps({ plan: p })).toEqual([]);
    expect(criticScore(p).score).toBe(10);
  });
});

describe("animals: refinement changes the parts it names", () => {
  it("'make the ears bigger' grows the ears only, still on the head", () => {
    const before = plan("a cat");
    const { plan: after, changes } = refinePlan({ plan: before, feedback: "make the ears bigger" });
    expect(changes).toEqual(["Made the ears bigger."]);
    for (const ear of starting(after, "ear")) {
      expect(ear.dimensions[2]).toBeCloseTo(named(before, ear.name).dimensions[2] * 1.25, 3);
      expect(touching(ear, named(after, "head"))).toBe(true);
    }
    for (const name of ["body", "head", "tail", "eye_1"]) expect(named(after, name)).toEqual(named(before, name));
    expect(criticScore(after).score).toBe(10);
  });

  it("'make the tail black' paints the tail only", () => {
    const { plan: after } = refine("a dog", "make the tail black");
    expect(colorOf(named(after, "tail"))).toBe("black");
    expect(colorOf(named(after, "body"))).toBe("tan");
  });

  it("'make the head bigger' carries the eyes, ears and muzzle with the head", () => {
    const before = plan("a dog");
    const { plan: after } = refinePlan({ plan: before, feedback: "make the head bigger" });
    expect(named(after, "head").dimensions[0]).toBeCloseTo(named(before, "head").dimensions[0] * 1.25, 3);
    expect(named(after, "eye_1").dimensions[0]).toBeCloseTo(named(before, "eye_1").dimensions[0] * 1.25, 3);
    for (const name of ["eye_1", "ear_1", "muzzle", "nose"]) expect(named(after, name).position, name).not.toEqual(named(before, name).position);
    expect(named(after, "body")).toEqual(named(before, "body"));
    expect(criticScore(after).score).toBe(10);
  });

  it("'make the legs taller' lifts everything the legs carry; hooves stay on the ground", () => {
    const before = plan("a horse");
    const { plan: after } = refinePlan({ plan: before, feedback: "make the legs taller" });
    const rise = named(after, "body").position[2] - named(before, "body").position[2];
    expect(rise).toBeGreaterThan(0.15);
    for (const name of ["head", "mane", "tail", "eye_1", "ear_1"]) expect(named(after, name).position[2] - named(before, name).position[2], name).toBeCloseTo(rise, 3);
    for (const hoof of starting(after, "hoof")) expect(box([hoof]).lo[2]).toBeCloseTo(0, 3);
    expect(criticScore(after).score).toBe(10);
  });

  it("'longer' stretches a part along its own length: a rabbit's ears grow taller, a chair's legs too", () => {
    const before = plan("a rabbit");
    const after = refinePlan({ plan: before, feedback: "make the ears longer" }).plan;
    expect(box(starting(after, "ear")).hi[2] - box(starting(before, "ear")).hi[2]).toBeGreaterThan(0.03);
    expect(named(after, "ear_1").dimensions[0]).toBeCloseTo(named(before, "ear_1").dimensions[0], 3);
    expect(named(plan("a chair with long legs"), "leg_1").dimensions[2]).toBeGreaterThan(named(plan("a chair"), "leg_1").dimensions[2] * 1.3);
  });

  it("counts and optional parts: 'add a leg', 'remove the tail', 'add a collar'", () => {
    expect(refine("a cat", "add a leg").plan.counts.legs).toBe(5);
    expect(refine("a dog", "remove the tail").plan.parts.some((x) => x.name === "tail")).toBe(false);
    expect(refine("a dog", "add a collar").plan.parts.some((x) => x.name === "collar")).toBe(true);
  });
});

describe("more animals: chicken, sheep, elephant, giraffe, frog, turtle", () => {
  it.each([
    ["a chicken", "chicken"], ["a hen", "chicken"], ["a rooster", "chicken"], ["a chick", "chicken"], ["a sheep", "sheep"], ["a lamb", "sheep"],
    ["a ewe", "sheep"], ["a ram", "sheep"], ["an elephant", "elephant"], ["a pachyderm", "elephant"], ["a giraffe", "giraffe"], ["a frog", "frog"],
    ["a toad", "frog"], ["a bullfrog", "frog"], ["a turtle", "turtle"], ["a tortoise", "turtle"], ["a terrapin", "turtle"], ["a woolly sheep", "sheep"],
  ])("'%s' is a %s, with every word understood", (prompt, subject) => {
    const p = plan(prompt);
    expect(p.recognized).toBe(true);
    expect(p.subject).toBe(subject);
    expect(p.unknown_words).toEqual([]);
  });

  it.each([["hens", "chicken", 2], ["three chicks", "chicken", 3], ["two sheep", "sheep", 2], ["lambs", "sheep", 2], ["elephants", "elephant", 2], ["four frogs", "frog", 4], ["tortoises", "turtle", 2]])(
    "plural '%s' is a %s, %i of them",
    (prompt, subject, n) => {
      const p = plan(prompt);
      expect(p.subject).toBe(subject);
      expect(p.unknown_words).toEqual([]);
      expect((p.params as { instances: unknown[] }).instances).toHaveLength(n);
    },
  );

  it.each([["chicken", 2], ["sheep", 4], ["elephant", 4], ["giraffe", 4], ["frog", 4], ["turtle", 4]] as const)("a %s stands on %i legs that reach the ground and its body, and scores 10", (subject, legs) => {
    const p = plan(`a ${subject}`);
    expect(p.counts.legs).toBe(legs);
    const legParts = starting(p, "leg");
    expect(legParts).toHaveLength(legs);
    const body = named(p, "body"), head = named(p, "head");
    for (const leg of legParts) {
      const foot = p.parts.find((x) => x !== leg && box([x]).lo[2] < 0.001 && touching(x, leg));
      expect(box([leg]).lo[2] < 0.001 || foot !== undefined, leg.name).toBe(true);
      expect(touching(leg, body) || starting(p, "haunch").some((x) => touching(leg, x)), `${leg.name} reaches the body`).toBe(true);
    }
    expect(p.parts.some((x) => touching(x, head) && (x.name === "body" || x.name === "neck"))).toBe(true);
    expect(criticScore(p).score).toBe(10);
  });

  it("each has its own parts, in its own colours", () => {
    const chicken = plan("a chicken");
    expect(starting(chicken, "comb").map(colorOf)).toEqual(Array(3).fill("red"));
    expect(colorOf(named(chicken, "wattle"))).toBe("red");
    expect(colorOf(named(chicken, "beak"))).toBe("yellow");
    expect(colorOf(named(chicken, "body"))).toBe("white");
    const sheep = plan("a sheep");
    expect(named(sheep, "body").material.name).toBe("white_wool");
    expect(starting(sheep, "tuft").length).toBeGreaterThan(10);
    expect(colorOf(named(sheep, "head"))).toBe("charcoal");
    const elephant = plan("an elephant");
    expect(starting(elephant, "tusk").map(colorOf)).toEqual(["ivory", "ivory"]);
    expect(starting(elephant, "trunk").length).toBeGreaterThanOrEqual(3);
    expect(starting(elephant, "ear")).toHaveLength(2);
    expect(colorOf(named(elephant, "body"))).toBe("gray");
    const giraffe = plan("a giraffe");
    expect(starting(giraffe, "spot").length).toBeGreaterThan(10);
    expect(colorOf(named(giraffe, "spot_1"))).toBe("brown");
    expect(box([named(giraffe, "head")]).lo[2]).toBeGreaterThan(box([named(giraffe, "body")]).hi[2] + 1);
    expect(colorOf(named(plan("a frog"), "belly"))).toBe("lime");
    const turtle = plan("a turtle");
    expect(colorOf(named(turtle, "shell"))).toBe("green");
    expect(starting(turtle, "scute").map(colorOf)).toEqual(Array(17).fill("olive"));
  });

  it("colours and counts land where the prompt says", () => {
    const elephant = plan("a grey elephant with white tusks");
    expect(starting(elephant, "tusk").map(colorOf)).toEqual(["white", "white"]);
    expect(colorOf(named(elephant, "head"))).toBe("gray");
    const sheep = plan("a black sheep");
    expect(colorOf(named(sheep, "body"))).toBe("black");
    expect(colorOf(named(sheep, "tuft_1"))).toBe("black");
    expect(colorOf(named(sheep, "head"))).toBe("charcoal");
    expect(colorOf(named(plan("a brown chicken with a yellow beak"), "body"))).toBe("brown");
    expect(colorOf(named(plan("a turtle with a brown shell"), "shell"))).toBe("brown");
    expect(plan("a turtle with three legs").counts.legs).toBe(3);
    expect(plan("a chicken with one leg").counts.legs).toBe(1);
    expect(criticScore(plan("a giraffe with six legs")).score).toBe(10);
  });

  it("variants: a rooster is bigger and has a black tail, a chick is small, yellow and combless; a ram has horns; a toad is warty", () => {
    const height = (p: Plan) => box(p.parts).hi[2];
    expect(height(plan("a rooster"))).toBeGreaterThan(height(plan("a chicken")));
    expect(colorOf(named(plan("a rooster"), "tail_1"))).toBe("black");
    const chick = plan("a chick");
    expect(height(chick)).toBeLessThan(height(plan("a chicken")) * 0.5);
    expect(colorOf(named(chick, "body"))).toBe("yellow");
    expect(starting(chick, "comb")).toHaveLength(0);
    expect(height(plan("a lamb"))).toBeLessThan(height(plan("a sheep")) * 0.7);
    expect(starting(plan("a ram"), "horn")).toHaveLength(2);
    expect(starting(plan("a sheep"), "horn")).toHaveLength(0);
    expect(starting(plan("a toad"), "wart").length).toBeGreaterThan(0);
    expect(colorOf(named(plan("a tortoise"), "shell"))).toBe("brown");
    expect(plan("an elephant without tusks").parts.some((x) => x.name.startsWith("tusk"))).toBe(false);
  });
});

describe("a snake: no legs, a body of segments on the ground", () => {
  it.each([["a snake", "snake"], ["a serpent", "snake"], ["a python", "snake"], ["a cobra", "snake"], ["three snakes", "snake"]])("'%s' is a %s", (prompt, subject) => {
    const p = plan(prompt);
    expect(p.subject).toBe(subject);
    expect(p.unknown_words).toEqual([]);
  });

  it("lies on the ground in one connected piece, head and forked tongue in front, and scores 10", () => {
    const p = plan("a snake");
    expect(starting(p, "leg")).toHaveLength(0);
    const body = starting(p, "body");
    expect(body.length).toBeGreaterThanOrEqual(8);
    for (const seg of body) expect(box([seg]).lo[2], seg.name).toBeCloseTo(0, 3);
    body.slice(1).forEach((seg, i) => expect(touching(seg, body[i]), seg.name).toBe(true));
    expect(touching(named(p, "neck"), named(p, "head"))).toBe(true);
    expect(starting(p, "tongue").map(colorOf)).toEqual(["red", "red"]);
    expect(colorOf(named(p, "body_1"))).toBe("green");
    expect(colorOf(named(p, "marking_1"))).toBe("yellow");
    expect(criticScore(p).score).toBe(10);
  });

  it("'a black and red snake' has a black body with red markings; a python is bigger and brown-patterned", () => {
    const p = plan("a black and red snake");
    expect(colorOf(named(p, "body_3"))).toBe("black");
    expect(starting(p, "marking").map(colorOf).every((c) => c === "red")).toBe(true);
    expect(colorOf(named(plan("a python"), "marking_1"))).toBe("brown");
    expect(box(plan("a python").parts).hi[0] - box(plan("a python").parts).lo[0]).toBeGreaterThan(box(plan("a snake").parts).hi[0] - box(plan("a snake").parts).lo[0]);
  });
});
