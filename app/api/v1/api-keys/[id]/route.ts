import { ApiError } from "@/lib/api/errors";
import { withAuth } from "@/lib/api/with-auth";
import { revokeApiKey } from "@/lib/auth/api-keys";
import { UUID } from "@/lib/tasks/get-task-or-throw";

/** DELETE /api/v1/api-keys/{id}: revokes the key at once; 204. */
export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  const revoked = UUID.test(params.id) && (await revokeApiKey({ userId: user.id, keyId: params.id }));
  if (!revoked) throw new ApiError("not_found", `API key ${params.id} not found.`);
  return new Response(null, { status: 204 });
});
