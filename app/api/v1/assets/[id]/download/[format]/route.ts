import { withAuth } from "@/lib/api/with-auth";
import { ApiError } from "@/lib/api/errors";
import { DOWNLOAD_FORMAT_NAMES, EXPORT_FORMATS, ORIGINAL_FORMAT, type DownloadFormat } from "@/lib/assets/formats";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { OBJ_BUNDLE, objBundle } from "@/lib/assets/obj-bundle";
import { fileResponse, getVersionOrThrow } from "@/lib/assets/open-version-file";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { versionQuerySchema } from "@/lib/validations/assets";

function slug(name: string) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "asset";
}

/** GET /api/v1/assets/{id}/download/{format}?version=: the file, named after the asset. */
export const GET = withAuth<{ id: string; format: string }>(async ({ req, params, user }) => {
  const asset = await getAssetOrThrow({ assetId: params.id, userId: user.id });
  // hasOwn, not `in`: "constructor" or "__proto__" must not pass as a format.
  if (!(DOWNLOAD_FORMAT_NAMES as string[]).includes(params.format)) {
    throw new ApiError("not_found", `Unknown format '${params.format}'; use one of ${DOWNLOAD_FORMAT_NAMES.join(", ")}.`);
  }
  const format = params.format as DownloadFormat;
  const { version } = versionQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const row = await getVersionOrThrow({ assetId: asset.id, currentVersionId: asset.currentVersionId, version });
  const files = row.files as VersionFiles;
  const entry = Object.hasOwn(files, format) ? files[format] : undefined;
  if (!entry) throw new ApiError("not_found", `Version ${row.number} was not exported as ${format}; it has ${Object.keys(row.files as object).join(", ")}.`);
  const name = `${slug(asset.name)}-v${row.number}`;
  if (format === ORIGINAL_FORMAT) {
    // The uploaded file as it came (original.<ext>, the extension its bytes showed).
    const ext = entry.file.split(".").pop();
    return fileResponse({ assetId: asset.id, versionId: row.id, file: entry.file, mime: "application/octet-stream", downloadName: `${name}-original.${ext}` });
  }
  if (entry.file === OBJ_BUNDLE) {
    return fileResponse({ assetId: asset.id, versionId: row.id, file: entry.file, mime: "application/zip", downloadName: `${name}.obj.zip` });
  }
  // Versions stored before the worker wrote the bundle get it made now.
  const zip = format === "obj" ? await objBundle({ assetId: asset.id, versionId: row.id, objFile: entry.file, name }) : null;
  if (zip) {
    return new Response(Buffer.from(zip), {
      headers: { "Content-Type": "application/zip", "Content-Length": String(zip.length), "Content-Disposition": `attachment; filename="${name}.obj.zip"`, "Cache-Control": "private, max-age=3600" },
    });
  }
  return fileResponse({ assetId: asset.id, versionId: row.id, file: entry.file, mime: EXPORT_FORMATS[format].mime, downloadName: `${name}.${format}` });
});
