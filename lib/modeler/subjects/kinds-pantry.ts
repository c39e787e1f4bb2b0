import type { SubjectDef } from "../types";

export const PANTRY_KINDS: SubjectDef[] = [];
