import type { SubjectDef } from "../types";

export const BUILDINGS_KINDS: SubjectDef[] = [];
