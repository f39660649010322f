import "server-only";
import { db } from "@/server/db";

/** Staff and partner users (directors get access by registering and are not listed): active first, then by role and address, with how many passkeys each has. */
export async function listUsers() {
  return db.user.findMany({
    where: { role: { in: ["STAFF", "PARTNER"] } },
    include: { _count: { select: { passkeys: true } } },
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { role: "asc" }, { email: "asc" }],
  });
}
