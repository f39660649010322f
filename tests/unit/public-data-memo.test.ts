import { afterEach, describe, expect, it, vi } from "vitest";
import { publicPagesChanged } from "@/http/public-page-cache";
import { publicDataMemo } from "@/server/public-data-memo";

function counting() {
  const reads: string[] = [];
  const memo = publicDataMemo(async (key: string) => {
    reads.push(key);
    return { key, read: reads.length };
  });
  return { reads, memo };
}

afterEach(() => {
  vi.useRealTimers();
  delete process.env.PUBLIC_PAGE_CACHE_MS;
});

describe("public data memo", () => {
  it("gives a crowd of concurrent callers one read, per key", async () => {
    const { reads, memo } = counting();
    const answers = await Promise.all([memo("hold-1"), memo("hold-1"), memo("hold-2"), memo("hold-1")]);
    expect(reads).toEqual(["hold-1", "hold-2"]);
    expect(answers.map((a) => a.key)).toEqual(["hold-1", "hold-1", "hold-2", "hold-1"]);
    expect(answers[0]).toBe(answers[3]);
  });

  it("reads again after a write commits in this process", async () => {
    const { reads, memo } = counting();
    const before = await memo("hold-1");
    publicPagesChanged();
    const after = await memo("hold-1");
    expect(reads).toEqual(["hold-1", "hold-1"]);
    expect(after.read).toBe(before.read + 1);
  });

  it("reads again once PUBLIC_PAGE_CACHE_MS has passed, for another instance's writes", async () => {
    vi.useFakeTimers();
    process.env.PUBLIC_PAGE_CACHE_MS = "1000";
    const { reads, memo } = counting();
    await memo("hold-1");
    vi.advanceTimersByTime(1000);
    await memo("hold-1");
    expect(reads).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await memo("hold-1");
    expect(reads).toHaveLength(2);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const memo = publicDataMemo(async (key: string) => {
      if (fail) throw new Error("database down");
      return key;
    });
    await expect(memo("hold-1")).rejects.toThrow("database down");
    fail = false;
    await expect(memo("hold-1")).resolves.toBe("hold-1");
  });
});
