import Link from "next/link";
import { SignOutButton } from "@/components/sign-out-button";

const LINKS = [
  { href: "/admin", label: "Overblik" },
  { href: "/admin/hold", label: "Hold" },
  { href: "/admin/tilmeldinger", label: "Tilmeldinger" },
  { href: "/admin/fakturaer", label: "Fakturaer" },
  { href: "/admin/kommunikation", label: "Kommunikation" },
  { href: "/admin/udbakke", label: "Udbakke" },
  { href: "/admin/kommuner", label: "Kommuner" },
  { href: "/admin/brugere", label: "Brugere" },
  { href: "/admin/persondata", label: "Persondata" },
  { href: "/admin/indstillinger", label: "Indstillinger" },
  { href: "/admin/log", label: "Log" },
];

export function AdminHeader({ email }: { email: string }) {
  return (
    <header className="site-header admin-header">
      <div className="container">
        <Link href="/admin" className="brand">
          <strong>Kommunestyret 2030</strong>
          <span>Administration · Komponent</span>
        </Link>
        <div className="admin-user">
          <span className="small muted">{email}</span>
          <SignOutButton />
        </div>
      </div>
      <div className="container">
        <nav className="site-nav admin-nav" aria-label="Administration">
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
