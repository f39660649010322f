import { describe, expect, it } from "vitest";
import { waitlistOfferEmail } from "../../src/emails/waitlist-offer-email";
import { participantCancelledEmail } from "../../src/emails/participant-cancelled-email";

// Danish genitive: a name ending in s, x or z takes an apostrophe ("Aarhus' direktion"), never "Aarhuss".
describe("municipality names in the genitive", () => {
  const offer = (municipalityName: string) =>
    waitlistOfferEmail({ cohortTitle: "Hold 2", municipalityName, participants: 3, url: "https://example.dk/tilbud", expiresAt: new Date("2027-03-01T11:00:00Z") }).text;

  it("adds an apostrophe after s", () => {
    expect(offer("Aarhus")).toContain("Aarhus' direktion står på ventelisten");
    expect(offer("Aarhus")).not.toContain("Aarhuss");
  });

  it("adds s after other letters", () => {
    expect(offer("Herning")).toContain("Hernings direktion står på ventelisten");
  });

  it("is the same in the mail to a participant whose direction was cancelled", () => {
    const mail = participantCancelledEmail({ participantName: "Anne", municipalityName: "Aarhus", cohortTitle: "Hold 1" });
    expect(mail.text).toContain("Aarhus' tilmelding til Kommunestyret 2030");
  });
});
