import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/read-json";
import { withAuth } from "@/lib/api/with-auth";
import { withRateLimit } from "@/lib/api/with-rate-limit";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { getVersionOrThrow } from "@/lib/assets/open-version-file";
import { EXPORT_FORMAT_NAMES } from "@/lib/assets/formats";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { enqueueRefineTask, qualityOfVersion } from "@/lib/tasks/enqueue-refine-task";
import { serializeTask } from "@/lib/tasks/serialize-task";
import { refineSchema } from "@/lib/validations/refine";

// The plan's path is /generate/{asset_id}/refine; Next needs one name per dynamic segment, so the id arrives as
// `task_id` here but is an asset id.
/** POST /api/v1/generate/{asset_id}/refine: queue a task that makes a new version from feedback; 202. */
export const POST = withAuth<{ task_id: string }>(
  withRateLimit("generate", async ({ req, params, user }) => {
    const asset = await getAssetOrThrow({ assetId: params.task_id, userId: user.id });
    const input = refineSchema.parse(await readJson(req));
    const base = await getVersionOrThrow({ assetId: asset.id, currentVersionId: asset.currentVersionId, version: input.version });
    const task = await enqueueRefineTask({
      userId: user.id,
      asset,
      feedback: input.feedback,
      preserveAspects: input.preserve_aspects,
      baseVersion: base.number,
      qualityLevel: input.quality_level ?? (await qualityOfVersion(base.id)),
      // The base's exports again; an imported base's `original` is carried over by the worker, not exported.
      outputFormats: input.output_formats ?? Object.keys(base.files as VersionFiles).filter((f) => (EXPORT_FORMAT_NAMES as string[]).includes(f)),
    });
    return NextResponse.json(serializeTask({ ...task, asset: null }), { status: 202, headers: { Location: `/api/v1/generate/${task.id}` } });
  }),
);
