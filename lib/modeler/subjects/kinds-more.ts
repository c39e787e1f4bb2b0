import type { SubjectDef } from "../types";

/** Wild animals, more furniture, craft and places, as declarative kinds (see define-kind.ts). */
export const MORE_KINDS: SubjectDef[] = [];
