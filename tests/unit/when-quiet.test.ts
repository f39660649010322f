import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noteCommit, whenQuiet } from "@/server/jobs/when-quiet";
import { quietTime } from "@/process-state";

describe("work deferred until commits pause", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-11-27T12:00:00Z") });
    Object.assign(quietTime(), { lastCommitAt: 0, pending: new Map() });
  });
  afterEach(() => vi.useRealTimers());

  it("runs at once when nothing has been committed lately", async () => {
    const task = vi.fn(async () => {});
    whenQuiet("outbox", task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("waits until commits have paused for half a second, and runs once for several requests", async () => {
    const first = vi.fn(async () => {});
    const latest = vi.fn(async () => {});
    noteCommit();
    whenQuiet("outbox", first);
    await vi.advanceTimersByTimeAsync(400);
    noteCommit();
    whenQuiet("outbox", latest);
    await vi.advanceTimersByTimeAsync(400);
    expect(latest).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(latest).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it("keeps names apart", async () => {
    const mail = vi.fn(async () => {});
    const invoices = vi.fn(async () => {});
    noteCommit();
    whenQuiet("outbox", mail);
    whenQuiet("invoice transmission", invoices);
    await vi.advanceTimersByTimeAsync(600);
    expect(mail).toHaveBeenCalledTimes(1);
    expect(invoices).toHaveBeenCalledTimes(1);
  });

  it("runs within ten seconds even if commits never pause", async () => {
    const task = vi.fn(async () => {});
    noteCommit();
    whenQuiet("outbox", task);
    for (let elapsed = 0; elapsed < 9_900; elapsed += 100) {
      await vi.advanceTimersByTimeAsync(100);
      noteCommit();
    }
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
