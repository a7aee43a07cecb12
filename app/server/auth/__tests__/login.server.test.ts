/**
 * Login, brute-force limit, second factor, guard and logout against a real database, through
 * the route modules' actions and loaders (what the browser reaches).
 */
import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createStaff, TEST_TOTP_SECRETS } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { answer, get, post, TEST_BASE, type Answer } from "../../../../tests/support/routes";
import { action as loginAction } from "../../../routes/anmelden._index";
import { action as secondFactorAction } from "../../../routes/anmelden.zweiter-faktor";
import { action as logoutAction } from "../../../routes/abmelden";
import { optionalUser, requireStaff, requireUser, safeNext } from "../guard.server";
import { FixedWindowLimiter } from "../../rate-limit.server";
import { attemptLogin, FAILED_LOGIN_LIMIT, FAILED_LOGIN_WINDOW_MS } from "../login.server";
import { hashPassword } from "../password.server";
import { SESSION_IDLE_MS, sha256Hex } from "../sessions.server";
import { totpCode } from "../totp.server";

const BASE = TEST_BASE;

function cookieOf(result: Answer): string {
  const set = result.headers.get("Set-Cookie");
  if (!set) throw new Error("kein Set-Cookie");
  return set.split(";")[0]!;
}

describe.each(testDatabaseKinds)("login (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let ip = 0;
  /** A separate client address per test, so the per-address limit does not carry over. */
  function context(): AppLoadContext {
    ip += 1;
    return {
      services: { db: database(), config: { productionMode: false, PUBLIC_URL: BASE }, totpSecrets: TEST_TOTP_SECRETS },
      clientIp: `192.0.2.${ip}`,
    } as unknown as AppLoadContext;
  }
  const args = (request: Request, ctx: AppLoadContext) => ({ request, context: ctx, params: {} });

  async function passwordStep(ctx: AppLoadContext, kennung: string, passwort: string, weiter?: string) {
    const path = weiter ? `/anmelden?${new URLSearchParams({ weiter })}` : "/anmelden";
    return answer(loginAction(args(post(path, { kennung, passwort }), ctx)));
  }

  it("logs a staff member in with password and TOTP, rotating the session at each step", async () => {
    const ctx = context();
    const staff = await createStaff(database(), { rolle: "plattform_admin", password: "ein langes Testpasswort" });
    const first = await passwordStep(ctx, staff.email.toUpperCase(), staff.password, "/verwaltung/personal");
    expect(first.status).toBe(303);
    expect(first.headers.get("Location")).toBe("/anmelden/zweiter-faktor?weiter=%2Fverwaltung%2Fpersonal");
    const setCookie = first.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const halfCookie = cookieOf(first);

    // Half logged in: not a user yet; staff pages send it to the second factor.
    expect(await optionalUser(get("/", halfCookie), ctx)).toBeNull();
    const toSecond = await answer(requireStaff(get("/verwaltung", halfCookie), ctx));
    expect(toSecond.headers.get("Location")).toBe("/anmelden/zweiter-faktor?weiter=%2Fverwaltung");

    const wrong = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { code: "000000" }, halfCookie), ctx)));
    expect(wrong.status).toBe(totpCode(staff.totpSecret, new Date()) === "000000" ? 303 : 200);
    const used = totpCode(staff.totpSecret, new Date());
    const done = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor?weiter=%2Fverwaltung%2Fpersonal", { code: used }, halfCookie), ctx)));
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/verwaltung/personal");
    const fullCookie = cookieOf(done);
    expect(fullCookie).not.toBe(halfCookie);
    // The pre-second-factor session is gone; only a hash of the token is stored.
    expect(await optionalUser(get("/", halfCookie), ctx)).toBeNull();
    const token = decodeURIComponent(fullCookie.split("=")[1]!).replace(/^"|"$/g, "");
    const rows = await database().prisma.sitzung.findMany({ where: { benutzerId: staff.benutzerId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.zweiterFaktor).toBe(true);
    expect(rows[0]!.id).not.toContain(token.slice(0, 10));

    const actor = await requireStaff(get("/verwaltung", fullCookie), ctx);
    expect(actor).toMatchObject({ benutzerId: staff.benutzerId, istPersonal: true, memberships: [{ rolle: "plattform_admin" }] });

    // The same code cannot be used a second time (replay), even in a new login – also when the
    // 30-second step has moved on meanwhile (a slow machine): the used code is replayed, not a fresh one.
    const again = await passwordStep(ctx, staff.email, staff.password);
    const replay = await answer(secondFactorAction(args(post("/anmelden/zweiter-faktor", { code: used }, cookieOf(again)), ctx)));
    expect(replay.status).toBe(200);

    const logout = await answer(logoutAction(args(post("/abmelden", {}, fullCookie), ctx)));
    expect(logout.status).toBe(303);
    expect(logout.headers.get("Clear-Site-Data")).toBe('"cookies", "storage"');
    expect(logout.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(await optionalUser(get("/", fullCookie), ctx)).toBeNull();
    const afterLogout = await answer(requireUser(get("/verwaltung", fullCookie), ctx));
    expect(afterLogout.headers.get("Location")).toBe("/anmelden?weiter=%2Fverwaltung");
  });

  it("answers 429 with Retry-After from the 11th attempt on, even with the right password", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin", password: "das richtige Passwort" });
    for (let attempt = 1; attempt <= FAILED_LOGIN_LIMIT; attempt += 1) {
      // A different address each time: the per-account limit alone must stop this.
      const wrong = await passwordStep(context(), staff.email, `falsch-${attempt}-aber-lang`);
      expect(wrong.status, `attempt ${attempt}`).toBe(200);
    }
    for (const passwort of ["noch ein falsches Passwort", staff.password]) {
      const blocked = await passwordStep(context(), staff.email, passwort);
      expect(blocked.status).toBe(429);
      const retryAfter = Number(blocked.headers.get("Retry-After"));
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(blocked.headers.get("Set-Cookie")).toBeNull();
    }
    // Once the window has passed the right password works again.
    await database().prisma.anmeldeFehlversuch.updateMany({ data: { zeitpunkt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect((await passwordStep(context(), staff.email, staff.password)).status).toBe(303);
  });

  it("answers unknown accounts exactly like a wrong password, and limits them too", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const known = await passwordStep(context(), staff.email, "falsches Passwort lang");
    const unknown = await passwordStep(context(), "niemand@demo.sozialplattform.invalid", "falsches Passwort lang");
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual({ ...(known.body as object), values: { kennung: "niemand@demo.sozialplattform.invalid" } });
    for (let i = 0; i < FAILED_LOGIN_LIMIT - 1; i += 1) await passwordStep(context(), "niemand@demo.sozialplattform.invalid", "x");
    expect((await passwordStep(context(), "niemand@demo.sozialplattform.invalid", "x")).status).toBe(429);
  });

  it("limits attempts per client address across accounts", async () => {
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: FAILED_LOGIN_WINDOW_MS });
    const now = new Date();
    const tryOnce = (i: number, clientIp = "198.51.100.7") =>
      attemptLogin(database().prisma, { kennung: `ip-test-${i}@demo.sozialplattform.invalid`, passwort: "x", clientIp, now }, limiter);
    for (let i = 0; i < 3; i += 1) expect(await tryOnce(i)).toEqual({ ok: false, reason: "falsch" });
    expect(await tryOnce(3)).toEqual({ ok: false, reason: "gesperrt", retryAfterSeconds: 15 * 60 });
    expect(await tryOnce(4, "198.51.100.8")).toEqual({ ok: false, reason: "falsch" });
  });

  it("counts only failures per client address, so colleagues behind one address can all log in", async () => {
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: FAILED_LOGIN_WINDOW_MS });
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const now = new Date();
    const login = (passwort: string) => attemptLogin(database().prisma, { kennung: staff.email, passwort, clientIp: "198.51.100.9", now }, limiter);
    for (let i = 0; i < 5; i += 1) expect(await login(staff.password)).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i += 1) expect(await login("falsch")).toEqual({ ok: false, reason: "falsch" });
    expect(await login(staff.password)).toMatchObject({ ok: false, reason: "gesperrt" });
  });

  it("logs a help seeker in by pseudonym without a second factor; staff pages answer 403", async () => {
    const ctx = context();
    await database().prisma.benutzer.create({
      data: { pseudonym: "sonnenblume42", anzeigename: "Sonnenblume42", istPersonal: false, passwortHash: await hashPassword("mein geheimes Passwort") },
    });
    const login = await passwordStep(ctx, "Sonnenblume42", "mein geheimes Passwort");
    expect(login.headers.get("Location")).toBe("/konto");
    const cookie = cookieOf(login);
    expect((await requireUser(get("/konto", cookie), ctx)).anzeigename).toBe("Sonnenblume42");
    const forbidden = await answer(requireStaff(get("/verwaltung", cookie), ctx));
    expect(forbidden.status).toBe(403);
  });

  it("ends a session after 30 idle minutes and refuses deactivated accounts", async () => {
    const ctx = context();
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const cookie = cookieOf(await passwordStep(ctx, staff.email, staff.password));
    const token = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1)).replace(/^"|"$/g, "");
    const id = sha256Hex(JSON.parse(Buffer.from(token, "base64").toString("utf8")) as string);
    await database().prisma.sitzung.update({ where: { id }, data: { letzteAktivitaet: new Date(Date.now() - SESSION_IDLE_MS - 1000) } });
    expect(await answer(requireStaff(get("/verwaltung", cookie), ctx))).toMatchObject({ status: 302 });
    expect(await database().prisma.sitzung.count({ where: { id } })).toBe(0);

    await database().prisma.benutzer.update({ where: { id: staff.benutzerId }, data: { aktiv: false } });
    expect((await passwordStep(context(), staff.email, staff.password)).status).toBe(200);
  });

  it("never redirects to another site after login", async () => {
    const staff = await createStaff(database(), { rolle: "plattform_admin" });
    const result = await passwordStep(context(), staff.email, staff.password, "//evil.example/");
    expect(result.headers.get("Location")).toBe("/anmelden/zweiter-faktor?weiter=%2Fverwaltung");
    // Browsers drop tabs and line breaks from a URL: "/\t/evil.example" would become "//evil.example".
    const tab = await passwordStep(context(), staff.email, staff.password, "/\t/evil.example/");
    expect(tab.headers.get("Location")).toBe("/anmelden/zweiter-faktor?weiter=%2Fverwaltung");
  });
});

describe("safeNext", () => {
  it.each(["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\t\\evil.example", "https://evil.example", "verwaltung", ""])(
    "refuses %j",
    (value) => expect(safeNext(value, "/verwaltung")).toBe("/verwaltung"),
  );
  it.each(["/verwaltung/stellen?seite=2", "/", "/konto#daten"])("keeps %j", (value) => expect(safeNext(value, "/verwaltung")).toBe(value));
});
