import "server-only";
import { env } from "@/env";

export function myRegistrationUrl(): string {
  return `${env.NEXTAUTH_URL}/min-tilmelding`;
}
