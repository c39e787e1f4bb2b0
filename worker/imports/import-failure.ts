import type { BlenderResult } from "@/worker/blender/types";
import { blenderFailure } from "@/worker/pipeline/build-in-blender";
import { PermanentTaskError } from "@/worker/pipeline/errors";

/**
 * A failed Blender run of an import as the task's error, each with its own code. A crash is not retried: the same
 * file would crash the importer again.
 */
export function importFailure(result: BlenderResult, signal: AbortSignal): Error {
  const err = result.error;
  const message = err?.message ?? "Blender failed without a report.";
  switch (err?.kind) {
    case "import_failed":
    case "import_has_scripts":
      return new PermanentTaskError(err.kind, message);
    case "empty_scene":
      return new PermanentTaskError("import_failed", "Blender imported the file but it holds no mesh with faces.");
    case "too_many_triangles":
      return new PermanentTaskError("import_too_many_triangles", message);
    case "timeout":
      return new PermanentTaskError("import_timeout", `Importing took too long and was stopped (${message.split(";")[0]}). The file may be too large or damaged.`);
    case "crashed":
      return new PermanentTaskError("import_crashed", `Blender crashed while importing the file; it is probably damaged. (${message})`);
    case "limit_exceeded":
      return new PermanentTaskError("import_too_large", `The converted files are too large: ${message}`);
    default:
      return blenderFailure(result, signal);
  }
}
