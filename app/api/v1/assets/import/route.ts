import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { withRateLimit } from "@/lib/api/with-rate-limit";
import { uploadPrefix } from "@/lib/imports/formats";
import { receiveUpload } from "@/lib/imports/receive-upload";
import { storage } from "@/lib/storage/storage";
import { enqueueImportTask } from "@/lib/tasks/enqueue-import-task";
import { serializeTask } from "@/lib/tasks/serialize-task";
import { importFieldsSchema } from "@/lib/validations/imports";

/** The file's name without folders or extension, for an asset the caller did not name. */
function baseName(filename: string): string {
  const base = filename.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, "").trim();
  return (base || "Imported model").slice(0, 120);
}

/** POST /api/v1/assets/import: stream a model file to storage and queue its conversion; 202 with the task. */
export const POST = withAuth(
  withRateLimit("generate", async ({ req, user }) => {
    const taskId = randomUUID();
    const upload = await receiveUpload({ req, taskId });
    try {
      const fields = importFieldsSchema.parse(upload.fields);
      const name = fields.name ?? baseName(upload.filename);
      const file = { key: upload.key, format: upload.format, entry: upload.entry, model: upload.model, filename: upload.filename, bytes: upload.bytes, normalize: fields.normalize };
      const task = await enqueueImportTask({ taskId, userId: user.id, file, name, tags: fields.tags });
      return NextResponse.json(serializeTask({ ...task, asset: null }), { status: 202, headers: { Location: `/api/v1/generate/${task.id}` } });
    } catch (err) {
      await storage().deletePrefix(uploadPrefix({ taskId })).catch(() => {});
      throw err;
    }
  }),
);
