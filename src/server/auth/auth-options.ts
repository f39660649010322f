import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/server/db";
import { env } from "@/env";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "@/server/auth/sign-in-token";
import { sameOriginPath } from "@/lib/same-origin";

// The adapter is typed against @prisma/client; our client is generated to src/generated.
const adapter = PrismaAdapter(db as never);
// next-auth deletes the browser's previous session when an e-mail link signs in someone else,
// or the same person again after their sessions were ended (passkey reset, access removed);
// the adapter's delete throws when that row is already gone, failing the sign-in. Idempotent here.
adapter.deleteSession = async (sessionToken: string) => {
  await db.session.deleteMany({ where: { sessionToken } });
};

export const authOptions: NextAuthOptions = {
  adapter,
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  providers: [
    EmailProvider({
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      // Links are created and mailed by requestSignInLink (rate limits, Safe Links-proof
      // confirmation page); next-auth only verifies them in its callback.
      sendVerificationRequest: async () => {
        throw new Error("sign-in links are sent by requestSignInLink");
      },
    }),
  ],
  pages: { signIn: "/log-ind", verifyRequest: "/log-ind/tjek-mail", error: "/log-ind/fejl" },
  callbacks: {
    async signIn({ user }) {
      const stored = user.email ? await db.user.findUnique({ where: { email: user.email } }) : null;
      return !stored?.disabledAt;
    },
    async session({ session, user }) {
      // `user` is the row the adapter read for this very request: current role and disabled flag.
      const stored = user as unknown as { id: string; role: string; partnerCode: string | null; disabledAt: Date | null };
      return { ...session, user: { ...session.user, id: stored.id, role: stored.role, partnerCode: stored.partnerCode, disabled: stored.disabledAt !== null } };
    },
    async redirect({ url, baseUrl }) {
      // Only to our own origin, compared parsed (a prefix check lets http://our-host@evil.example through).
      const path = sameOriginPath(url, baseUrl);
      return path === null ? baseUrl : `${baseUrl}${path}`;
    },
  },
};
