-- Import of uploaded models (issue 15): a task kind, the uploaded file on the task, and where a version comes from.
ALTER TYPE "TaskType" ADD VALUE 'import';
ALTER TABLE "tasks" ADD COLUMN "import_file" JSONB;
ALTER TABLE "asset_versions" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'generate';
