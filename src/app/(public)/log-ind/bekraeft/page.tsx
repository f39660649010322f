import type { Metadata } from "next";
import { env } from "@/env";
import { sameOriginPath } from "@/lib/same-origin";

export const metadata: Metadata = { title: "Bekræft login", robots: { index: false } };

// The e-mailed link lands here instead of on the callback: link scanners (Microsoft
// Safe Links) fetch the page but never press the button, so the token stays unused. The
// callback itself sends every request that did not come from this page's button back here
// (src/server/auth/email-callback-guard.ts), so the address is always shown before sign-in.
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> }) {
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <main id="main" className="container" style={{ maxWidth: "40rem" }}>
        <h1>Linket er ufuldstændigt</h1>
        <p>Kopiér hele linket fra e-mailen, eller bed om et nyt login-link.</p>
      </main>
    );
  }
  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      <h1>Bekræft login</h1>
      <p className="lead">
        Du er ved at logge ind som <strong>{email}</strong>.
      </p>
      <p>Er det ikke din e-mailadresse, så luk siden: så har en anden sendt dig sit eget login-link.</p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={(callbackUrl && sameOriginPath(callbackUrl, env.NEXTAUTH_URL)) || "/min-tilmelding"} />
        <button className="button" type="submit">
          Log ind
        </button>
      </form>
    </main>
  );
}
