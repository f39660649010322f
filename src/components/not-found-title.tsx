"use client";

import { useEffect } from "react";

/**
 * notFound() on a page with its own static title: the client renders the not-found content but
 * keeps the page's title (the server-rendered 404 already has the right one). Put it right.
 */
export function NotFoundTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  });
  return null;
}
