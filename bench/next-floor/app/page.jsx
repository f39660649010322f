import { connection } from "next/server";

// About the size of the app's cohort page: a heading, a few paragraphs and a short list.
const PARAGRAPHS = Array.from({ length: 12 }, (_, i) => `Afsnit ${i + 1}: tekst uden data, som Next gengiver ved hver forespørgsel.`);

export default async function Page() {
  // Rendered per request, like a page with a query string or a signed-in visitor.
  await connection();
  return (
    <main>
      <h1>Next uden app</h1>
      {PARAGRAPHS.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <ul>
        {PARAGRAPHS.slice(0, 6).map((text) => (
          <li key={text}>{text.slice(0, 20)}</li>
        ))}
      </ul>
    </main>
  );
}
