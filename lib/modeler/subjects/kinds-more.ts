import type { SubjectDef } from "../types";

/** Musical instruments and things people carry or wear on the go (bags, shoes, watches, eyewear, umbrellas), as declarative kinds (see define-kind.ts). */
export const MORE_KINDS: SubjectDef[] = [];
