import type { SubjectDef } from "../types";

/** Electronics, musical instruments, and tools and hardware, as declarative kinds (see define-kind.ts). */
export const DEVICE_KINDS: SubjectDef[] = [];
