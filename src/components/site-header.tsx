
const LINKS = [
  { href: "/", label: "Forløbet" },
  { href: "/hold", label: "Hold og datoer" },
  { href: "/min-tilmelding", label: "Min tilmelding" },
];

export function SiteHeader({ current }: { current?: string }) {
  return (
    <header className="site-header">
      <div className="container">
        <a href="/" className="brand">
          <strong>Kommunestyret 2030</strong>
          <span>Udviklingsforløb for kommunale direktioner</span>
        </a>
        <nav className="site-nav" aria-label="Hovedmenu">
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={current === link.href ? "page" : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
