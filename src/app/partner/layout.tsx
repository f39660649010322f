import Link from "next/link";
import { SignOutButton } from "@/components/sign-out-button";
import { getCurrentUser } from "@/server/auth/session";
import { resolvePartnerScope } from "@/server/attendance/partner-scope";
import { isDomainError } from "@/domain/errors";

// Read-only area: no server actions live under src/app/partner (sign-out posts to the
// public tree's action). Every page and the export check access themselves; the layout
// only shows whose area it is.
async function associationName(): Promise<string | null> {
  try {
    return (await resolvePartnerScope(await getCurrentUser())).associationName;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const name = await associationName();
  return (
    <>
      <header className="site-header partner-header">
        <div className="container">
          <Link href="/partner" className="brand">
            <strong>Kommunestyret 2030</strong>
            <span>Partnerområde{name ? ` · ${name}` : ""}</span>
          </Link>
          <nav className="site-nav" aria-label="Partnermenu">
            <ul>
              <li>
                <Link href="/partner">Overblik</Link>
              </li>
              <li>
                <Link href="/partner/deltagere">Deltagere</Link>
              </li>
              <li>
                {/* A plain link: the export is a file download, not a page to prefetch. */}
                <a href="/partner/eksport" download>
                  Eksport (CSV)
                </a>
              </li>
            </ul>
          </nav>
          {name && <SignOutButton />}
        </div>
      </header>
      <div id="indhold" tabIndex={-1}>
        {children}
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>
            Partnerområdet viser kun, hvem der deltager, og hvor de kommer fra – aldrig kontaktoplysninger, kost- eller
            tilgængelighedsbehov eller fakturaer. Spørgsmål: <a href="mailto:kommunestyret2030@komponent.dk">kommunestyret2030@komponent.dk</a>
          </p>
          <p>
            <Link href="/privatliv">Privatlivspolitik</Link> · <Link href="/tilgaengelighed">Tilgængelighedserklæring</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
