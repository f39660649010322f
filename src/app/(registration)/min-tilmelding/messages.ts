// Confirmation banners after a change, keyed by the ?besked= code the actions redirect with.
export const DONE_MESSAGES: Record<string, string> = {
  tilfoejet: "Deltageren er tilføjet. Vi har sendt en velkomstmail til deltageren.",
  rettet: "Deltagerens oplysninger er rettet.",
  erstattet: "Deltageren er erstattet. Vi har sendt en velkomstmail til den nye deltager.",
  afmeldt: "Deltageren er afmeldt.",
  faktura: "Fakturaoplysningerne er gemt.",
  "faktura-rettet": "Fakturaoplysningerne er rettet. Fakturaen er krediteret, og en ny faktura med de rettede oplysninger er sendt.",
  annulleret: "Tilmeldingen er annulleret. Vi har sendt en bekræftelse på e-mail.",
  accepteret: "Jeres plads på holdet er bekræftet. Vi har sendt en bekræftelse på e-mail.",
  afslaaet: "I har afslået tilbuddet og er taget af ventelisten.",
};
