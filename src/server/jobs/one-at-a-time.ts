import "server-only";
import { runningWork } from "@/process-state";

/**
 * Runs `task` unless work of the same name is already under way in this process; then returns at
 * once, since the round under way does what this one would. Across instances the work is safe to
 * overlap (src/process-state.ts, runningWork).
 */
export async function oneAtATime(name: string, task: () => Promise<unknown>): Promise<void> {
  const running = runningWork();
  if (running.has(name)) return;
  running.add(name);
  try {
    await task();
  } finally {
    running.delete(name);
  }
}
