// Where a mail of the outbox and its attachments are found in the admin area.
export const outboxMailHref = (id: string) => `/admin/udbakke/${id}`;
export const outboxAttachmentHref = (id: string, index: number) => `/admin/udbakke/${id}/vedhaeftning/${index}`;
