import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { resetPasskeysAction } from "@/app/admin/brugere/actions";
import { ConfirmButtons } from "@/components/form/confirm-buttons";

export const metadata: Metadata = { title: "Nulstil adgangsnøgle" };

export default async function ResetPasskeysPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const me = await requirePageRole(`/admin/brugere/${id}/adgangsnoegle`, "STAFF");
  const user = await db.user.findFirst({ where: { id, role: "STAFF" }, include: { _count: { select: { passkeys: true, sessions: true } } } });
  if (!user) notFound();
  return (
    <main id="main" className="container narrow">
      <h1>Nulstil {user.email}s adgangsnøgle?</h1>
      <Flash params={singleParams(await searchParams)} />
      {user.id === me.id ? (
        <p>Du kan ikke nulstille dine egne adgangsnøgler. Bed en kollega om at gøre det.</p>
      ) : (
        <div className="card confirm-card">
          <h2>Det sker</h2>
          <ul>
            <li>
              Medarbejderens {user._count.passkeys === 1 ? "adgangsnøgle" : `${user._count.passkeys} adgangsnøgler`} og alle
              gendannelseskoder slettes.
            </li>
            <li>{user._count.sessions > 0 ? "Medarbejderen logges ud med det samme." : "Medarbejderen er ikke logget ind lige nu."}</li>
            <li>Ved næste login med e-maillinket opretter medarbejderen en ny adgangsnøgle og får nye gendannelseskoder.</li>
            <li>Nulstillingen skrives i loggen med dit navn.</li>
          </ul>
          <p>Gør det kun, når du er sikker på, at det er medarbejderen selv, der har mistet sin adgangsnøgle – fx efter en opringning.</p>
          <form action={resetPasskeysAction} className="form-actions">
            <input type="hidden" name="userId" value={id} />
            <ConfirmButtons label="Nulstil adgangsnøgle" cancelHref="/admin/brugere" />
          </form>
        </div>
      )}
    </main>
  );
}
