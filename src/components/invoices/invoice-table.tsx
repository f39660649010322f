import type { ReactNode } from "react";
import type { InvoiceKind, InvoiceStatus } from "@/generated/prisma/client";
import { RESPONSE_STATUS_LABELS, type ResponseStatus } from "@/domain/invoice-response";
import { formatDateShort, formatKroner } from "@/lib/format";
import { INVOICE_KIND_LABELS, INVOICE_STATUS_BADGE, INVOICE_STATUS_LABELS } from "@/components/admin/labels";
import { TransmissionState } from "@/components/admin/transmission-state";
import { ScrollTable, type Column, type TableSort } from "@/components/table/scroll-table";

type Transmission = { status: string; attempts: number; lastError: string | null; nextAttemptAt: Date };
type BuyerResponse = { status: ResponseStatus; reason: string | null; receivedAt?: Date };

export type InvoiceRow = {
  id: string;
  displayNumber: string;
  kind: InvoiceKind;
  issueDate: Date;
  dueDate: Date;
  grossOre: number;
  status: InvoiceStatus;
  transmissions?: readonly Transmission[];
  responses?: readonly BuyerResponse[];
};

type StaffOptions<T> = {
  audience: "staff";
  /** The buttons of a row (send, mark paid, credit). */
  actions: (invoice: T) => ReactNode;
  /** Adds a buyer column (the list of every direction's invoices). */
  buyer?: (invoice: T) => ReactNode;
  /** PDF and XML in a column of their own; without it the number links to the PDF. */
  documentsColumn?: boolean;
  sort?: TableSort;
  /** The row shown when there are no invoices. */
  empty?: string;
};

type Props<T> = { invoices: readonly T[]; label: string; caption?: string } & ({ audience: "director" } | StaffOptions<T>);

/**
 * Invoices and credit notes of one direction or of many. Staff see due dates, the state of sending
 * and the municipality's response, and act on each; the director sees credit notes as negative
 * amounts and downloads the PDF.
 */
export function InvoiceTable<T extends InvoiceRow>(props: Props<T>) {
  const { invoices, label, caption } = props;
  if (props.audience === "director") {
    return (
      <ScrollTable label={label} caption={caption} columns={["Nummer", "Type", "Dato", { label: "Beløb inkl. moms", numeric: true }, "PDF"]}>
        {invoices.map((invoice) => (
          <tr key={invoice.id}>
            <th scope="row">{invoice.displayNumber}</th>
            <td>{INVOICE_KIND_LABELS[invoice.kind]}</td>
            <td>{formatDateShort(invoice.issueDate)}</td>
            <td className="num">{formatKroner(invoice.kind === "CREDIT_NOTE" ? -invoice.grossOre : invoice.grossOre)}</td>
            <td>
              <a href={`/api/fakturaer/${invoice.id}/pdf`}>
                Hent {INVOICE_KIND_LABELS[invoice.kind].toLowerCase()} {invoice.displayNumber} (PDF)
              </a>
            </td>
          </tr>
        ))}
      </ScrollTable>
    );
  }
  const { actions, buyer, documentsColumn, sort, empty } = props;
  const columns: Column[] = [
    { label: "Nummer", sort: "nummer" },
    "Type",
    ...(buyer ? [{ label: "Køber", sort: "koeber" }] : []),
    { label: "Dato", sort: "dato" },
    { label: "Forfald", sort: "forfald" },
    { label: "Beløb inkl. moms", numeric: true, sort: "beloeb" },
    "Status",
    ...(documentsColumn ? ["Dokumenter"] : []),
    { label: "Handlinger", hidden: true },
  ];
  return (
    <ScrollTable label={label} caption={caption} columns={columns} sort={sort}>
      {invoices.map((invoice) => (
        <tr key={invoice.id}>
          <td>{documentsColumn ? invoice.displayNumber : <a href={`/api/fakturaer/${invoice.id}/pdf`}>{invoice.displayNumber}</a>}</td>
          <td>{INVOICE_KIND_LABELS[invoice.kind]}</td>
          {buyer && <td>{buyer(invoice)}</td>}
          <td>{formatDateShort(invoice.issueDate)}</td>
          <td>{invoice.kind === "INVOICE" ? formatDateShort(invoice.dueDate) : "–"}</td>
          <td className="num">{formatKroner(invoice.grossOre)}</td>
          <td>
            <InvoiceState invoice={invoice} />
          </td>
          {documentsColumn && (
            <td>
              <DocumentLinks invoice={invoice} />
            </td>
          )}
          <td>{actions(invoice)}</td>
        </tr>
      ))}
      {invoices.length === 0 && empty && (
        <tr>
          <td colSpan={columns.length}>{empty}</td>
        </tr>
      )}
    </ScrollTable>
  );
}

/** Status, the open transmission and the municipality's latest response (dated when it is known). */
function InvoiceState({ invoice }: { invoice: InvoiceRow }) {
  const response = invoice.responses?.[0];
  return (
    <>
      <span className={`badge ${INVOICE_STATUS_BADGE[invoice.status]}`}>{INVOICE_STATUS_LABELS[invoice.status]}</span>
      <TransmissionState transmission={invoice.transmissions?.[0]} />
      {response && (
        <span className="small">
          <br />
          Kommunens svar: {RESPONSE_STATUS_LABELS[response.status]}
          {response.receivedAt && ` ${formatDateShort(response.receivedAt)}`}
          {response.reason ? ` – »${response.reason}«` : ""}
        </span>
      )}
    </>
  );
}

function DocumentLinks({ invoice }: { invoice: InvoiceRow }) {
  return (
    <>
      <a href={`/api/fakturaer/${invoice.id}/pdf`}>
        PDF<span className="visually-hidden"> for {invoice.displayNumber}</span>
      </a>{" "}
      ·{" "}
      <a href={`/api/fakturaer/${invoice.id}/xml`}>
        XML<span className="visually-hidden"> for {invoice.displayNumber}</span>
      </a>
    </>
  );
}
