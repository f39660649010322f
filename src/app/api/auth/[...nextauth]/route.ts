import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/auth-options";
import { guardAuthRequest } from "@/server/auth/email-callback-guard";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function guarded(request: Request, context: Context) {
  return guardAuthRequest(request) ?? handler(request, context);
}

export { guarded as GET, guarded as POST };
