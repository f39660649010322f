import "server-only";
import { publicCacheTtlMs, publicDataVersion } from "@/http/public-page-cache";

/**
 * Reuses a read of public data (what /hold shows) the way the public page cache reuses a
 * rendering: until a write commits in this process, or for at most PUBLIC_PAGE_CACHE_MS, which
 * bounds how stale another instance's write can leave it. Concurrent callers share one read,
 * and a failed read is not kept. Only for data that a locked re-check guards wherever it decides.
 */
export function publicDataMemo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const entries = new Map<K, { version: number; loadedAt: number; value: Promise<V> }>();
  return (key) => {
    const version = publicDataVersion();
    const entry = entries.get(key);
    if (entry && entry.version === version && Date.now() - entry.loadedAt <= publicCacheTtlMs()) return entry.value;
    // Anything older is useless now; without this the map would keep one entry per key forever.
    for (const [other, { version: seen }] of entries) if (seen !== version) entries.delete(other);
    const value = load(key);
    entries.set(key, { version, loadedAt: Date.now(), value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
