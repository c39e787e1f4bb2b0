import { z } from "zod";
import { taskStatusSchema } from "@/lib/validations/responses";

/** Query of GET /api/v1/tasks. */
export const listTasksQuerySchema = z.object({
  status: taskStatusSchema.optional().describe("Only tasks with this status."),
  limit: z.coerce.number().int().min(1, "limit must be 1-100").max(100, "limit must be 1-100").default(20),
  offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0),
});
