import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { resetDatabase } from "../support/db";
import { beginPasskeyRegistration } from "../../src/server/auth/passkeys/begin-passkey-registration";
import { beginPasskeySignIn } from "../../src/server/auth/passkeys/begin-passkey-sign-in";
import { finishPasskeySignIn } from "../../src/server/auth/passkeys/finish-passkey-sign-in";
import { hashRecoveryCode } from "../../src/server/auth/passkeys/recovery-codes";
import { redeemRecoveryCode } from "../../src/server/auth/passkeys/redeem-recovery-code";
import { resetPasskeys } from "../../src/server/auth/passkeys/reset-passkeys";
import type { CurrentUser, SecondFactorSession } from "../../src/server/auth/session";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { Role } from "../../src/generated/prisma/client";

beforeEach(resetDatabase);

async function signedIn(role: Role, email: string): Promise<SecondFactorSession> {
  const u = await db.user.create({ data: { email, role } });
  const s = await db.session.create({ data: { sessionToken: `t-${email}`, userId: u.id, expires: new Date(Date.now() + 3600_000) } });
  const user: CurrentUser = { id: u.id, email: u.email, name: null, role: u.role, partnerCode: null };
  return { sessionId: s.id, user, verified: role !== "STAFF" };
}

async function withPasskey(session: SecondFactorSession, id = `cred-${session.user.id}`) {
  await db.passkey.create({ data: { id, userId: session.user.id, publicKey: Buffer.from([1, 2, 3]), transports: ["internal"] } });
}

async function withCodes(session: SecondFactorSession, codes: string[]) {
  await db.recoveryCode.createMany({ data: codes.map((code) => ({ userId: session.user.id, codeHash: hashRecoveryCode(code) })) });
}

const secondFactorAt = async (session: SecondFactorSession) => (await db.session.findUniqueOrThrow({ where: { id: session.sessionId } })).secondFactorAt;

describe("staff passkeys", () => {
  it("offers registration only to staff without a passkey, tied to this session's challenge", async () => {
    const staff = await signedIn("STAFF", "ny@komponent.dk");
    const options = await beginPasskeyRegistration({ session: staff });
    expect(options.rp.id).toBe(new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000").hostname);
    expect(options.user.name).toBe("ny@komponent.dk");
    expect((await db.session.findUniqueOrThrow({ where: { id: staff.sessionId } })).webauthnChallenge).toBe(options.challenge);

    // With a passkey on file, the e-mail link alone cannot add another.
    await withPasskey(staff);
    await expect(beginPasskeyRegistration({ session: staff })).rejects.toMatchObject({ code: "PASSKEY_EXISTS" });
    const director = await signedIn("DIRECTOR", "d@aarhus.dk");
    await expect(beginPasskeyRegistration({ session: director })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(beginPasskeyRegistration({ session: null })).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });
  });

  it("accepts only the staff member's own passkey, and each challenge once", async () => {
    const staff = await signedIn("STAFF", "a@komponent.dk");
    const other = await signedIn("STAFF", "b@komponent.dk");
    await withPasskey(staff);
    await withPasskey(other, "someone-elses");
    const options = await beginPasskeySignIn({ session: staff });
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([`cred-${staff.user.id}`]);
    const foreign = { id: "someone-elses", rawId: "someone-elses", type: "public-key", response: {}, clientExtensionResults: {} } as unknown as AuthenticationResponseJSON;
    await expect(finishPasskeySignIn({ session: staff, response: foreign })).rejects.toMatchObject({ code: "PASSKEY_FAILED" });
    // The challenge was spent by that attempt: a second answer to it is refused before any check.
    expect((await db.session.findUniqueOrThrow({ where: { id: staff.sessionId } })).webauthnChallenge).toBeNull();
    await expect(finishPasskeySignIn({ session: staff, response: foreign })).rejects.toMatchObject({ code: "PASSKEY_FAILED" });
    expect(await secondFactorAt(staff)).toBeNull();
  });

  it("a recovery code passes the step once, also when used twice at the same moment, and is audited", async () => {
    const staff = await signedIn("STAFF", "c@komponent.dk");
    await withPasskey(staff);
    await withCodes(staff, ["ABCD-EFGH-JKLM", "NPQR-STUV-WXYZ"]);
    await expect(redeemRecoveryCode({ session: staff, code: "forkert" })).rejects.toMatchObject({ code: "RECOVERY_CODE_INVALID" });
    expect(await secondFactorAt(staff)).toBeNull();

    const results = await Promise.allSettled([redeemRecoveryCode({ session: staff, code: "abcd efgh jklm" }), redeemRecoveryCode({ session: staff, code: "ABCD-EFGH-JKLM" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "fulfilled")).toMatchObject({ value: { remaining: 1 } });
    expect(await secondFactorAt(staff)).not.toBeNull();
    const audits = await db.auditLog.findMany({ where: { action: "user.recovery_code.use" } });
    expect(audits).toHaveLength(1);
    // Only the hash is stored.
    expect(JSON.stringify(await db.recoveryCode.findMany())).not.toContain("ABCD");
  });

  it("a colleague resets another's passkeys and codes, ending their sessions, audited; never one's own", async () => {
    const helper = await signedIn("STAFF", "hjaelper@komponent.dk");
    const lost = await signedIn("STAFF", "mistet@komponent.dk");
    await withPasskey(lost);
    await withCodes(lost, ["AAAA-BBBB-CCCC"]);
    await expect(resetPasskeys({ actor: helper.user, userId: helper.user.id })).rejects.toMatchObject({ code: "CANNOT_RESET_OWN_PASSKEYS" });
    const director = await signedIn("DIRECTOR", "d@odense.dk");
    await expect(resetPasskeys({ actor: director.user, userId: lost.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(resetPasskeys({ actor: helper.user, userId: lost.user.id })).resolves.toEqual({ passkeys: 1, sessionsEnded: 1 });
    expect(await db.passkey.count({ where: { userId: lost.user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: lost.user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: lost.user.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.passkeys.reset" } });
    expect(audit).toMatchObject({ actorEmail: "hjaelper@komponent.dk", entityId: lost.user.id, before: { email: "mistet@komponent.dk", passkeys: 1, recoveryCodes: 1 } });
  });
});
