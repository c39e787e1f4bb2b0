import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { allowedImportsText } from "@/worker/blender/allowed-imports";
import { FRAME } from "@/worker/agents/frame";

/** One retrievable note: a "## " section of a knowledge file. */
export interface Passage {
  /** "<file stem>#<slug>", stable across runs so trails can name what the coder was shown. */
  id: string;
  title: string;
  tags: string;
  text: string;
}

/** The knowledge base shipped with the app (Blender 3.4 bpy notes and examples). */
export const KNOWLEDGE_DIR = fileURLToPath(new URL("./knowledge", import.meta.url));

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Facts kept in one place and written into the notes where they say {{name}}, so notes and prompts never disagree. */
const FACTS: Record<string, () => string> = { allowed_imports: allowedImportsText, frame: () => FRAME };

/** The note with its {{placeholders}} filled; an unknown placeholder is a bug in the notes, so it throws. */
export function renderFacts(text: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const fact = FACTS[name];
    if (!fact) throw new Error(`knowledge note names an unknown fact {{${name}}}`);
    return fact();
  });
}

/** Splits every knowledge/*.md into passages at its "## " headings; a "tags:" first line is kept apart for ranking. */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR): Passage[] {
  const passages: Passage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const stem = path.basename(file, ".md");
    const sections = renderFacts(readFileSync(path.join(dir, file), "utf8")).split(/^## /m).slice(1);
    for (const section of sections) {
      const [titleLine, ...rest] = section.split("\n");
      const title = titleLine.trim();
      const tagLine = rest[0]?.startsWith("tags:") ? rest.shift()!.slice(5).trim() : "";
      passages.push({ id: `${stem}#${slug(title)}`, title, tags: tagLine, text: rest.join("\n").trim() });
    }
  }
  return passages;
}
