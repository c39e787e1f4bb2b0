import { db } from "@/lib/db";
import type { Interpretation } from "@/lib/validations/plan";
import type { OriginalInput } from "@/worker/blender/types";
import { TaskLostError } from "@/worker/pipeline/errors";

/** A type, not an interface, so it is assignable to Prisma's JSON input as it is. */
export type StageEntry = {
  name: string;
  started_at: string;
  ms: number;
};

/** One claimed task as the pipeline sees it: its abort signal, and stage/progress writes guarded by ownership. */
export class TaskContext {
  readonly stages: StageEntry[] = [];
  /**
   * Set when the task's scene is rebuilt from an uploaded model (an import, or a refinement of one): every Blender
   * run gets `input` for import_original(), and every stored version keeps `keep` as its `original` file.
   */
  original?: { input: OriginalInput; keep: { path: string; file: string } };
  private current: { name: string; started: number; at: Date } | null = null;

  constructor(
    readonly taskId: string,
    readonly workerId: string,
    readonly controller: AbortController,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Throws TaskLostError if the task was canceled, taken over, or the worker is shutting down. */
  checkAlive() {
    if (this.signal.aborted) throw new TaskLostError((this.signal.reason as TaskLostError["reason"]) ?? "canceled");
  }

  /** Closes the current stage, opens `name`, and records stage and progress (and any `also` fields) on the task row. */
  async stage(name: string, progress: number, also: { interpretation?: Interpretation } = {}) {
    this.checkAlive();
    this.closeStage();
    this.current = { name, started: performance.now(), at: new Date() };
    const { count } = await db.task.updateMany({
      where: { id: this.taskId, status: "running", leaseOwner: this.workerId },
      data: { ...also, stage: name, progress, stageLog: this.stages },
    });
    if (count === 0) {
      // Not ours any more: say why (the user canceled it, or another worker took it back after a lapsed lease).
      const row = await db.task.findUnique({ where: { id: this.taskId }, select: { status: true } });
      this.controller.abort(!row || row.status === "canceled" ? "canceled" : "lease_lost");
      this.checkAlive();
    }
  }

  /** Records a stage measured elsewhere (e.g. Blender's export step) without changing the current one. */
  addMeasuredStage(name: string, ms: number) {
    this.stages.push({ name, started_at: new Date().toISOString(), ms: Math.round(ms) });
  }

  closeStage() {
    if (!this.current) return;
    this.stages.push({ name: this.current.name, started_at: this.current.at.toISOString(), ms: Math.round(performance.now() - this.current.started) });
    this.current = null;
  }
}
