// Danish labels for the admin area's enums, in one place so lists, filters and exports agree.
import type { CohortStatus, DirectionStatus, EmailStatus, InvoiceKind, InvoiceStatus, ParticipantStatus, Role } from "@/generated/prisma/client";

export const COHORT_STATUS_LABELS: Record<CohortStatus, string> = {
  DRAFT: "Kladde",
  OPEN: "Åben",
  CLOSED: "Lukket",
  CANCELLED: "Aflyst",
  COMPLETED: "Gennemført",
};

export const COHORT_STATUS_BADGE: Record<CohortStatus, string> = {
  DRAFT: "closed",
  OPEN: "open",
  CLOSED: "few",
  CANCELLED: "full",
  COMPLETED: "running",
};

export const DIRECTION_STATUS_LABELS: Record<DirectionStatus, string> = {
  CONFIRMED: "Bekræftet",
  WAITLISTED: "Venteliste",
  CANCELLED: "Annulleret",
  PENDING_APPROVAL: "Afventer godkendelse",
};

export const DIRECTION_STATUS_BADGE: Record<DirectionStatus, string> = { CONFIRMED: "open", WAITLISTED: "few", CANCELLED: "closed", PENDING_APPROVAL: "full" };

export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = {
  ACTIVE: "Aktiv",
  CANCELLED: "Afmeldt",
  SUBSTITUTED: "Erstattet",
};

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  ISSUED: "Udstedt",
  SENT: "Sendt",
  PAID: "Betalt",
  CREDITED: "Krediteret",
};

export const INVOICE_STATUS_BADGE: Record<InvoiceStatus, string> = { ISSUED: "few", SENT: "running", PAID: "open", CREDITED: "closed" };

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = { INVOICE: "Faktura", CREDIT_NOTE: "Kreditnota" };

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  PENDING: "I kø",
  SENDING: "Sendes",
  SENT: "Sendt",
  FAILED: "Fejlet",
};

export const EMAIL_STATUS_BADGE: Record<EmailStatus, string> = { PENDING: "few", SENDING: "running", SENT: "open", FAILED: "full" };

export const ROLE_LABELS: Record<Role, string> = { DIRECTOR: "Direktion", STAFF: "Komponent", PARTNER: "Partner" };
