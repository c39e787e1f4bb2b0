import { z } from "zod";
import { emailSchema } from "@/lib/validations/auth";

const keyNameSchema = z.string().trim().min(1, "name must not be empty").max(100, "name must be at most 100 characters");

/** Body of POST /api/v1/api-keys. */
export const createApiKeySchema = z.object({
  name: keyNameSchema.describe("A label to tell keys apart, e.g. \"CI\" or \"laptop\"."),
});

/** Body of POST /api/v1/auth/token: email and password in exchange for a new API key. */
export const tokenSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "password is required" }).min(1, "Enter your password").max(200),
  name: keyNameSchema.optional().describe("Label of the new key; defaults to \"token <date>\"."),
});
