import { readFileSync } from "node:fs";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
const cases: { category: string; prompt: string; subject: string | null }[] = JSON.parse(readFileSync("tests/fixtures/modeler-heldout-categories.json", "utf8"));
const by = new Map<string, { right: number; refused: number; wrong: number; n: number }>();
for (const c of cases) {
  const p = planFromPrompt({ prompt: c.prompt, quality: "draft" });
  const built = p.recognized ? p.subject : null;
  const r = by.get(c.category) ?? { right: 0, refused: 0, wrong: 0, n: 0 };
  r.n++;
  if (built === c.subject) r.right++;
  else if (built === null) { r.refused++; console.log(`REFUSED [${c.category}] ${c.prompt} (want ${c.subject}) unknown=${p.unknown_words.join(",")}`); }
  else { r.wrong++; console.log(`WRONG   [${c.category}] ${c.prompt} → ${built} (want ${c.subject})`); }
  by.set(c.category, r);
}
for (const [k, v] of by) console.log(k, JSON.stringify(v));
