import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { listInvoicesForExport, type ExportedInvoice } from "@/server/invoices/list-invoices-for-export";
import { formatAmount, formatDateShort } from "@/lib/format";
import { csvResponseHeaders, toCsv, type CsvColumn } from "@/lib/csv";
import { INVOICE_KIND_LABELS, INVOICE_STATUS_LABELS } from "@/components/admin/labels";

const STATUSES = ["ISSUED", "SENT", "PAID", "CREDITED"] as const;

const COLUMNS: CsvColumn<ExportedInvoice>[] = [
  { header: "Nummer", value: (i) => i.displayNumber },
  { header: "Type", value: (i) => INVOICE_KIND_LABELS[i.kind] },
  { header: "Dato", value: (i) => formatDateShort(i.issueDate) },
  { header: "Forfald", value: (i) => (i.kind === "INVOICE" ? formatDateShort(i.dueDate) : "") },
  { header: "Køber", value: (i) => i.buyerName },
  { header: "EAN", value: (i) => i.buyerEan },
  { header: "CVR", value: (i) => i.buyerCvr },
  { header: "Ordrenr.", value: (i) => i.buyerOrderNumber },
  // Positive for both kinds (the Type column tells them apart): a leading minus would be
  // neutralised as a formula by the CSV writer. No thousands separator, so Excel reads a number.
  { header: "Netto", value: (i) => formatAmount(i.netOre).replaceAll(".", "") },
  { header: "Moms", value: (i) => formatAmount(i.vatOre).replaceAll(".", "") },
  { header: "Brutto", value: (i) => formatAmount(i.grossOre).replaceAll(".", "") },
  { header: "Status", value: (i) => INVOICE_STATUS_LABELS[i.status] },
];

/** The invoice list as CSV for the bookkeeper (Excel-da: semicolons, BOM, "74500,00"). */
export async function GET(request: Request) {
  const { denied } = await requireStaffRoute();
  if (denied) return denied;
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const invoices = await listInvoicesForExport({
    filter: {
      status: STATUSES.find((s) => s === status),
      cohortId: url.searchParams.get("hold") || undefined,
      overdue: url.searchParams.get("forfaldne") === "ja",
      transmissionFailed: url.searchParams.get("afsendelse") === "fejlet",
    },
  });
  return new Response(toCsv(COLUMNS, invoices), { headers: csvResponseHeaders("fakturaer.csv") });
}
