import "server-only";
import { isDomainError } from "@/domain/errors";
import { requireRole, type CurrentUser } from "@/server/auth/session";

/** For admin route handlers: the staff user, or the 401/403 response to return instead. */
export async function requireStaffRoute(): Promise<{ user: CurrentUser; denied?: undefined } | { user?: undefined; denied: Response }> {
  try {
    return { user: await requireRole("STAFF") };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const status = error.code === "NOT_AUTHENTICATED" ? 401 : 403;
    return { denied: new Response(error.danishMessage, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } }) };
  }
}
