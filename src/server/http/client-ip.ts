import "server-only";
import { env } from "@/env";

/**
 * The client's address for rate limits. Without TRUST_PROXY the proxy (src/proxy.ts) drops any
 * X-Forwarded-For a client sent, so the header holds only what Next itself wrote there: the TCP
 * peer. With TRUST_PROXY=n, each of the n proxies appended the address it was reached from, so
 * the client is the n-th entry from the right; entries further left are the client's own claims.
 */
export function clientIp(headers: Headers, trustedHops: number = env.TRUST_PROXY): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  return chain[Math.max(0, chain.length - Math.max(1, trustedHops))]!;
}
