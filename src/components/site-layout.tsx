import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/** The public site's frame: header, the content the skip link jumps to (#indhold), footer. */
export function SiteLayout({ children }: { children: React.ReactNode }) {
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
