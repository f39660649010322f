import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { ROLE_LABELS } from "@/components/admin/labels";
import { disableUserAction } from "@/app/admin/brugere/actions";
import { ConfirmButtons } from "@/components/form/confirm-buttons";

export const metadata: Metadata = { title: "Fjern adgang" };

export default async function DisableUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(`/admin/brugere/${id}/fjern`, "STAFF");
  const user = await db.user.findUnique({ where: { id }, include: { _count: { select: { sessions: true } } } });
  if (!user) notFound();
  return (
    <main id="main" className="container narrow">
      <h1>Fjern {user.email}s adgang?</h1>
      <div className="card confirm-card">
        <h2>Det sker</h2>
        <ul>
          <li>
            Brugeren ({ROLE_LABELS[user.role]}) kan ikke længere logge ind.
          </li>
          <li>{user._count.sessions > 0 ? `Brugerens ${user._count.sessions} aktive sessioner afsluttes med det samme.` : "Brugeren er ikke logget ind lige nu."}</li>
          <li>Der sendes ingen mail. Adgangen kan gives igen ved at invitere brugeren på ny.</li>
        </ul>
        <form action={disableUserAction} className="form-actions">
          <input type="hidden" name="userId" value={id} />
          <ConfirmButtons label="Fjern adgang" cancelHref="/admin/brugere" />
        </form>
      </div>
    </main>
  );
}
