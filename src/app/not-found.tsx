import type { Metadata } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { NOT_FOUND_METADATA, NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = NOT_FOUND_METADATA;

// Unknown URLs, and notFound() in an area without a not-found page of its own: the root layout
// has no header or footer, so this page brings them (the areas' not-found pages must not).
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <div id="indhold" tabIndex={-1}>
        <NotFoundContent />
      </div>
      <SiteFooter />
    </>
  );
}
