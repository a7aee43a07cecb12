/**
 * TOTP enrolment with an encrypted secret, recovery codes, password reset and invitations
 * (issue 5) against a real database, through the route modules where the browser reaches them.
 */
import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createStaff, TEST_TOTP_SECRETS } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { answer, get, post, TEST_BASE, type Answer } from "../../../../tests/support/routes";
import { action as loginAction } from "../../../routes/anmelden._index";
import { action as secondFactorAction, loader as secondFactorLoader } from "../../../routes/anmelden.zweiter-faktor";
import { action as codesAction, loader as codesLoader } from "../../../routes/anmelden.wiederherstellungscodes";
import { action as forgotAction } from "../../../routes/passwort-vergessen";
import { action as setPasswordAction, loader as setPasswordLoader } from "../../../routes/passwort-neu.$token";
import { FixedWindowLimiter } from "../../rate-limit.server";
import { optionalUser } from "../guard.server";
import { inviteStaff } from "../invitations.server";
import { attemptLogin } from "../login.server";
import { requestPasswordReset, RESET_MAILS_PER_HOUR, setPasswordByLink } from "../password-reset.server";
import { hashRecoveryCode, regenerateRecoveryCodes, remainingRecoveryCodes, redeemRecoveryCode } from "../recovery-codes.server";
import { sha256Hex } from "../sessions.server";
import { consumeLink, createSingleUseLink, findValidLink, LINK_VALIDITY_MS } from "../single-use-links.server";
import { totpCode } from "../totp.server";
import { createTotpSecretBox } from "../totp-secret.server";

const BASE = TEST_BASE;
const HOUR = 60 * 60 * 1000;

/** "name=value" pairs of all Set-Cookie headers, joined for the next request. */
const cookiesOf = (result: Answer) =>
  result.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
const firstCookie = (result: Answer) => result.headers.getSetCookie()[0]!.split(";")[0]!;

