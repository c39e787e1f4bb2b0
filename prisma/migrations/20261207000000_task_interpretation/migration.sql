-- What the built-in modeler read in a task's prompt or feedback (see Task.interpretation in schema.prisma).
ALTER TABLE "tasks" ADD COLUMN "interpretation" JSONB;
