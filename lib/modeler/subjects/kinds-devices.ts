import type { SubjectDef } from "../types";

/** Electronics: phones, computers and their parts, audio and video devices, as declarative kinds (see define-kind.ts). */
export const DEVICE_KINDS: SubjectDef[] = [];
