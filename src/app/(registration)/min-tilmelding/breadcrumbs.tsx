import { Breadcrumbs } from "@/components/breadcrumbs";

export function SelfServiceBreadcrumbs({ current }: { current: string }) {
  return (
    <Breadcrumbs trail={[{ href: "/min-tilmelding", label: "Min tilmelding" }]} current={current} />
  );
}