describe("TOTP secret box", () => {
  it("seals with AES-GCM, opens with the same or a previous key, reads old plain secrets", () => {
    const sealed = TEST_TOTP_SECRETS.seal("JBSWY3DPEHPK3PXP");
    expect(sealed).toMatch(/^v1:[0-9a-f]{8}:/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(TEST_TOTP_SECRETS.seal("JBSWY3DPEHPK3PXP")).not.toBe(sealed);
    expect(TEST_TOTP_SECRETS.open(sealed)).toBe("JBSWY3DPEHPK3PXP");
    const other = createTotpSecretBox(Buffer.alloc(32, 8).toString("base64"));
    expect(() => other.open(sealed)).toThrow();
    const rotated = createTotpSecretBox(Buffer.alloc(32, 8).toString("base64"), [Buffer.alloc(32, 7).toString("base64")]);
    expect(rotated.open(sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(TEST_TOTP_SECRETS.open("JBSWY3DPEHPK3PXP")).toBe("JBSWY3DPEHPK3PXP");
    const tampered = sealed.slice(0, -3) + (sealed.endsWith("A") ? "BBB" : "AAA");
    expect(() => TEST_TOTP_SECRETS.open(tampered)).toThrow();
  });
});

describe.each(testDatabaseKinds)("second factor, recovery codes, reset, invitation (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let ip = 0;
  function context(): AppLoadContext {
    ip += 1;
    return {
      services: { db: database(), config: { productionMode: false, PUBLIC_URL: BASE }, totpSecrets: TEST_TOTP_SECRETS },
      clientIp: `203.0.113.${ip}`,
    } as unknown as AppLoadContext;
  }
  const args = (request: Request, ctx: AppLoadContext, params: Record<string, string> = {}) => ({ request, context: ctx, params });
  const prisma = () => database().prisma;

  async function halfLogin(ctx: AppLoadContext, email: string, passwort: string): Promise<string> {
    const result = await answer(loginAction(args(post("/anmelden", { kennung: email, passwort }), ctx)));
    expect(result.status).toBe(303);
    return firstCookie(result);
  }

  async function newestMail(an: string) {
    return prisma().mailOutbox.findFirstOrThrow({ where: { an }, orderBy: { id: "desc" } });
  }
  const tokenIn = (text: string) => /\/passwort-neu\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

  it("makes staff without TOTP set it up (QR code, sealed secret), then shows ten recovery codes exactly once", async () => {
    const ctx = context();
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    await prisma().benutzer.update({ where: { id: staff.benutzerId }, data: { totpSecret: null, totpAktiviert: false } });
    const half = await halfLogin(ctx, staff.email, staff.password);

    const page = (await answer(secondFactorLoader(args(get("/anmelden/zweiter-faktor", half), ctx)))).body as {
      einrichtung: { uri: string; gruppen: string; qrCode: string };
    };
    expect(page.einrichtung.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(page.einrichtung.qrCode.split(",")[1]!, "base64").toString()).toContain("<svg");
    const secret = page.einrichtung.gruppen.replace(/ /g, "");
    expect(page.einrichtung.uri).toContain(`secret=${secret}`);
    const stored = await prisma().benutzer.findUniqueOrThrow({ where: { id: staff.benutzerId } });
    expect(stored.totpSecret).toMatch(/^v1:/);
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpAktiviert).toBe(false);

    const done = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor?weiter=%2Fverwaltung", { code: totpCode(secret, new Date()) }, half), ctx)));
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/anmelden/wiederherstellungscodes?weiter=%2Fverwaltung");
    expect(done.headers.getSetCookie()).toHaveLength(2);
    expect((await prisma().benutzer.findUniqueOrThrow({ where: { id: staff.benutzerId } })).totpAktiviert).toBe(true);

    const cookies = cookiesOf(done);
    const shown = await answer(codesLoader(args(get("/anmelden/wiederherstellungscodes?weiter=%2Fverwaltung", cookies), ctx)));
    const body = shown.body as { codes: string[] | null; verbleibend: number };
    expect(body.codes).toHaveLength(10);
    expect(new Set(body.codes).size).toBe(10);
    expect(body.verbleibend).toBe(10);
    expect(shown.headers.get("Set-Cookie")).toMatch(/sp_codes=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
    // Stored as hashes only.
    const rows = await prisma().wiederherstellungscode.findMany({ where: { benutzerId: staff.benutzerId } });
    expect(rows.map((r) => r.codeHash).sort()).toEqual(body.codes!.map((c) => hashRecoveryCode(staff.benutzerId, c.replace("-", ""))).sort());
    expect(JSON.stringify(rows)).not.toContain(body.codes![0]!.replace("-", ""));
    // A cookie of another account shows nothing.
    const other = await createStaff(database(), { rolle: "plattform_admin" });
    const otherCtx = context();
    const otherHalf = await halfLogin(otherCtx, other.email, other.password);
    const otherFull = firstCookie(await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { code: totpCode(other.totpSecret, new Date()) }, otherHalf), otherCtx))));
    const codesCookie = cookies.split("; ").find((c) => c.startsWith("sp_codes="))!;
    const foreign = await answer(codesLoader(args(get("/anmelden/wiederherstellungscodes", `${otherFull}; ${codesCookie}`), otherCtx)));
    expect((foreign.body as { codes: unknown }).codes).toBeNull();

    const audit = await prisma().protokoll.findMany({ where: { objektId: staff.benutzerId, aktion: "wiederherstellungscodes.erzeugt" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ anlass: "einrichtung", anzahl: 10 });
  });

  it("logs in with a recovery code once per code; regenerating invalidates the old codes", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin", anzeigename: "Demo Wiederherstellung" });
    const actor = { benutzerId: staff.benutzerId, anzeigename: "Demo Wiederherstellung" };
    const codes = await regenerateRecoveryCodes(prisma(), { benutzerId: staff.benutzerId, actor, anlass: "einrichtung", now: new Date() });

    const ctx = context();
    const half = await halfLogin(ctx, staff.email, staff.password);
    const typo = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { schritt: "wiederherstellung", wiederherstellungscode: "zzzzz-zzzzz" }, half), ctx)));
    expect(typo.status).toBe(200);
    expect(typo.body).toMatchObject({ values: { wiederherstellungscode: "zzzzz-zzzzz" }, errors: [{ fieldId: "wiederherstellungscode" }] });
    // Typed in capitals with spaces instead of the hyphen: still the same code.
    const typed = codes[0]!.toUpperCase().replace("-", " ");
    const ok = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor?weiter=%2Fverwaltung", { schritt: "wiederherstellung", wiederherstellungscode: typed }, half), ctx)));
    expect(ok.status).toBe(303);
    expect(ok.headers.get("Location")).toBe("/anmelden/wiederherstellungscodes?verwendet=1&weiter=%2Fverwaltung");
    const full = firstCookie(ok);
    expect(await optionalUser(get("/", full), ctx)).toMatchObject({ benutzerId: staff.benutzerId });
    expect(((await answer(codesLoader(args(get("/anmelden/wiederherstellungscodes", full), ctx)))).body as { verbleibend: number }).verbleibend).toBe(9);

    // The same code a second time: refused.
    const ctx2 = context();
    const half2 = await halfLogin(ctx2, staff.email, staff.password);
    const again = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { schritt: "wiederherstellung", wiederherstellungscode: codes[0]! }, half2), ctx2)));
    expect(again.status).toBe(200);
    expect(await redeemRecoveryCode(prisma(), { benutzerId: staff.benutzerId, code: codes[0]!, actor, now: new Date() })).toBe(false);
    // A code of this account does not work for another one.
    const other = await createStaff(database(), { rolle: "plattform_admin" });
    expect(await redeemRecoveryCode(prisma(), { benutzerId: other.benutzerId, code: codes[1]!, actor, now: new Date() })).toBe(false);

    // Regenerate through the page: old codes stop working, ten new ones are shown once.
    const regenerated = await answer(codesAction(args(post("/anmelden/wiederherstellungscodes?weiter=%2Fverwaltung", {}, full), ctx)));
    expect(regenerated.status).toBe(303);
    const shown = (await answer(codesLoader(args(get("/anmelden/wiederherstellungscodes", `${full}; ${cookiesOf(regenerated)}`), ctx)))).body as { codes: string[] };
    expect(shown.codes).toHaveLength(10);
    expect(shown.codes).not.toContain(codes[1]);
    expect(await redeemRecoveryCode(prisma(), { benutzerId: staff.benutzerId, code: codes[1]!, actor, now: new Date() })).toBe(false);
    expect(await redeemRecoveryCode(prisma(), { benutzerId: staff.benutzerId, code: shown.codes[0]!, actor, now: new Date() })).toBe(true);
    expect(await remainingRecoveryCodes(prisma(), staff.benutzerId)).toBe(9);

    const audit = await prisma().protokoll.findMany({ where: { objektId: staff.benutzerId }, orderBy: { id: "asc" }, select: { aktion: true, details: true } });
    expect(audit.map((a) => a.aktion)).toEqual([
      "wiederherstellungscodes.erzeugt",
      "wiederherstellungscode.verwendet",
      "wiederherstellungscodes.erzeugt",
      "wiederherstellungscode.verwendet",
    ]);
    expect(audit[1]!.details).toEqual({ verbleibend: 9 });
    expect(audit[2]!.details).toMatchObject({ anlass: "neu_erzeugt", ersetzt: 10 });
  });

  it("answers a reset request the same for unknown and known addresses and mails a hashed single-use link", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const known = await answer(forgotAction(args(post("/passwort-vergessen", { email: staff.email.toUpperCase() }), context())));
    const unknown = await answer(forgotAction(args(post("/passwort-vergessen", { email: "niemand@demo.sozialplattform.invalid" }), context())));
    expect(known).toEqual(unknown);
    expect(known.status).toBe(303);
    expect(known.headers.get("Location")).toBe("/passwort-vergessen?gesendet=1");
    expect(await prisma().mailOutbox.count({ where: { an: "niemand@demo.sozialplattform.invalid" } })).toBe(0);

    const mail = await newestMail(staff.email);
    expect(mail.anlass).toBe("passwort_zuruecksetzen");
    const token = tokenIn(mail.text)!;
    expect(mail.text).toContain(`${BASE}/passwort-neu/${token}`);
    const link = await prisma().einmallink.findFirstOrThrow({ where: { benutzerId: staff.benutzerId } });
    expect(link.id).toBe(sha256Hex(token));
    expect(link.ablauf.getTime() - link.createdAt.getTime()).toBe(HOUR);

    const empty = await answer(forgotAction(args(post("/passwort-vergessen", { email: "" }), context())));
    expect(empty.body).toMatchObject({ errors: [{ fieldId: "email" }] });
  });

  it("sets a new password through the link once, checks the policy and ends every session", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const ctx = context();
    const session = await halfLogin(ctx, staff.email, staff.password);
    await requestPasswordReset(prisma(), { email: staff.email, clientIp: "198.51.100.1", now: new Date(), publicUrl: BASE });
    const token = tokenIn((await newestMail(staff.email)).text)!;
    const path = `/passwort-neu/${token}`;

    expect((await answer(setPasswordLoader(args(get(path), ctx, { token })))).body).toMatchObject({ zweck: "passwort_zuruecksetzen", email: staff.email });
    const short = await answer(setPasswordAction(args(post(path, { passwort: "kurz", passwortWiederholung: "kurz" }), ctx, { token })));
    expect(short.body).toMatchObject({ errors: [{ fieldId: "passwort", message: expect.stringContaining("mindestens 12 Zeichen") }] });
    const common = await answer(setPasswordAction(args(post(path, { passwort: "qwerty123456", passwortWiederholung: "qwerty123456" }), ctx, { token })));
    expect(common.body).toMatchObject({ errors: [{ fieldId: "passwort", message: expect.stringContaining("sehr verbreitet") }] });
    const own = await answer(setPasswordAction(args(post(path, { passwort: staff.email, passwortWiederholung: staff.email }), ctx, { token })));
    expect(own.body).toMatchObject({ errors: [{ fieldId: "passwort", message: expect.stringContaining("E-Mail-Adresse") }] });
    const mismatch = await answer(setPasswordAction(args(post(path, { passwort: "grüne Wiesen im Herbst", passwortWiederholung: "grüne Wiesen" }), ctx, { token })));
    expect(mismatch.body).toMatchObject({ errors: [{ fieldId: "passwortWiederholung" }] });
    // Refusals do not use the link up.
    expect(await findValidLink(prisma(), token, new Date())).not.toBeNull();

    const done = await answer(setPasswordAction(args(post(path, { passwort: "grüne Wiesen im Herbst", passwortWiederholung: "grüne Wiesen im Herbst" }), ctx, { token })));
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/anmelden?passwort=neu");
    expect(await prisma().sitzung.count({ where: { benutzerId: staff.benutzerId } })).toBe(0);
    expect(await optionalUser(get("/", session), ctx)).toBeNull();
    expect(await attemptLogin(prisma(), { kennung: staff.email, passwort: "grüne Wiesen im Herbst", clientIp: "198.51.100.2", now: new Date() })).toMatchObject({ ok: true });
    expect(await attemptLogin(prisma(), { kennung: staff.email, passwort: staff.password, clientIp: "198.51.100.2", now: new Date() })).toMatchObject({ ok: false });

    // Used once: the page says the link is no longer valid, a second POST changes nothing.
    expect((await answer(setPasswordLoader(args(get(path), ctx, { token })))).body).toMatchObject({ zweck: null });
    const second = await answer(setPasswordAction(args(post(path, { passwort: "ein anderes langes Passwort", passwortWiederholung: "ein anderes langes Passwort" }), ctx, { token })));
    expect(second.status).toBe(303);
    expect(second.headers.get("Location")).toBe(path);
    expect(await setPasswordByLink(prisma(), { token, passwort: "ein anderes langes Passwort", now: new Date() })).toEqual({ ok: false, code: "link_ungueltig" });
    expect(await prisma().protokoll.count({ where: { objektId: staff.benutzerId, aktion: "passwort.zurueckgesetzt" } })).toBe(1);
  });

  it("lets reset links expire after an hour, keeps only the newest and limits mails per address and requests per client", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const now = new Date();
    const token = await createSingleUseLink(prisma(), { benutzerId: staff.benutzerId, zweck: "passwort_zuruecksetzen", now });
    expect(await findValidLink(prisma(), token, new Date(now.getTime() + HOUR - 1000))).not.toBeNull();
    expect(await findValidLink(prisma(), token, new Date(now.getTime() + HOUR))).toBeNull();
    expect(await consumeLink(prisma(), token, new Date(now.getTime() + HOUR + 1))).toBe(false);
    expect(await setPasswordByLink(prisma(), { token, passwort: "ein ausreichend langes Passwort", now: new Date(now.getTime() + 2 * HOUR) })).toEqual({ ok: false, code: "link_ungueltig" });
    expect(await findValidLink(prisma(), "not-a-token", now)).toBeNull();

    const newer = await createSingleUseLink(prisma(), { benutzerId: staff.benutzerId, zweck: "passwort_zuruecksetzen", now });
    expect(await findValidLink(prisma(), token, now)).toBeNull();
    expect(await findValidLink(prisma(), newer, now)).not.toBeNull();

    const other = await createStaff(database(), { rolle: "plattform_admin" });
    for (let i = 0; i < RESET_MAILS_PER_HOUR + 2; i += 1) {
      expect(await requestPasswordReset(prisma(), { email: other.email, clientIp: `198.51.100.${10 + i}`, now, publicUrl: BASE })).toEqual({ ok: true });
    }
    expect(await prisma().mailOutbox.count({ where: { an: other.email } })).toBe(RESET_MAILS_PER_HOUR);

    const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 15 * 60 * 1000 });
    const request = (email: string) => requestPasswordReset(prisma(), { email, clientIp: "198.51.100.99", now, publicUrl: BASE }, limiter);
    expect(await request("a@demo.sozialplattform.invalid")).toEqual({ ok: true });
    expect(await request(staff.email)).toEqual({ ok: true });
    // The limit answers alike for known and unknown addresses.
    expect(await request("b@demo.sozialplattform.invalid")).toEqual({ ok: false, retryAfterSeconds: 900 });
    expect(await request(staff.email)).toEqual({ ok: false, retryAfterSeconds: 900 });
  });

  it("invites staff: invited account cannot log in, link valid 7 days, sets the password and goes on to TOTP set-up", async () => {
    const admin = await createStaff(database(), { rolle: "plattform_admin", anzeigename: "Demo Admin" });
    const traeger = await prisma().traeger.create({ data: { name: "Demo-Träger Einladung", verband: "caritas", isDemo: true } });
    const now = new Date();
    const by = { benutzerId: admin.benutzerId, anzeigename: "Demo Admin" };
    const invited = await inviteStaff(prisma(), {
      email: "Neu.Demo@demo.sozialplattform.invalid",
      anzeigename: "Neu Demo",
      rolle: "traeger_admin",
      scope: { traegerId: traeger.id },
      by,
      now,
      publicUrl: BASE,
    });
    expect(invited.ok).toBe(true);
    const benutzerId = (invited as { benutzerId: string }).benutzerId;
    const account = await prisma().benutzer.findUniqueOrThrow({ where: { id: benutzerId }, include: { mitgliedschaften: true } });
    expect(account).toMatchObject({ email: "neu.demo@demo.sozialplattform.invalid", passwortHash: null, totpAktiviert: false, istPersonal: true });
    expect(account.mitgliedschaften).toMatchObject([{ rolle: "traeger_admin", traegerId: traeger.id }]);
    expect(await inviteStaff(prisma(), { email: "neu.demo@demo.sozialplattform.invalid", anzeigename: "x", rolle: "berater", scope: {}, by, now, publicUrl: BASE })).toEqual({
      ok: false,
      code: "email_vergeben",
    });
    expect(await attemptLogin(prisma(), { kennung: "neu.demo@demo.sozialplattform.invalid", passwort: "", clientIp: "198.51.100.50", now })).toMatchObject({ ok: false });

    const mail = await newestMail("neu.demo@demo.sozialplattform.invalid");
    expect(mail).toMatchObject({ anlass: "einladung", betreff: "Einladung zur Sozialplattform" });
    expect(mail.text).toContain("Demo Admin");
    const token = tokenIn(mail.text)!;
    const link = await prisma().einmallink.findUniqueOrThrow({ where: { id: sha256Hex(token) } });
    expect(link.zweck).toBe("einladung");
    expect(link.ablauf.getTime() - now.getTime()).toBe(LINK_VALIDITY_MS.einladung);
    expect(await findValidLink(prisma(), token, new Date(now.getTime() + 7 * 24 * HOUR))).toBeNull();
    expect(await findValidLink(prisma(), token, new Date(now.getTime() + 7 * 24 * HOUR - 1000))).not.toBeNull();

    const ctx = context();
    const path = `/passwort-neu/${token}`;
    expect((await answer(setPasswordLoader(args(get(path), ctx, { token })))).body).toMatchObject({ zweck: "einladung" });
    const done = await answer(setPasswordAction(args(post(path, { passwort: "Sommerregen über Kassel", passwortWiederholung: "Sommerregen über Kassel" }), ctx, { token })));
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/anmelden/zweiter-faktor");
    const half = firstCookie(done);
    // Logged in with the first factor only: staff pages still want the second.
    expect(await optionalUser(get("/", half), ctx)).toBeNull();
    const setup = (await answer(secondFactorLoader(args(get("/anmelden/zweiter-faktor", half), ctx)))).body as { einrichtung: { qrCode: string } | null };
    expect(setup.einrichtung?.qrCode).toMatch(/^data:image\/svg\+xml/);
    const audit = await prisma().protokoll.findMany({ where: { objektId: benutzerId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.aktion)).toEqual(["benutzer.eingeladen", "einladung.angenommen"]);
    expect(audit[0]).toMatchObject({ benutzerId: admin.benutzerId, traegerId: traeger.id });
  });
});
