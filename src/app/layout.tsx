import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kommunestyret 2030", template: "%s · Kommunestyret 2030" },
  description:
    "Udviklingsforløb for kommunale direktioner om fremtidens kommunestyre. Arrangeret af Komponent, KL og chefforeningerne.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f6c" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce is per request (src/proxy.ts), so no page may be prerendered with stale inline scripts.
  await connection();
  return (
    <html lang="da">
      <body>
        <a className="skip-link" href="#indhold">
          Gå til indhold
        </a>
        {children}
      </body>
    </html>
  );
}
