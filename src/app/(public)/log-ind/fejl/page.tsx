import type { Metadata } from "next";

export const metadata: Metadata = { title: "Login mislykkedes" };

export default function SignInErrorPage() {
  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      <h1>Linket virker ikke længere</h1>
      <p className="lead">Login-linket er udløbet eller allerede brugt. Af sikkerhedshensyn virker hvert link kun én gang og i 20 minutter.</p>
      <p>
        <a className="button" href="/log-ind">
          Få et nyt link
        </a>
      </p>
    </main>
  );
}
