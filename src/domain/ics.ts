// iCalendar (RFC 5545) files for mail attachments. Times are written in UTC ("Z"), which
// every calendar client converts to local time without needing a VTIMEZONE block.

export type CalendarEvent = {
  /** Stable across re-sends, so a calendar updates the event instead of duplicating it. */
  uid: string;
  /** Revision of the event: a re-send with a higher SEQUENCE replaces the entry a calendar holds. */
  sequence?: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character; continuations start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const char of line) {
    const octets = utf8.encode(char).length;
    // Continuation lines carry a leading space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2027-03-09T11:00:00.000Z → "20270309T110000Z" */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export function renderCalendar({ events, stamp, prodId = "-//Komponent//Kommunestyret 2030//DA" }: { events: CalendarEvent[]; stamp: Date; prodId?: string }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence ?? 0}`,
      `DTSTAMP:${icsUtc(stamp)}`,
      `DTSTART:${icsUtc(event.start)}`,
      `DTEND:${icsUtc(event.end)}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
