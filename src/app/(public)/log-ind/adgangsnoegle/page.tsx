import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { env } from "@/env";
import { needsSecondFactor } from "@/domain/second-factor";
import { secondFactorReturnPath } from "@/lib/same-origin";
import { getSecondFactorSession } from "@/server/auth/session";
import { getSecondFactorStatus } from "@/server/auth/passkeys/get-second-factor-status";
import { SignOutButton } from "@/components/sign-out-button";
import { PasskeyStep } from "./passkey-step";
import { RecoveryCodeForm } from "./recovery-code-form";

export const metadata: Metadata = { title: "Adgangsnøgle", robots: { index: false } };

// Staff reach this page after the e-mail link: nothing in /admin answers a staff session until
// it has passed this step (src/server/auth/session.ts).
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ tilbage?: string }> }) {
  const { tilbage } = await searchParams;
  const back = secondFactorReturnPath(tilbage, env.NEXTAUTH_URL);
  const session = await getSecondFactorSession();
  if (!session) redirect(`/log-ind?tilbage=${encodeURIComponent(back)}`);
  if (!needsSecondFactor(session.user.role) || session.verified) redirect(back);
  const { hasPasskey, recoveryCodesLeft } = await getSecondFactorStatus({ userId: session.user.id });

  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      {hasPasskey ? (
        <>
          <h1>Bekræft med din adgangsnøgle</h1>
          <p className="lead">
            Du er logget ind som <strong>{session.user.email}</strong>. Som medarbejder i Komponent bekræfter du også med din
            adgangsnøgle, fx fingeraftryk, ansigtsgenkendelse eller en sikkerhedsnøgle.
          </p>
          <PasskeyStep mode="sign-in" back={back} />
          <section aria-labelledby="recovery-heading">
            <h2 id="recovery-heading">Har du mistet din adgangsnøgle?</h2>
            <p>
              Brug en af dine gendannelseskoder. Hver kode virker én gang; du har {recoveryCodesLeft} tilbage. Har du ingen, så bed
              en kollega nulstille din adgangsnøgle under Brugere.
            </p>
            <RecoveryCodeForm back={back} />
          </section>
        </>
      ) : (
        <>
          <h1>Opret din adgangsnøgle</h1>
          <p className="lead">
            Du er logget ind som <strong>{session.user.email}</strong>. Medarbejdere i Komponent kan udstede kreditnotaer, slette
            persondata og flytte tilmeldinger, så ud over login-linket bekræfter du med en adgangsnøgle: fingeraftryk,
            ansigtsgenkendelse, din computers pinkode eller en sikkerhedsnøgle.
          </p>
          <p>Du opretter den én gang nu og bruger den fremover, hver gang du logger ind.</p>
          <PasskeyStep mode="register" back={back} />
        </>
      )}
      <p className="small muted">Er det ikke dig, eller vil du stoppe her?</p>
      <SignOutButton />
    </main>
  );
}
