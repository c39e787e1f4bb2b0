import allowed from "@/worker/blender/harness/allowed_imports.json";

/** Modules a generated script may import: the list static_check.py enforces, from the one JSON file both read. */
export const ALLOWED_IMPORTS: readonly string[] = allowed.modules;

/** The list as prompts and notes show it: "bpy, bmesh, ...". */
export const allowedImportsText = () => ALLOWED_IMPORTS.join(", ");
