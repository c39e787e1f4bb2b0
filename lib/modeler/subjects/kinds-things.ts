import type { SubjectDef } from "../types";

export const THINGS_KINDS: SubjectDef[] = [];
