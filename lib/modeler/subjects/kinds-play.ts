import type { SubjectDef } from "../types";
import { PLAY_SPORT_KINDS } from "./kinds-play-sports";
import { PLAY_TOOL_KINDS } from "./kinds-play-tools";
import { PLAY_TOY_KINDS } from "./kinds-play-toys";

/** Toys and games, sports gear, and hand and garden tools, as declarative kinds (see define-kind.ts). */
export const PLAY_KINDS: SubjectDef[] = [...PLAY_TOY_KINDS, ...PLAY_SPORT_KINDS, ...PLAY_TOOL_KINDS];
