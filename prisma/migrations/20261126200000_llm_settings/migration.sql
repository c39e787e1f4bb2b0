-- CreateTable
CREATE TABLE "user_llm_settings" (
    "user_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "base_url" TEXT,
    "model" TEXT,
    "planner_model" TEXT,
    "coder_model" TEXT,
    "critic_model" TEXT,
    "vision" BOOLEAN NOT NULL DEFAULT false,
    "structured_output" BOOLEAN NOT NULL DEFAULT true,
    "api_key_encrypted" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_llm_settings_pkey" PRIMARY KEY ("user_id")
);

-- AddForeignKey
ALTER TABLE "user_llm_settings" ADD CONSTRAINT "user_llm_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
