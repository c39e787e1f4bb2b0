import type { SubjectDef } from "../types";

/** Food and sweets, and everyday containers (chests, crates, barrels, baskets, bins), as declarative kinds (see define-kind.ts). */
export const FOOD_KINDS: SubjectDef[] = [];
