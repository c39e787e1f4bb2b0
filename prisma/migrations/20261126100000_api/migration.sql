-- GET /api/v1/assets?q=&tags= within one user's assets: pg_trgm indexes ILIKE '%q%', btree_gin lets user_id share
-- a GIN index with the tags or the text (both are trusted contrib extensions shipped with PostgreSQL).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- CreateTable
-- UNLOGGED: rate-limit counters are written on every API request and are worthless after a crash, so they skip the
-- WAL (no fsync per request); PostgreSQL empties the table after a crash, which only resets the windows.
CREATE UNLOGGED TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" DOUBLE PRECISION,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");

-- CreateIndex
CREATE INDEX "tasks_asset_id_idx" ON "tasks"("asset_id");

-- CreateIndex
CREATE INDEX "assets_user_id_quality_score_idx" ON "assets"("user_id", "quality_score");

-- CreateIndex
CREATE INDEX "assets_user_id_name_idx" ON "assets"("user_id", "name");

-- CreateIndex
CREATE INDEX "assets_user_id_tags_idx" ON "assets" USING GIN ("user_id" uuid_ops, "tags");

-- CreateIndex
CREATE INDEX "assets_user_id_name_trgm_idx" ON "assets" USING GIN ("user_id" uuid_ops, "name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "assets_user_id_prompt_trgm_idx" ON "assets" USING GIN ("user_id" uuid_ops, "prompt" gin_trgm_ops);
