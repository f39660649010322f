// Municipal identity: whether a sign-in address belongs to a municipality, by its e-mail
// domains. A registration from such an address is the municipality's own and is decided as
// usual; any other is taken but waits for staff approval (status PENDING_APPROVAL).
import { isStrictEmail, normaliseEmail } from "@/domain/email-address";

const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domain of an address, lower case ("aarhus.dk"), or null if it is no plain address. */
export function emailDomain(email: string): string | null {
  const normalised = normaliseEmail(email);
  if (!isStrictEmail(normalised)) return null;
  return normalised.slice(normalised.indexOf("@") + 1);
}

/**
 * A domain as staff type it ("Aarhus.dk", "@aarhus.dk", " aarhus.dk ") in the stored form,
 * or null when it is not a host name with at least one dot (the database CHECK agrees).
 */
export function normaliseDomain(input: string): string | null {
  const domain = input.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  return domain.length <= 253 && DOMAIN.test(domain) ? domain : null;
}

/**
 * Whether `email` is on one of `domains`, or a subdomain of one (a municipality controls its
 * subdomains, e.g. "skole.aarhus.dk"). "evilaarhus.dk" is not "aarhus.dk".
 */
export function isOnDomains(email: string, domains: readonly string[]): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Staff act for the programme; a director's registration is the municipality's own only from its domains. */
export function needsApproval({ role, email, domains }: { role: string; email: string; domains: readonly string[] }): boolean {
  if (role === "STAFF") return false;
  return !isOnDomains(email, domains);
}
