import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db";
import { attachAssets } from "@/lib/tasks/attach-assets";
import { serializeTask } from "@/lib/tasks/serialize-task";
import { listTasksQuerySchema } from "@/lib/validations/tasks";

/** GET /api/v1/tasks: the caller's tasks, newest first. */
export const GET = withAuth(async ({ req, user }) => {
  const q = listTasksQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const where = { userId: user.id, ...(q.status ? { status: q.status } : {}) };
  const [items, total] = await Promise.all([
    // The id breaks ties between tasks made in the same millisecond, so pages never repeat or skip one.
    db.task.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: q.limit, skip: q.offset }),
    db.task.count({ where }),
  ]);
  return NextResponse.json({ items: (await attachAssets(items)).map(serializeTask), total, limit: q.limit, offset: q.offset });
});
