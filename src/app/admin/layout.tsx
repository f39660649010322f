import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { requirePageRole } from "@/server/auth/session";

export const metadata: Metadata = { title: { default: "Administration", template: "%s · Administration · Kommunestyret 2030" }, robots: { index: false } };

// Defence in depth only: every admin page and action checks the STAFF role itself, because a
// layout is not re-run on every navigation and server actions never pass through it.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageRole("/admin", "STAFF");
  return (
    <>
      <AdminHeader email={user.email} />
      <div id="indhold" tabIndex={-1} className="admin">
        {children}
      </div>
    </>
  );
}
