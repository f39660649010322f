import "server-only";
import { env } from "@/env";

/** Link for e-mails: the participant withdraws network consent there, without signing in. */
export function networkWithdrawUrl(token: string): string {
  return `${env.NEXTAUTH_URL}/netvaerk/frameld/${encodeURIComponent(token)}`;
}
