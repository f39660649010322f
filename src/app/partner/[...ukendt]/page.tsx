import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";

// An unknown address under /partner: partners and staff get the Danish 404 inside the partner header (the root
// 404 would show the public one); anyone else is sent to sign in, so nothing is revealed.
export default async function UnknownPartnerPage() {
  await requirePageRole("/partner", "PARTNER", "STAFF");
  notFound();
}
