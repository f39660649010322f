import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export default function RegistrationLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <div id="indhold" tabIndex={-1}>
        {children}
      </div>
      <SiteFooter />
    </>
  );
}
