import { describe, expect, it } from "vitest";
import { escapeIcsText, foldIcsLine, icsUtc, renderCalendar } from "../../src/domain/ics";
import { cohortCalendarEvents, type CohortForCalendar } from "../../src/domain/cohort-calendar";

const cohort: CohortForCalendar = {
  id: "c1",
  title: "Hold 2 – Middelfart",
  datesAnnounced: true,
  seminarStart: new Date("2027-04-20T10:00:00Z"),
  seminarEnd: new Date("2027-04-21T10:00:00Z"),
  seminarVenueName: "Hindsgavl Slot",
  seminarVenueAddress: "Hindsgavl Allé 7",
  seminarVenuePostalCode: "5500",
  seminarVenueCity: "Middelfart",
  followUpStart: new Date("2027-06-15T07:30:00Z"),
  followUpEnd: new Date("2027-06-15T13:30:00Z"),
  followUpVenueName: "Dokk1",
  followUpVenueAddress: "Hack Kampmanns Plads 2",
  followUpVenuePostalCode: "8000",
  followUpVenueCity: "Aarhus C",
};

/** Undoes folding (RFC 5545 3.1) so content lines can be read whole. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("iCalendar", () => {
  it("escapes text values", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("writes UTC times", () => {
    expect(icsUtc(new Date("2027-04-20T10:00:00.000Z"))).toBe("20270420T100000Z");
  });

  it("folds long lines at 75 octets without splitting æøå", () => {
    const line = `SUMMARY:${"æøå ".repeat(40)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("renders the seminar and the follow-up day as two events with CRLF line endings and stable UIDs", () => {
    const stamp = new Date("2026-11-27T09:00:00Z");
    const ics = renderCalendar({ events: cohortCalendarEvents(cohort), stamp });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    const text = unfold(ics);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain("UID:c1-seminar@kommunestyret2030.komponent.dk");
    expect(text).toContain("UID:c1-opfoelgning@kommunestyret2030.komponent.dk");
    expect(text).toContain("DTSTART:20270420T100000Z\r\nDTEND:20270421T100000Z");
    expect(text).toContain("DTSTART:20270615T073000Z\r\nDTEND:20270615T133000Z");
    expect(text).toContain("LOCATION:Hindsgavl Slot\\, Hindsgavl Allé 7\\, 5500 Middelfart");
    expect(text).toContain("DTSTAMP:20261127T090000Z");
    // The same cohort gives the same UIDs on a later send, so calendars update rather than duplicate.
    const again = unfold(renderCalendar({ events: cohortCalendarEvents(cohort), stamp: new Date() }));
    expect(again.match(/UID:.*/g)).toEqual(text.match(/UID:.*/g));
  });

  it("gives a direction's entries its own UIDs and SEQUENCE, so a later file with a higher SEQUENCE moves them", () => {
    const first = unfold(renderCalendar({ events: cohortCalendarEvents(cohort, { directionId: "d1", sequence: 0 }), stamp: new Date() }));
    const moved = unfold(renderCalendar({ events: cohortCalendarEvents({ ...cohort, id: "c2" }, { directionId: "d1", sequence: 1 }), stamp: new Date() }));
    expect(first.match(/UID:.*/g)).toEqual(["UID:direction-d1-seminar@kommunestyret2030.komponent.dk", "UID:direction-d1-opfoelgning@kommunestyret2030.komponent.dk"]);
    expect(moved.match(/UID:.*/g)).toEqual(first.match(/UID:.*/g));
    expect(first.match(/SEQUENCE:.*/g)).toEqual(["SEQUENCE:0", "SEQUENCE:0"]);
    expect(moved.match(/SEQUENCE:.*/g)).toEqual(["SEQUENCE:1", "SEQUENCE:1"]);
  });

  it("has no events before the dates are announced", () => {
    expect(cohortCalendarEvents({ ...cohort, datesAnnounced: false })).toEqual([]);
  });
});
