import "server-only";
import { randomBytes } from "node:crypto";

/**
 * An id for a row written with raw SQL, where Prisma's client-side `@default(cuid())` does not
 * run: cuid-shaped ('c', the time in base 36, then 80 random bits), so it sorts and reads like
 * the others. Unguessable enough for the tokens that default to cuid() too.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`).toString(36).padStart(16, "0");
  return `c${time}${random}`;
}
