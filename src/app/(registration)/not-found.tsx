import type { Metadata } from "next";
import { NOT_FOUND_METADATA, NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = NOT_FOUND_METADATA;

// notFound() in this area: its layout already draws the header and footer.
export default function AreaNotFound() {
  return <NotFoundContent />;
}
