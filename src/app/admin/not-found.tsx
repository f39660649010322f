import type { Metadata } from "next";
import { NOT_FOUND_METADATA, NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = NOT_FOUND_METADATA;

// notFound() in the admin area (an id that does not exist): inside the admin header.
export default function AdminNotFound() {
  return <NotFoundContent homeHref="/admin" homeLabel="Til overblikket" />;
}
