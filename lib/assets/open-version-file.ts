import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { versionFile } from "@/lib/storage/paths";

/** The version of an asset by number, or its current version; 404 when there is none. */
export async function getVersionOrThrow({ assetId, currentVersionId, version }: { assetId: string; currentVersionId: string | null; version?: number }) {
  const row = version
    ? await db.assetVersion.findUnique({ where: { assetId_number: { assetId, number: version } } })
    : currentVersionId
      ? await db.assetVersion.findUnique({ where: { id: currentVersionId } })
      : null;
  if (!row) throw new ApiError("not_found", version ? `Version ${version} not found.` : "This asset has no version yet.");
  return row;
}

/** Streams a stored file of a version as a download response. */
export async function fileResponse({ assetId, versionId, file, mime, downloadName, inline }: { assetId: string; versionId: string; file: string; mime: string; downloadName: string; inline?: boolean }) {
  const full = versionFile({ assetId, versionId, file });
  const info = await stat(full).catch(() => null);
  if (!info) throw new ApiError("not_found", "The file of this version is missing.");
  const body = Readable.toWeb(createReadStream(full)) as ReadableStream;
  return new Response(body, {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(info.size),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${downloadName}"`,
      "Cache-Control": "private, max-age=3600",
    },
  });
}
