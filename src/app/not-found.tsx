import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Siden findes ikke" };
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="indhold" className="container">
        <h1>Siden findes ikke</h1>
        <p className="lead">Vi kan ikke finde den side, du leder efter. Måske er linket forældet.</p>
        <p>
          <Link className="button" href="/">
            Til forsiden
          </Link>{" "}
          <Link className="button secondary" href="/hold">
            Se holdene
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
