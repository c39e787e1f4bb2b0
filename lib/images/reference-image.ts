import { createHash } from "node:crypto";
import sharp from "sharp";
import { ApiError } from "@/lib/api/errors";

/** Largest reference image accepted, in bytes. */
export const REFERENCE_IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** Largest reference image side, in pixels (a model sees far less; this stops decompression bombs). */
export const REFERENCE_IMAGE_MAX_SIDE = 4096;
export const REFERENCE_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type ReferenceImageType = (typeof REFERENCE_IMAGE_TYPES)[number];

/** A reference image that passed every check, ready to store with its task. */
export interface ReferenceImage {
  mediaType: ReferenceImageType;
  width: number;
  height: number;
  sizeBytes: number;
  sha256: string;
  bytes: Buffer;
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The image type its first bytes say, whatever the file is called: PNG, JPEG or WebP, else null. */
export function sniffImageType(b: Uint8Array): ReferenceImageType | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Checks a reference image by its content: type sniffed from the bytes (never the name), at most
 * REFERENCE_IMAGE_MAX_BYTES, and a header that reads (sharp) with both sides at most REFERENCE_IMAGE_MAX_SIDE.
 * Each failure is its own ApiError saying what to send instead.
 */
export async function checkReferenceImage(bytes: Buffer): Promise<ReferenceImage> {
  if (bytes.length === 0) throw new ApiError("validation_error", "image: the file is empty; send a PNG, JPEG or WebP image.");
  if (bytes.length > REFERENCE_IMAGE_MAX_BYTES) throw new ApiError("payload_too_large", `image: ${mb(bytes.length)} is too big; send an image of at most ${mb(REFERENCE_IMAGE_MAX_BYTES)}.`);
  const mediaType = sniffImageType(bytes);
  if (!mediaType) throw new ApiError("unsupported_media_type", "image: the bytes are not a PNG, JPEG or WebP image (the file name does not count); convert it to one of those.");
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    // Reads the header only; nothing is decoded, so a huge image costs nothing here.
    meta = await sharp(bytes, { failOn: "error" }).metadata();
  } catch (err) {
    throw new ApiError("unsupported_media_type", `image: it starts like a ${mediaType} but cannot be read (${(err as Error).message}); send an uncorrupted file.`);
  }
  const { width = 0, height = 0 } = meta;
  if (!width || !height) throw new ApiError("unsupported_media_type", "image: its size in pixels cannot be read; send an uncorrupted file.");
  if (width > REFERENCE_IMAGE_MAX_SIDE || height > REFERENCE_IMAGE_MAX_SIDE) {
    throw new ApiError("image_too_large", `image: ${width} x ${height} pixels is too many; each side may be at most ${REFERENCE_IMAGE_MAX_SIDE} pixels, so scale it down.`);
  }
  return { mediaType, width, height, sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), bytes };
}
