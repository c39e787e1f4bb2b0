import { db } from "@/lib/db";
import { readPreferences, type MeResponse, type UpdateMeInput } from "@/lib/validations/me";

/** Renames the user and/or merges preferences into the stored ones (in one transaction, so two tabs cannot lose a field). */
export async function updateMe({ userId, input }: { userId: string; input: UpdateMeInput }): Promise<MeResponse> {
  return db.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { preferences: true } });
    const preferences = input.preferences ? { ...readPreferences(current.preferences), ...stripUndefined(input.preferences) } : undefined;
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        ...(input.name !== undefined ? { name: input.name ? input.name : null } : {}),
        ...(preferences ? { preferences } : {}),
      },
      select: { id: true, email: true, name: true, preferences: true },
    });
    return { id: user.id, email: user.email, name: user.name, preferences: readPreferences(user.preferences) };
  });
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
