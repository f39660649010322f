/**
 * The path (with query and fragment) that `value` points to when, resolved against `origin`,
 * it stays on that very origin; null for anything else: another host, a protocol-relative
 * `//host`, `http://our-host@evil.example`, a backslash trick or an unparsable URL. Origins are
 * compared parsed, never as string prefixes.
 */
export function sameOriginPath(value: string, origin: string): string | null {
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return null;
  }
  if (target.origin !== base.origin || target.username !== "" || target.password !== "") return null;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** Where the passkey step returns to: a page on our own site other than the sign-in pages; the staff dashboard otherwise. */
export function secondFactorReturnPath(value: string | null | undefined, origin: string): string {
  const path = value ? sameOriginPath(value, origin) : null;
  return path && !path.startsWith("/log-ind") && !path.startsWith("/api/") ? path : "/admin";
}
