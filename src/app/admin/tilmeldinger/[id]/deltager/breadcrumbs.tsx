import { Breadcrumbs } from "@/components/breadcrumbs";

export function DirectionBreadcrumbs({ directionId, municipality, current }: { directionId: string; municipality: string; current: string }) {
  return (
    <Breadcrumbs trail={[{ href: "/admin/tilmeldinger", label: "Tilmeldinger" }, { href: `/admin/tilmeldinger/${directionId}`, label: municipality }]} current={current} />
  );
}
