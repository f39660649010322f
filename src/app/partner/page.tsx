import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { getPartnerOverview } from "@/server/attendance/get-partner-overview";
import { BarChart } from "@/components/charts/bar-chart";
import { StepChart } from "@/components/charts/step-chart";
import { formatDateShort, plural } from "@/lib/format";
import { FIELD_LABELS } from "@/domain/fields";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Partneroverblik", robots: { index: false } };

export default async function PartnerOverviewPage() {
  const viewer = await requirePageRole("/partner", "PARTNER", "STAFF");
  const overview = await getPartnerOverview({ viewer });
  const { scope, headline, cohorts, regions, fields, trend } = overview;
  const scoped = scope.fields !== null;
  const scopeLabel = scoped ? scope.fields!.map((f) => FIELD_LABELS[f].toLowerCase()).join(" og ") : null;

  return (
    <main id="main" className="container">
      <h1>Overblik for {scope.associationName}</h1>
      <p className="lead">
        {scoped ? (
          <>
            <strong>{headline.participants} af jeres medlemmer deltager</strong>, fra{" "}
            {plural(headline.municipalities, "kommune", "kommuner")} i {plural(headline.regions, "region", "regioner")} ({scopeLabel}).
          </>
        ) : (
          <>
            <strong>{plural(headline.participants, "deltager", "deltagere")}</strong> fra {headline.municipalities} af landets{" "}
            {overview.totalMunicipalities} kommuner i {plural(headline.regions, "region", "regioner")}.
          </>
        )}
      </p>
      <ul className="facts">
        <li>
          <strong>{headline.participants}</strong> {scoped ? "deltagere på jeres fagområde" : "deltagere i alt"}
        </li>
        <li>
          <strong>{headline.municipalities}</strong> af {overview.totalMunicipalities} kommuner
        </li>
        <li>
          <strong>{headline.regions}</strong> af {regions.length} regioner
        </li>
        <li>
          <strong>{overview.directions.confirmed}</strong> {overview.directions.confirmed === 1 ? "bekræftet direktion" : "bekræftede direktioner"} på{" "}
          {overview.directions.cohorts} hold
        </li>
      </ul>
      <p className="small muted">
        Tallene omfatter bekræftede tilmeldinger og aktive deltagere. Direktioner på venteliste tælles kun i tabellen nedenfor.{" "}
        <Link href="/partner/deltagere">Se deltagerne</Link>.
      </p>

      <div className="charts">
        <BarChart
          id="chart-cohorts"
          caption={scoped ? "Jeres medlemmer pr. hold" : "Deltagere pr. hold"}
          unit="deltagere"
          categoryHeader="Hold"
          valueHeader={scoped ? "Jeres medlemmer" : "Deltagere"}
          rows={cohorts.map((c) => ({ label: `Hold ${c.number}`, value: c.scopedParticipants }))}
          extraColumns={[{ header: "Bekræftede direktioner", values: cohorts.map((c) => c.confirmedDirections) }]}
        />
        <BarChart
          id="chart-regions"
          caption={scoped ? "Jeres medlemmer pr. region" : "Deltagere pr. region"}
          unit="deltagere"
          categoryHeader="Region"
          valueHeader={scoped ? "Jeres medlemmer" : "Deltagere"}
          rows={regions.map((r) => ({ label: r.name.replace(/^Region /, ""), value: r.scopedParticipants }))}
          extraColumns={[
            { header: "Deltagende kommuner", values: regions.map((r) => r.participatingMunicipalities) },
            { header: "Kommuner i regionen", values: regions.map((r) => r.municipalities) },
          ]}
        />
        <BarChart
          id="chart-fields"
          caption="Deltagere pr. fagområde, hele forløbet"
          unit="deltagere"
          categoryHeader="Fagområde"
          valueHeader="Deltagere"
          rows={fields.map((f) => ({ label: f.label, value: f.participants, highlight: f.inScope }))}
        />
        <StepChart
          id="chart-trend"
          caption="Tilmeldinger over tid (akkumuleret pr. uge)"
          periodHeader="Uge fra mandag"
          periodLabels={trend.map((p) => formatDateShort(p.weekStart))}
          series={[
            { name: "Direktioner", values: trend.map((p) => p.cumulativeDirections) },
            { name: scoped ? "Jeres medlemmer" : "Deltagere", values: trend.map((p) => p.cumulativeScopedParticipants), dashed: true },
          ]}
        />
      </div>

      <h2>Hold for hold</h2>
      <ScrollTable
        label="Direktioner og deltagere pr. hold"
        caption="Direktioner og deltagere pr. hold"
        columns={["Hold", { label: "Bekræftede direktioner", numeric: true }, { label: "Deltagere i alt", numeric: true }, { label: "Jeres medlemmer", numeric: true }, { label: "Direktioner på venteliste", numeric: true }]}
      >
        {cohorts.map((c) => (
          <tr key={c.number}>
            <th scope="row">{c.title}</th>
            <td className="num">{c.confirmedDirections}</td>
            <td className="num">{c.participants}</td>
            {scoped && <td className="num">{c.scopedParticipants}</td>}
            <td className="num">{c.waitlistedDirections}</td>
          </tr>
        ))}
      </ScrollTable>
    </main>
  );
}
