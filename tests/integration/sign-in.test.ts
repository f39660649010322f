import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { requestSignInLink, MAX_PER_ADDRESS } from "../../src/server/auth/request-sign-in-link";
import { resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const linkIn = (text: string) => /https?:\/\/\S+\/log-ind\/bekraeft\?\S+/.exec(text)?.[0];

describe("magic links", () => {
  it("mails a link to a confirmation page and stores only the token's hash, valid at most 30 minutes", async () => {
    const now = new Date();
    await requestSignInLink({ email: "ny.direktor@vejle.dk", ip: "10.0.0.1", callbackPath: "/min-tilmelding", now });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: "ny.direktor@vejle.dk" } });
    const link = new URL(linkIn(mail.text)!);
    // The link opens the confirmation page (a button completes sign-in), never the callback itself.
    expect(link.pathname).toBe("/log-ind/bekraeft");
    const token = link.searchParams.get("token")!;
    const stored = await db.verificationToken.findFirstOrThrow({ where: { identifier: "ny.direktor@vejle.dk" } });
    expect(stored.token).not.toBe(token);
    expect(stored.token).not.toContain(token);
    expect(stored.token).toBe(createHash("sha256").update(`${token}${process.env.NEXTAUTH_SECRET ?? "kommunestyret-2030-development-secret-not-for-production"}`).digest("hex"));
    expect(stored.expires.getTime() - now.getTime()).toBeLessThanOrEqual(30 * 60_000);
  });

  it("treats known and unknown addresses alike", async () => {
    await db.user.create({ data: { email: "kendt@aarhus.dk", role: "DIRECTOR" } });
    await requestSignInLink({ email: "kendt@aarhus.dk", ip: "10.0.0.2", callbackPath: "/" });
    await requestSignInLink({ email: "ukendt@aarhus.dk", ip: "10.0.0.2", callbackPath: "/" });
    const mails = await db.emailOutbox.findMany({ orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.to)).toEqual(["kendt@aarhus.dk", "ukendt@aarhus.dk"]);
    expect(mails[0]!.subject).toBe(mails[1]!.subject);
    expect(await db.user.count()).toBe(1);
  });

  it("limits sign-in mails per address and per client address, in the database", async () => {
    for (let i = 0; i < MAX_PER_ADDRESS; i++) {
      await requestSignInLink({ email: "travl@odense.dk", ip: `10.1.0.${i}`, callbackPath: "/" });
    }
    await expect(requestSignInLink({ email: "travl@odense.dk", ip: "10.1.0.99", callbackPath: "/" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.emailOutbox.count({ where: { to: "travl@odense.dk" } })).toBe(MAX_PER_ADDRESS);

    const limit = Number(process.env.SIGN_IN_LIMIT_PER_IP ?? 30);
    for (let i = 0; i < limit; i++) {
      await requestSignInLink({ email: `person${i}@kolding.dk`, ip: "10.2.0.1", callbackPath: "/" });
    }
    await expect(requestSignInLink({ email: "en.til@kolding.dk", ip: "10.2.0.1", callbackPath: "/" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("holds the per-address and per-client limits under parallel requests", async () => {
    const burst = (n: number, make: (i: number) => Parameters<typeof requestSignInLink>[0]) =>
      Promise.allSettled(Array.from({ length: n }, (_, i) => requestSignInLink(make(i))));
    const byAddress = await burst(MAX_PER_ADDRESS * 3, (i) => ({ email: "samtidig@herning.dk", ip: `10.4.0.${i}`, callbackPath: "/" }));
    expect(byAddress.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_PER_ADDRESS);
    expect(await db.emailOutbox.count({ where: { to: "samtidig@herning.dk" } })).toBe(MAX_PER_ADDRESS);
    for (const r of byAddress) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "RATE_LIMITED" });

    const limit = Number(process.env.SIGN_IN_LIMIT_PER_IP ?? 30);
    const byIp = await burst(limit + 10, (i) => ({ email: `parallel${i}@herning.dk`, ip: "10.5.0.1", callbackPath: "/" }));
    for (const r of byIp) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "RATE_LIMITED" });
    expect(byIp.filter((r) => r.status === "fulfilled")).toHaveLength(limit);
  });

  it("forgets attempts older than the window", async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    for (let i = 0; i < MAX_PER_ADDRESS; i++) {
      await requestSignInLink({ email: "igen@aalborg.dk", ip: "10.3.0.1", callbackPath: "/", now: old });
    }
    await db.signInAttempt.updateMany({ data: { createdAt: old } });
    await expect(requestSignInLink({ email: "igen@aalborg.dk", ip: "10.3.0.1", callbackPath: "/" })).resolves.toBeUndefined();
  });
});
