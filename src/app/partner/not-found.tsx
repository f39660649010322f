import type { Metadata } from "next";
import { NOT_FOUND_METADATA, NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = NOT_FOUND_METADATA;

// notFound() in the partner area: inside the partner header.
export default function PartnerNotFound() {
  return <NotFoundContent homeHref="/partner" homeLabel="Til overblikket" />;
}
