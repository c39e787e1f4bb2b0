import { NextResponse } from "next/server";
import { z } from "zod";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db";
import { serializeTask, taskInclude } from "@/lib/tasks/serialize-task";

const querySchema = z.object({
  status: z.enum(["queued", "running", "completed", "failed", "canceled"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/** GET /api/v1/tasks: the caller's tasks, newest first. */
export const GET = withAuth(async ({ req, user }) => {
  const q = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const where = { userId: user.id, ...(q.status ? { status: q.status } : {}) };
  const [items, total] = await Promise.all([
    db.task.findMany({ where, include: taskInclude, orderBy: { createdAt: "desc" }, take: q.limit, skip: q.offset }),
    db.task.count({ where }),
  ]);
  return NextResponse.json({ items: items.map(serializeTask), total, limit: q.limit, offset: q.offset });
});
