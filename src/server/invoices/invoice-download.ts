import "server-only";
import { getCurrentUser, type CurrentUser } from "@/server/auth/session";
import { hasRole, isStaff } from "@/server/auth/actor";
import { DomainError, isDomainError } from "@/domain/errors";
import { loadInvoiceDocument, type LoadedInvoice } from "@/server/invoices/load-invoice-document";

/** Staff see every invoice; a director only those of the direction they own. */
export async function loadInvoiceForViewer({ user, invoiceId }: { user: CurrentUser | null; invoiceId: string }): Promise<LoadedInvoice> {
  if (!user) throw new DomainError("NOT_AUTHENTICATED");
  const loaded = await loadInvoiceDocument({ invoiceId });
  if (!loaded) throw new DomainError("NOT_FOUND");
  const allowed = isStaff(user) || (hasRole(user, "DIRECTOR") && loaded.invoice.direction.ownerUserId === user.id);
  if (!allowed) throw new DomainError("FORBIDDEN");
  return loaded;
}

const STATUS = { NOT_AUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

/**
 * The shared body of the download route handlers: authorise, render, and answer with an
 * attachment that no cache keeps (invoices carry personal and financial data).
 */
export async function invoiceDownloadResponse({
  invoiceId,
  render,
}: {
  invoiceId: string;
  render: (loaded: LoadedInvoice) => Promise<{ body: Uint8Array | string; contentType: string; filename: string }>;
}): Promise<Response> {
  try {
    const loaded = await loadInvoiceForViewer({ user: await getCurrentUser(), invoiceId });
    const { body, contentType, filename } = await render(loaded);
    return new Response(body as BodyInit, {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.code in STATUS) {
      const status = STATUS[error.code as keyof typeof STATUS];
      return new Response(error.danishMessage, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
