import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listReceiverFormats } from "@/server/invoices/list-receiver-formats";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { formatDateShort } from "@/lib/format";
import { E_INVOICE_FORMATS, E_INVOICE_FORMAT_LABELS } from "@/lib/schemas/receiver-format";
import { removeEanFormatAction, setMunicipalityFormatAction } from "./actions";
import { EanFormatForm } from "./ean-format-form";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Modtageformater for e-fakturaer" };

const PAGE = "/admin/fakturaer/modtageformat";

export default async function ReceiverFormatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(PAGE, "STAFF");
  const params = singleParams(await searchParams);
  const { municipalities, eans } = await listReceiverFormats();
  const withDirections = municipalities.filter((m) => m.eans.length > 0);
  const others = municipalities.filter((m) => m.eans.length === 0);

  return (
    <main id="main" className="container wide">
      <p className="small">
        <Link href="/admin/fakturaer">← Fakturaer</Link>
      </p>
      <h1>Modtageformater for e-fakturaer</h1>
      <Flash params={params} />
      <p className="lead">
        Hvilket format hver kommunes EAN-numre modtager e-fakturaer i, som det står i NemHandel-registret. Standard er Peppol BIS 3. Fakturaer og kreditnotaer sendes i
        det format, der gælder, når de sendes.
      </p>

      <h2>EAN-numre med eget format</h2>
      <p>Bruges, når et EAN-nummer er registreret til et andet format end resten af kommunen. Det går forud for kommunens format.</p>
      <ScrollTable caption="EAN-numre med eget format" columns={["EAN-nummer", "Kommune", "Format", "Note", { label: "Handlinger", hidden: true }]}>
        {eans.map((e) => (
          <tr key={e.ean}>
            <td>{e.ean}</td>
            <td>{e.municipality.name}</td>
            <td>{E_INVOICE_FORMAT_LABELS[e.format]}</td>
            <td>{e.note || "–"}</td>
            <td>
              <form action={removeEanFormatAction}>
                <input type="hidden" name="ean" value={e.ean} />
                <button className="button secondary small" type="submit" aria-label={`Fjern eget format for EAN ${e.ean}`}>
                  Fjern
                </button>
              </form>
            </td>
          </tr>
        ))}
        {eans.length === 0 && (
          <tr>
            <td colSpan={5}>Ingen. Alle EAN-numre følger deres kommunes format.</td>
          </tr>
        )}
      </ScrollTable>
      <section className="card" aria-labelledby="ean-form-heading">
        <h3 id="ean-form-heading">Tilføj eller ret et EAN-nummer</h3>
        <EanFormatForm municipalities={municipalities.map((m) => ({ code: m.code, name: m.name }))} />
      </section>

      <h2>Kommuner</h2>
      <MunicipalityTable caption="Kommuner med tilmeldinger" rows={withDirections} />
      <details>
        <summary>Øvrige kommuner ({others.length})</summary>
        <MunicipalityTable caption="Øvrige kommuner" rows={others} />
      </details>
    </main>
  );
}

type Row = { code: string; name: string; eInvoiceFormat: (typeof E_INVOICE_FORMATS)[number]; eInvoiceFormatUpdatedAt: Date | null; eans: string[] };

function MunicipalityTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <ScrollTable caption={caption} columns={["Kommune", "EAN-numre på tilmeldinger", "Format"]}>
      {rows.map((m) => (
        <tr key={m.code}>
          <td>{m.name}</td>
          <td>{m.eans.length > 0 ? m.eans.join(", ") : "–"}</td>
          <td>
            <form action={setMunicipalityFormatAction} className="inline-form">
              <input type="hidden" name="municipalityCode" value={m.code} />
              <label className="visually-hidden" htmlFor={`format-${m.code}`}>
                Format for {m.name}
              </label>
              <select id={`format-${m.code}`} name="format" defaultValue={m.eInvoiceFormat}>
                {E_INVOICE_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {E_INVOICE_FORMAT_LABELS[f]}
                  </option>
                ))}
              </select>{" "}
              <button className="button secondary small" type="submit" aria-label={`Gem format for ${m.name}`}>
                Gem
              </button>
              {m.eInvoiceFormatUpdatedAt && <span className="small muted"> ændret {formatDateShort(m.eInvoiceFormatUpdatedAt)}</span>}
            </form>
          </td>
        </tr>
      ))}
      {rows.length === 0 && (
        <tr>
          <td colSpan={3}>Ingen.</td>
        </tr>
      )}
    </ScrollTable>
  );
}
