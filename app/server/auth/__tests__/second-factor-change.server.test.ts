/**
 * A lost or replaced authenticator (issue 5), through the route modules: a staff member replaces
 * their app (password, new secret, code of the new app) and an admin resets a person's second
 * factor on /verwaltung/personal/<id> (the person sets TOTP up again at the next login).
 */
import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { createStaff, TEST_TOTP_SECRETS } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { routeServices, sessionCookie } from "../../../../tests/support/route-context";
import { answer, get, post, type Answer } from "../../../../tests/support/routes";
import { action as loginAction } from "../../../routes/anmelden._index";
import { action as secondFactorAction, loader as secondFactorLoader } from "../../../routes/anmelden.zweiter-faktor";
import { action as changeAction, loader as changeLoader } from "../../../routes/anmelden.zweiter-faktor_.neu";
import { action as personAction } from "../../../routes/verwaltung.personal.$id";
import { regenerateRecoveryCodes } from "../recovery-codes.server";
import { totpCode } from "../totp.server";

const PATH = "/anmelden/zweiter-faktor/neu";
const cookieOf = (result: Answer) => result.headers.getSetCookie().map((c) => c.split(";")[0]!).join("; ");

describe.each(testDatabaseKinds)("replacing and resetting the second factor (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const prisma = () => database().prisma;
  let ip = 0;
  async function context(): Promise<AppLoadContext> {
    ip += 1;
    return { services: await routeServices(database()), clientIp: `198.51.100.${ip}` } as unknown as AppLoadContext;
  }
  const args = (request: Request, ctx: AppLoadContext, params: Record<string, string> = {}) => ({ request, context: ctx, params });
  const storedSecret = async (benutzerId: string) => {
    const b = await prisma().benutzer.findUniqueOrThrow({ where: { id: benutzerId }, select: { totpSecret: true, totpAktiviert: true } });
    return { secret: b.totpSecret ? TEST_TOTP_SECRETS.open(b.totpSecret) : null, aktiv: b.totpAktiviert };
  };
  /** A code of `secret` for a step later than any used so far (the replay guard refuses the same step twice). */
  const codeAt = (secret: string, stepsAhead: number) => totpCode(secret, new Date(Date.now() + stepsAhead * 30_000));

  it("replaces the app only after the password and a code of the new app; other sessions end, notice and audit entry", async () => {
    const ctx = await context();
    const staff = await createStaff(database(), { rolle: "plattform_admin", anzeigename: "Erika Wechsel" });
    const mine = await sessionCookie(ctx.services, staff.benutzerId);
    const other = await sessionCookie(ctx.services, staff.benutzerId);

    const page = await answer(changeLoader(args(get(PATH, mine), ctx)));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ fertig: false, einrichtung: null });

    // Wrong password: the form again, no new secret, nothing stored.
    const wrong = await answer(changeAction(args(post(PATH, { schritt: "passwort", passwort: "falsch-falsch-falsch" }, mine), ctx)));
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({ errors: [{ fieldId: "passwort", message: "Das Passwort stimmt nicht." }] });
    expect(wrong.headers.getSetCookie()).toEqual([]);
    // A code step without a pending secret is refused too.
    const early = await answer(changeAction(args(post(PATH, { schritt: "code", code: codeAt(staff.totpSecret, 0) }, mine), ctx)));
    expect(early.body).toMatchObject({ errors: [{ fieldId: "passwort" }] });

    const confirmed = await answer(changeAction(args(post(PATH, { schritt: "passwort", passwort: staff.password }, mine), ctx)));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("Location")).toBe(PATH);
    const pending = cookieOf(confirmed);
    expect(pending).toMatch(/^sp_totp_neu=/);
    const withPending = `${mine}; ${pending}`;
    const shown = await answer(changeLoader(args(get(PATH, withPending), ctx)));
    const einrichtung = (shown.body as { einrichtung: { gruppen: string; uri: string; qrCode: string } }).einrichtung;
    const neu = einrichtung.gruppen.replace(/\s/g, "");
    expect(neu).toMatch(/^[A-Z2-7]{32}$/);
    expect(neu).not.toBe(staff.totpSecret);
    expect(einrichtung.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    // Reloading shows the same secret; the stored one is unchanged so far.
    expect((await answer(changeLoader(args(get(PATH, withPending), ctx)))).body).toMatchObject({ einrichtung: { gruppen: einrichtung.gruppen } });
    expect(await storedSecret(staff.benutzerId)).toEqual({ secret: staff.totpSecret, aktiv: true });
    // The pending secret is bound to the account: another account's session does not see it.
    const stranger = await createStaff(database(), { rolle: "plattform_admin" });
    const strangerCookie = await sessionCookie(ctx.services, stranger.benutzerId);
    expect((await answer(changeLoader(args(get(PATH, `${strangerCookie}; ${pending}`), ctx)))).body).toMatchObject({ einrichtung: null });

    // A code of the old app is not a code of the new one: nothing changes.
    const oldCode = await answer(changeAction(args(post(PATH, { schritt: "code", code: codeAt(staff.totpSecret, 0) }, withPending), ctx)));
    expect(oldCode.status).toBe(200);
    expect(oldCode.body).toMatchObject({ errors: [{ fieldId: "code" }] });
    expect(await storedSecret(staff.benutzerId)).toEqual({ secret: staff.totpSecret, aktiv: true });
    expect(await prisma().sitzung.count({ where: { benutzerId: staff.benutzerId } })).toBe(2);
    expect(await prisma().mailOutbox.count({ where: { an: staff.email } })).toBe(0);

    const done = await answer(changeAction(args(post(PATH, { schritt: "code", code: codeAt(neu, 0) }, withPending), ctx)));
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe(`${PATH}?fertig=1`);
    expect(done.headers.getSetCookie().join()).toMatch(/sp_totp_neu=;.*Max-Age=0/);
    expect(await storedSecret(staff.benutzerId)).toEqual({ secret: neu, aktiv: true });
    const sessions = await prisma().sitzung.findMany({ where: { benutzerId: staff.benutzerId }, select: { id: true } });
    expect(sessions).toHaveLength(1);
    expect((await answer(changeLoader(args(get(PATH, other), ctx)))).status).toBe(302);
    expect((await answer(changeLoader(args(get(`${PATH}?fertig=1`, mine), ctx)))).body).toMatchObject({ fertig: true });

    const mails = await prisma().mailOutbox.findMany({ where: { an: staff.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.betreff).toBe("Ihre Zwei-Faktor-Anmeldung wurde geändert");
    expect(mails[0]!.text).not.toContain(neu);
    expect(mails[0]!.text).not.toContain(einrichtung.gruppen);
    expect(await prisma().protokoll.count({ where: { aktion: "benutzer.zweiter_faktor_geaendert", objektId: staff.benutzerId, benutzerId: staff.benutzerId } })).toBe(1);
  });

  async function world() {
    const n = Math.floor(Math.random() * 1e6);
    const traegerA = await prisma().traeger.create({ data: buildTraeger(0, { name: `Caritas Reset ${n}` }) });
    const traegerB = await prisma().traeger.create({ data: buildTraeger(1, { name: `Diakonie Reset ${n}` }) });
    const stelle = await prisma().beratungsstelle.create({ data: buildBeratungsstelle(0, traegerA.id, { slug: `reset-${n}` }) });
    const adminA = await createStaff(database(), { rolle: "traeger_admin", scope: { traegerId: traegerA.id }, anzeigename: "Admin A" });
    const adminA2 = await createStaff(database(), { rolle: "traeger_admin", scope: { traegerId: traegerA.id }, anzeigename: "Admin A2" });
    const adminB = await createStaff(database(), { rolle: "traeger_admin", scope: { traegerId: traegerB.id }, anzeigename: "Admin B" });
    const leitung = await createStaff(database(), { rolle: "stellenleitung", scope: { beratungsstelleId: stelle.id }, anzeigename: "Leitung" });
    const berater = await createStaff(database(), { rolle: "berater", scope: { beratungsstelleId: stelle.id }, anzeigename: "Berta Beratung" });
    // Admin A also counsels at the centre: the Stellenleitung sees the account, but may not manage its Träger role.
    await prisma().mitgliedschaft.create({ data: { benutzerId: adminA.benutzerId, rolle: "berater", beratungsstelleId: stelle.id } });
    return { adminA, adminA2, adminB, leitung, berater };
  }

  const reset = async (ctx: AppLoadContext, actorId: string, personId: string) =>
    answer(personAction(args(post(`/verwaltung/personal/${personId}`, { aktion: "zweiten-faktor-zuruecksetzen" }, await sessionCookie(ctx.services, actorId)), ctx, { id: personId })));

  it("an admin resets a person's second factor: secret, codes and sessions gone, the old code no longer logs in, the next login sets TOTP up again", async () => {
    const ctx = await context();
    const w = await world();
    await regenerateRecoveryCodes(prisma(), { benutzerId: w.berater.benutzerId, actor: { benutzerId: w.berater.benutzerId, anzeigename: "Berta" }, anlass: "einrichtung", now: new Date() });
    const running = await sessionCookie(ctx.services, w.berater.benutzerId);

    const result = await reset(ctx, w.leitung.benutzerId, w.berater.benutzerId);
    expect(result.status).toBeGreaterThanOrEqual(302);
    expect(result.headers.get("Location")).toBe(`/verwaltung/personal/${w.berater.benutzerId}`);
    expect(await storedSecret(w.berater.benutzerId)).toEqual({ secret: null, aktiv: false });
    expect(await prisma().wiederherstellungscode.count({ where: { benutzerId: w.berater.benutzerId } })).toBe(0);
    expect(await prisma().sitzung.count({ where: { benutzerId: w.berater.benutzerId } })).toBe(0);
    expect(await prisma().totpNutzung.count({ where: { benutzerId: w.berater.benutzerId } })).toBe(0);
    expect((await answer(changeLoader(args(get(PATH, running), ctx)))).status).toBe(302);
    const mail = await prisma().mailOutbox.findFirstOrThrow({ where: { an: w.berater.email } });
    expect(mail.betreff).toBe("Ihre Zwei-Faktor-Anmeldung wurde zurückgesetzt");
    const audit = await prisma().protokoll.findMany({ where: { aktion: "benutzer.zweiter_faktor_zurueckgesetzt", objektId: w.berater.benutzerId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ benutzerId: w.leitung.benutzerId, details: { wiederherstellungscodes: 10, beendeteSitzungen: 1 } });
    // A second reset finds nothing to reset and writes nothing.
    expect((await reset(ctx, w.leitung.benutzerId, w.berater.benutzerId)).body).toMatchObject({ meldung: "Die Person hat noch keine Zwei-Faktor-Anmeldung eingerichtet." });

    // The next login: password, then the set-up page with a new secret; the old app's code does not work.
    const login = await answer(loginAction(args(post("/anmelden", { kennung: w.berater.email, passwort: w.berater.password }), ctx)));
    expect(login.headers.get("Location")).toBe("/anmelden/zweiter-faktor");
    const half = cookieOf(login);
    const setup = await answer(secondFactorLoader(args(get("/anmelden/zweiter-faktor", half), ctx)));
    const neu = (setup.body as { einrichtung: { gruppen: string } | null }).einrichtung!.gruppen.replace(/\s/g, "");
    expect(neu).not.toBe(w.berater.totpSecret);
    const old = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { code: codeAt(w.berater.totpSecret, 0) }, half), ctx)));
    expect(old.status).toBe(200);
    expect(await storedSecret(w.berater.benutzerId)).toMatchObject({ aktiv: false });
    const enrolled = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { code: codeAt(neu, 0) }, half), ctx)));
    expect(enrolled.status).toBe(303);
    expect(enrolled.headers.get("Location")).toMatch(/^\/anmelden\/wiederherstellungscodes/);
    expect(await storedSecret(w.berater.benutzerId)).toEqual({ secret: neu, aktiv: true });
  });

  it("refuses a foreign Träger's admin (404), a Stellenleitung on a Träger admin (403) and oneself, changing nothing", async () => {
    const ctx = await context();
    const w = await world();
    const foreign = await reset(ctx, w.adminB.benutzerId, w.berater.benutzerId);
    expect(foreign.status).toBe(404);
    const upward = await reset(ctx, w.leitung.benutzerId, w.adminA.benutzerId);
    expect(upward.status).toBe(403);
    const self = await reset(ctx, w.adminA.benutzerId, w.adminA.benutzerId);
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ meldung: expect.stringContaining("eigene Zwei-Faktor-Anmeldung") });
    for (const person of [w.berater, w.adminA]) expect(await storedSecret(person.benutzerId)).toEqual({ secret: person.totpSecret, aktiv: true });
    expect(await prisma().protokoll.count({ where: { aktion: "benutzer.zweiter_faktor_zurueckgesetzt", objektId: { in: [w.berater.benutzerId, w.adminA.benutzerId] } } })).toBe(0);
    // The other admin of the same Träger may.
    expect((await reset(ctx, w.adminA2.benutzerId, w.adminA.benutzerId)).headers.get("Location")).toBe(`/verwaltung/personal/${w.adminA.benutzerId}`);
    expect(await storedSecret(w.adminA.benutzerId)).toEqual({ secret: null, aktiv: false });
  });
});
