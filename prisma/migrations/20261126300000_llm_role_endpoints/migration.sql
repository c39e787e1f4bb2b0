-- AlterTable
-- Per-role endpoints: { "<role>": { "provider", "baseUrl", "apiKeyEncrypted" } }; a role without one uses the main connection.
ALTER TABLE "user_llm_settings" ADD COLUMN "role_endpoints" JSONB NOT NULL DEFAULT '{}';
