import { createCookieSessionStorage } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { CHECK_LIFETIME_MS, createCheckSessionStorage, openCheckSession } from "../check-session.server";

const SECRET = "test-secret-test-secret-test-secret";
const storage = createCheckSessionStorage({ secret: SECRET, secure: false });
const T0 = new Date("2026-11-22T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 60 * 60 * 1000;

/** The request a browser sends back after receiving this Set-Cookie header. */
const requestWith = (setCookie?: string) =>
  new Request("http://localhost/leistungs-check", { headers: setCookie ? { Cookie: setCookie.split(";")[0]! } : {} });

describe("the check session", () => {
  it("starts empty and keeps answers in a signed, HttpOnly, SameSite=Lax cookie", async () => {
    const fresh = await openCheckSession(requestWith(), storage, T0);
    expect(fresh.answers).toEqual({});
    const cookie = await fresh.save({ alter: 70, wohnart: "miete" });
    expect(cookie).toMatch(/^__sp_check=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toContain(`Expires=${later(CHECK_LIFETIME_MS).toUTCString()}`);
    const again = await openCheckSession(requestWith(cookie), storage, later(HOUR));
    expect(again.answers).toEqual({ alter: 70, wohnart: "miete" });
  });

  it("forgets the answers 24 hours after the first answer, however often they changed", async () => {
    const first = await (await openCheckSession(requestWith(), storage, T0)).save({ alter: 70 });
    const changed = await (await openCheckSession(requestWith(first), storage, later(23 * HOUR))).save({ alter: 71 });
    expect(changed).toContain(`Expires=${later(CHECK_LIFETIME_MS).toUTCString()}`);
    expect((await openCheckSession(requestWith(changed), storage, later(24 * HOUR - 1))).answers).toEqual({ alter: 71 });
    expect((await openCheckSession(requestWith(changed), storage, later(24 * HOUR))).answers).toEqual({});
  });

  it("starts a new 24 hours when answering again after expiry", async () => {
    const old = await (await openCheckSession(requestWith(), storage, T0)).save({ alter: 70 });
    const renewed = await (await openCheckSession(requestWith(old), storage, later(30 * HOUR))).save({ alter: 30 });
    expect(renewed).toContain(`Expires=${later(30 * HOUR + CHECK_LIFETIME_MS).toUTCString()}`);
  });

  it("shows a step's errors once and keeps the answers", async () => {
    const start = await (await openCheckSession(requestWith(), storage, T0)).save({ alter: 70 });
    const withErrors = await (await openCheckSession(requestWith(start), storage, T0)).saveFeedback({
      schritt: "haushalt",
      errors: { plz: "Bitte geben Sie eine Postleitzahl mit 5 Ziffern an." },
      values: { plz: "123" },
    });
    const shown = await openCheckSession(requestWith(withErrors), storage, T0);
    expect(shown.rueckmeldung).toMatchObject({ schritt: "haushalt", values: { plz: "123" } });
    expect(shown.answers).toEqual({ alter: 70 });
    const afterwards = await openCheckSession(requestWith(await shown.commit()), storage, T0);
    expect(afterwards.rueckmeldung).toBeUndefined();
    expect(afterwards.answers).toEqual({ alter: 70 });
  });

  it("removes everything at once", async () => {
    const saved = await (await openCheckSession(requestWith(), storage, T0)).save({ alter: 70 });
    const removed = await (await openCheckSession(requestWith(saved), storage, T0)).destroy();
    expect(removed).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await openCheckSession(requestWith(removed), storage, T0)).answers).toEqual({});
  });

  it("ignores cookies it did not sign, also those signed with the plain session secret", async () => {
    const plain = createCookieSessionStorage({ cookie: { name: "__sp_check", secrets: [SECRET] } });
    const session = await plain.getSession();
    session.set("startedAt", T0.getTime());
    session.set("answers", { alter: 70 });
    const forged = await plain.commitSession(session);
    expect((await openCheckSession(requestWith(forged), storage, T0)).answers).toEqual({});
    const other = createCheckSessionStorage({ secret: "another-secret-another-secret", secure: false });
    const foreign = await (await openCheckSession(requestWith(), other, T0)).save({ alter: 70 });
    expect((await openCheckSession(requestWith(foreign), storage, T0)).answers).toEqual({});
  });
});
