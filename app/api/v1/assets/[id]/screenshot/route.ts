import { withAuth } from "@/lib/api/with-auth";
import { ApiError } from "@/lib/api/errors";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { fileResponse, getVersionOrThrow } from "@/lib/assets/open-version-file";
import { versionQuerySchema } from "@/lib/validations/assets";

/** GET /api/v1/assets/{id}/screenshot?version=: the rendered preview PNG. */
export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const asset = await getAssetOrThrow({ assetId: params.id, userId: user.id });
  const { version } = versionQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const row = await getVersionOrThrow({ assetId: asset.id, currentVersionId: asset.currentVersionId, version });
  if (!row.previewFile) throw new ApiError("not_found", "This version has no preview.");
  return fileResponse({ assetId: asset.id, versionId: row.id, file: row.previewFile, mime: "image/png", downloadName: `preview-v${row.number}.png`, inline: true });
});
