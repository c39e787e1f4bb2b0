import { Readable } from "node:stream";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { proxyDownloads, storage, versionKey } from "@/lib/storage/storage";

/** A presigned URL outlives the redirect only long enough for the client to follow it (large files included). */
const URL_TTL_S = 300;

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

/**
 * Answers a download of a stored file of a version. Call it only after the caller's ownership was checked: with a
 * bucket it hands out a short-lived presigned URL (302), so the bytes never pass through this server; with the
 * data directory, or LL3M_STORAGE_PROXY=1, it streams the file itself.
 */
export async function fileResponse({ assetId, versionId, file, mime, downloadName, inline }: { assetId: string; versionId: string; file: string; mime: string; downloadName: string; inline?: boolean }) {
  const key = versionKey({ assetId, versionId, file });
  const disposition = `${inline ? "inline" : "attachment"}; filename="${downloadName}"`;
  if (!proxyDownloads()) {
    const url = await storage().downloadUrl(key, { filename: downloadName, contentType: mime, inline, expiresInS: URL_TTL_S });
    // The URL is a bearer credential for this one object: never cached, never sent on as a referrer.
    if (url) return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" } });
  }
  const object = await storage().get(key);
  if (!object) throw new ApiError("not_found", "The file of this version is missing.");
  return new Response(Readable.toWeb(object.body) as ReadableStream, {
    headers: { "Content-Type": mime, "Content-Length": String(object.bytes), "Content-Disposition": disposition, "Cache-Control": "private, max-age=3600" },
  });
}
