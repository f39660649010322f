
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container grid">
        <section aria-labelledby="footer-organisers">
          <h2 id="footer-organisers">Arrangører</h2>
          <ul>
            <li>Komponent – Kommunernes Udviklingscenter</li>
            <li>KL</li>
            <li>Kommunaldirektørforeningen i Danmark</li>
            <li>Børne- og Kulturchefforeningen</li>
            <li>Foreningen af Socialchefer</li>
            <li>Kommunalteknisk Chefforening</li>
          </ul>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">Kontakt</h2>
          <ul>
            <li>
              <a href="mailto:kommunestyret2030@komponent.dk">kommunestyret2030@komponent.dk</a>
            </li>
            <li>Telefon 33 70 35 00 (hverdage 9–15)</li>
          </ul>
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">Om siden</h2>
          <ul>
            <li>
              <a href="/privatliv">Privatlivspolitik</a>
            </li>
            <li>
              <a href="/tilgaengelighed">Tilgængelighedserklæring</a>
            </li>
            <li>
              <a href="/log-ind">Log ind</a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
