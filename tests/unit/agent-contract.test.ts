import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ALLOWED_IMPORTS } from "@/worker/blender/allowed-imports";
import { FRAME, SIZE_CONVENTION } from "@/worker/agents/frame";
import { CODER_SYSTEM, CRITIC_SYSTEM, PLANNER_SYSTEM, REFINE_PLANNER_SYSTEM, VERIFIER_SCORE_SYSTEM, VERIFIER_SYSTEM } from "@/worker/agents/prompts";
import { loadKnowledge } from "@/worker/rag/load-knowledge";

const HARNESS = "worker/blender/harness";
/** Runs a few lines of Python against the real static_check.py and returns what it printed as JSON. */
function python(code: string): unknown {
  const out = execFileSync("python3", ["-c", `import json, sys\nsys.path.insert(0, ${JSON.stringify(HARNESS)})\nimport static_check\n${code}`], { encoding: "utf8" });
  return JSON.parse(out);
}
/** The comma-separated module names after `marker` up to the next full stop. */
const listAfter = (text: string, marker: string) => text.split(marker)[1].split(/\.(\s|$)/)[0].split(",").map((s) => s.trim()).filter(Boolean);

describe("one list of allowed imports for the lint, the coder's prompt and the notes", () => {
  const json = (JSON.parse(readFileSync(`${HARNESS}/allowed_imports.json`, "utf8")) as { modules: string[] }).modules;
  // One Python start for all questions to the real lint (a loaded machine takes seconds per start).
  let lint: { allowed: string[]; verdicts: Record<string, number>; refusal: [number, string][] };
  beforeAll(() => {
    const modules = JSON.stringify([...json, "os", "sys", "pathlib"]);
    lint = python(`print(json.dumps({"allowed": list(static_check.ALLOWED_MODULES), "verdicts": {m: len(static_check.check("import %s" % m)[1]) for m in ${modules}}, "refusal": static_check.check("import os")[1]}))`) as typeof lint;
  }, 60_000);

  it("static_check.py enforces exactly the JSON list", () => {
    expect(lint.allowed).toEqual(json);
    expect(ALLOWED_IMPORTS).toEqual(json);
    for (const m of json) expect(lint.verdicts[m], m).toBe(0);
    for (const m of ["os", "sys", "pathlib"]) expect(lint.verdicts[m], m).toBe(1);
  });

  it("the coder's system prompt names exactly those modules", () => {
    expect(listAfter(CODER_SYSTEM, "import modules other than ")).toEqual(json);
  });

  it("the static-check note names exactly those modules", () => {
    const note = loadKnowledge().find((p) => p.id === "01-harness#what-the-static-check-forbids")!;
    expect(listAfter(note.text, "Allowed imports only: ")).toEqual(json);
  });

  it("the lint's refusal lists the whole allowed list, so the coder can pick from it", () => {
    expect(lint.refusal[0][1]).toContain(json.join(", "));
  });
});

describe("the frame and the size convention are stated once, for every role", () => {
  it.each([
    ["planner", PLANNER_SYSTEM], ["refine planner", REFINE_PLANNER_SYSTEM], ["coder", CODER_SYSTEM],
    ["critic", CRITIC_SYSTEM], ["verifier", VERIFIER_SYSTEM], ["verifier (score only)", VERIFIER_SCORE_SYSTEM],
  ])("%s", (_role, system) => {
    expect(system).toContain(FRAME);
    expect(system.split(FRAME)).toHaveLength(2);
    expect(system).toMatch(/own (size|frame)/i);
  });

  it("the harness note carries the same frame and no placeholder is left unfilled", () => {
    const passages = loadKnowledge();
    expect(passages.find((p) => p.id === "01-harness#harness-contract-what-your-script-must-do")!.text).toContain(FRAME);
    expect(passages.filter((p) => p.text.includes("{{"))).toEqual([]);
    expect(PLANNER_SYSTEM).toContain(SIZE_CONVENTION);
  });

  it("the verifier is asked for checks only when problems were raised", () => {
    expect(VERIFIER_SYSTEM).toContain('"checks"');
    expect(VERIFIER_SCORE_SYSTEM).not.toMatch(/checks|resolved|listed problem/);
    expect(VERIFIER_SCORE_SYSTEM).toContain('"score"');
  });
});
