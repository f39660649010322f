import { SiteLayout } from "@/components/site-layout";

export default function RegistrationLayout({ children }: { children: React.ReactNode }) {
  return <SiteLayout>{children}</SiteLayout>;
}
