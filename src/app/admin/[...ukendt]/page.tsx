import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";

// An unknown address under /admin: staff get the Danish 404 inside the admin header (the root
// 404 would show the public one); anyone else is sent to sign in, so nothing is revealed.
export default async function UnknownAdminPage() {
  await requirePageRole("/admin", "STAFF");
  notFound();
}
