import { listenToChannel } from "@/lib/listen-channel";
import { TASK_CHANNEL } from "@/lib/tasks/enqueue-task";

/**
 * Calls `onWake` on each task NOTIFY, and once after each (re)connect: a task queued while the connection was down
 * sent its NOTIFY to nobody.
 */
export function listenForTasks({ databaseUrl, onWake, log }: { databaseUrl: string; onWake: () => void; log: (m: string) => void }) {
  return listenToChannel({ databaseUrl, channel: TASK_CHANNEL, onNotify: onWake, onConnect: onWake, log });
}
