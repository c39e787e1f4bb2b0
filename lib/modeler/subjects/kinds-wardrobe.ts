import type { SubjectDef } from "../types";

export const CLOTHES_KINDS: SubjectDef[] = [];
