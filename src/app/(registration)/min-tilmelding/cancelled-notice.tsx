import Link from "next/link";
import { SelfServiceBreadcrumbs } from "./breadcrumbs";

/** What a change page shows for a cancelled registration: nothing can be changed, and the way back. */
export function CancelledNotice({ title, subject }: { title: string; subject: string }) {
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current={title} />
      <h1>{title}</h1>
      <p className="lead">{subject}</p>
      <div className="notice info">
        <p>Tilmeldingen er annulleret, så den kan ikke længere ændres. Har I spørgsmål, så kontakt Komponent.</p>
      </div>
      <p>
        <Link href="/min-tilmelding">Tilbage til Min tilmelding</Link>
      </p>
    </main>
  );
}
