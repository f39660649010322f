import { renderEmail } from "@/emails/render-email";

export function signInEmail({ url, minutes }: { url: string; minutes: number }) {
  return renderEmail({
    subject: "Dit login til Kommunestyret 2030",
    heading: "Log ind på Kommunestyret 2030",
    blocks: [
      { type: "paragraph", text: "Klik på knappen for at logge ind. Du kommer til en side, hvor du bekræfter, at det er dig." },
      { type: "button", label: "Log ind", url },
      { type: "paragraph", text: `Linket virker i ${minutes} minutter og kan kun bruges én gang. Har du ikke bedt om at logge ind, kan du se bort fra denne e-mail.` },
    ],
  });
}
