/**
 * The help seeker's account against a real database (PGlite, and PostgreSQL with
 * TEST_DATABASE_URL): registration and login without second factor, saved results, the
 * account's appointments and conversations, the data export and – the acceptance test of
 * issue 5 – deleting the account leaves nothing of it in any table.
 */
import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { readRegistration } from "../../../domain/accounts/help-seeker";
import { alleinerziehend, rentnerin } from "../../../domain/benefits/questionnaire/__tests__/fixtures";
import { action as loginAction } from "../../../routes/anmelden._index";
import { action as registerAction } from "../../../routes/konto.registrieren";
import { sha256Hex } from "../../auth/sessions.server";
import { createSession } from "../../auth/sessions.server";
import { createSingleUseLink } from "../../auth/single-use-links.server";
import { freeSlots } from "../../booking/availability.server";
import { bookAppointment, findByToken, type BookingContext } from "../../booking/booking.server";
import { FIXED_NOW, nthSlot, seedBookingCentre, TEST_SECRET } from "../../booking/__tests__/booking-fixture";
import { createMessageCipher } from "../../chat/crypto.server";
import { createChatStore } from "../../chat/store.server";
import { FixedWindowLimiter } from "../../rate-limit.server";
import { exportAccountData } from "../data-export.server";
import { confirmAndDeleteAccount } from "../deletion.server";
import { accountAppointments, accountConversations, reopenConversation } from "../overview.server";
import { registerHelpSeeker } from "../registration.server";
import { deleteResult, findResult, listResults, saveResult } from "../saved-results.server";

const BASE = "http://localhost";
const PASSWORT = "ein sehr langes Kontopasswort";
const cipher = createMessageCipher(Buffer.alloc(32, 9).toString("base64"));

function post(path: string, fields: Record<string, string>): Request {
  return new Request(`${BASE}${path}`, { method: "POST", body: new URLSearchParams(fields), headers: { "Content-Type": "application/x-www-form-urlencoded" } });
}

async function settle(value: unknown): Promise<{ status: number; headers: Headers; body?: unknown }> {
  try {
    value = await value;
  } catch (thrown) {
    value = thrown;
  }
  if (value instanceof Response) return { status: value.status, headers: value.headers };
  const d = value as { init: { status?: number; headers?: HeadersInit } | null; data: unknown };
  return { status: d.init?.status ?? 200, headers: new Headers(d.init?.headers), body: d.data };
}

describe.each(testDatabaseKinds)("help seeker account (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const prisma = () => database().prisma;
  let ip = 0;
  const limiter = () => new FixedWindowLimiter({ limit: 100, windowMs: 60_000 });

  async function register(name: string, email?: string) {
    const reading = readRegistration({ pseudonym: name, email: email ?? "", passwort: PASSWORT, passwortWiederholung: PASSWORT, datenschutz: "ja" });
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    const result = await registerHelpSeeker(prisma(), { ...reading, clientIp: `198.51.100.${++ip}`, now: FIXED_NOW }, limiter());
    if (!result.ok) throw new Error(result.code);
    return { benutzerId: result.benutzerId, pseudonym: reading.pseudonym, email: reading.email };
  }

  function context(): AppLoadContext {
    ip += 1;
    return { services: { db: database(), config: { productionMode: false, PUBLIC_URL: BASE } }, clientIp: `203.0.113.${ip}` } as unknown as AppLoadContext;
  }

  it("registers through the form, logs in by pseudonym without a second factor and lands on /konto", async () => {
    const fields = { pseudonym: "Route Eule 1", email: "", passwort: PASSWORT, passwortWiederholung: PASSWORT, datenschutz: "ja" };
    const registered = await settle(registerAction({ request: post("/konto/registrieren", fields), context: context(), params: {} }));
    expect(registered.status).toBe(303);
    expect(registered.headers.get("Location")).toBe("/konto?neu=1");
    const session = await prisma().sitzung.findFirst({ where: { benutzer: { pseudonym: "route eule 1" } } });
    expect(session).toMatchObject({ zweiterFaktor: false });

    const again = await settle(registerAction({ request: post("/konto/registrieren", { ...fields, pseudonym: "ROUTE EULE 1" }), context: context(), params: {} }));
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body)).toContain("schon vergeben");

    const login = await settle(loginAction({ request: post("/anmelden", { kennung: " Route Eule 1 ", passwort: PASSWORT }), context: context(), params: {} }));
    expect(login.status).toBe(303);
    expect(login.headers.get("Location")).toBe("/konto");
  });

  it("limits registrations per client address", async () => {
    const reading = readRegistration({ pseudonym: "Limit Eule", passwort: PASSWORT, passwortWiederholung: PASSWORT, datenschutz: "ja" });
    if (!reading.ok) throw new Error("invalid");
    const small = new FixedWindowLimiter({ limit: 1, windowMs: 60_000 });
    expect(await registerHelpSeeker(prisma(), { ...reading, clientIp: "192.0.2.200", now: FIXED_NOW }, small)).toMatchObject({ ok: true });
    expect(await registerHelpSeeker(prisma(), { ...reading, pseudonym: "limit eule 2", clientIp: "192.0.2.200", now: FIXED_NOW }, small)).toMatchObject({ ok: false, code: "gesperrt" });
  });

  it("saves, lists, reopens and deletes results only for their owner", async () => {
    const owner = await register("Ergebnis Eule");
    const other = await register("Fremde Eule");
    const saved = await saveResult(prisma(), { benutzerId: owner.benutzerId, answers: rentnerin, stichtag: "2026-01-01", now: FIXED_NOW });
    expect(saved).not.toBeNull();
    const list = await listResults(prisma(), owner.benutzerId);
    expect(list).toEqual([expect.objectContaining({ id: saved!.id, stichtag: "2026-01-01" })]);
    expect(list[0]!.wahrscheinlich.length).toBeGreaterThan(0);
    const reopened = await findResult(prisma(), owner.benutzerId, saved!.id);
    expect(reopened).toMatchObject({ stichtag: "2026-01-01", antworten: rentnerin, plz: "04109" });
    expect(reopened!.results.length).toBeGreaterThan(0);
    expect(await findResult(prisma(), other.benutzerId, saved!.id)).toBeNull();
    expect(await deleteResult(prisma(), other.benutzerId, saved!.id)).toBe(false);
    expect(await deleteResult(prisma(), owner.benutzerId, "kein-uuid")).toBe(false);
    expect(await deleteResult(prisma(), owner.benutzerId, saved!.id)).toBe(true);
    expect(await listResults(prisma(), owner.benutzerId)).toEqual([]);
  });

  it("deletes the account with everything stored about it, and only that", async () => {
    const db = prisma();
    const centre = await seedBookingCentre(db, `konto-${kind}`);
    const ctx: BookingContext = { db, secret: TEST_SECRET, now: FIXED_NOW, publicUrl: BASE };
    const chat = createChatStore(db, cipher);
    const account = await register("Loesch Eule 7", "loesch-eule-7@example.org");
    const control = await register("Bleib Eule 8");
    const secrets = { name: "Lina Löschbar", email: "lina.loeschbar@example.org", telefon: "0341 99887766", anliegen: "Mietschulden seit Oktober" };

    // Data of the account: a session, saved results, a one-time link, two appointments (one past, one
    // ahead at deletion time), a conversation with messages, a failed login.
    await createSession(db, { benutzerId: account.benutzerId, zweiterFaktor: false, now: FIXED_NOW });
    await saveResult(db, { benutzerId: account.benutzerId, answers: rentnerin, stichtag: "2026-01-01", now: FIXED_NOW });
    await saveResult(db, { benutzerId: account.benutzerId, answers: alleinerziehend, stichtag: "2026-01-01", now: FIXED_NOW });
    await createSingleUseLink(db, { benutzerId: account.benutzerId, zweck: "passwort_zuruecksetzen", now: FIXED_NOW });
    const past = await bookAppointment(ctx, { beratungsstelleId: centre.beratungsstelleId, start: nthSlot(0), art: "vor_ort", ...secrets, benutzerId: account.benutzerId });
    const ahead = await bookAppointment(ctx, { beratungsstelleId: centre.beratungsstelleId, start: nthSlot(30), art: "telefon", ...secrets, benutzerId: account.benutzerId, idempotencyKey: "konto-loeschen-1" });
    if (!past.ok || !ahead.ok) throw new Error("booking failed");
    const { gespraechId } = await chat.start({ beratungsstelleId: centre.beratungsstelleId, pseudonym: "Loesch Eule 7", thema: "Schulden", ratsuchendId: account.benutzerId });
    await chat.send({ gespraechId, clientId: "6f1c2b9e-0d4a-4c1b-9a55-1f2e3d4c5b6a", text: "Ich habe Mietschulden.", von: "ratsuchend" });
    // The same for the control account, which must stay untouched.
    await saveResult(db, { benutzerId: control.benutzerId, answers: rentnerin, stichtag: "2026-01-01", now: FIXED_NOW });
    const controlBooking = await bookAppointment(ctx, { beratungsstelleId: centre.beratungsstelleId, start: nthSlot(31), art: "vor_ort", name: "Kontrollperson", benutzerId: control.benutzerId });
    const controlChat = await chat.start({ beratungsstelleId: centre.beratungsstelleId, pseudonym: "Bleib Eule 8", ratsuchendId: control.benutzerId });

    // What /konto lists, and the data download.
    const deletionTime = new Date(nthSlot(10).getTime());
    const listed = await accountAppointments(db, TEST_SECRET, account.benutzerId, deletionTime);
    expect(listed.kommend.map((t) => t.buchungscode)).toEqual([ahead.termin.buchungscode]);
    expect(listed.vergangen.map((t) => t.buchungscode)).toEqual([past.termin.buchungscode]);
    const manageToken = decodeURIComponent(listed.kommend[0]!.verwaltenUrl.split("/").at(-1)!);
    expect((await findByToken(db, manageToken))?.id).toBe(ahead.termin.id);
    expect(await accountConversations(db, account.benutzerId)).toEqual([expect.objectContaining({ id: gespraechId, thema: "Schulden" })]);
    expect(await accountConversations(db, control.benutzerId)).toHaveLength(1);
    expect(await reopenConversation(db, control.benutzerId, gespraechId)).toBeNull();
    const newToken = await reopenConversation(db, account.benutzerId, gespraechId);
    expect((await chat.byToken(newToken!))?.id).toBe(gespraechId);

    const exported = await exportAccountData(db, chat, account.benutzerId, deletionTime);
    expect(exported).toMatchObject({
      konto: { pseudonym: "Loesch Eule 7", anmeldename: "loesch eule 7", email: "loesch-eule-7@example.org", rolle: "ratsuchend" },
      termine: [expect.objectContaining({ name: secrets.name, telefon: secrets.telefon, anliegen: secrets.anliegen }), expect.objectContaining({ buchungscode: ahead.termin.buchungscode })],
      gespraeche: [expect.objectContaining({ thema: "Schulden", nachrichten: [expect.objectContaining({ seq: 1, von: "ratsuchend", text: "Ich habe Mietschulden." })] })],
    });
    expect(exported!.gespeicherte_ergebnisse).toHaveLength(2);
    expect(exported!.sitzungen).toHaveLength(1);
    expect(exported!.einmallinks).toEqual([expect.objectContaining({ zweck: "passwort_zuruecksetzen" })]);
    expect(JSON.stringify(exported)).not.toMatch(/argon2|passwort_hash|passwortHash|token/i);
    expect(await exportAccountData(db, chat, control.benutzerId, deletionTime)).toMatchObject({ termine: [expect.objectContaining({ name: "Kontrollperson" })] });

    /** Every table (except Prisma's migration list), every row as JSON text: which identifiers or personal data occur where. */
    const needles = [account.benutzerId, "loesch eule 7", "loesch-eule-7", secrets.name, secrets.email, secrets.telefon, secrets.anliegen, sha256Hex(`login:${account.pseudonym}`)].map((s) => s.toLowerCase());
    async function traces(): Promise<string[]> {
      const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
      );
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["benutzer", "sitzung", "gespeichertes_ergebnis", "einmallink", "termin", "gespraech", "chat_nachricht", "mail_outbox", "protokoll", "anmelde_fehlversuch"]));
      const found = new Set<string>();
      for (const { name } of tables) {
        const rows = await db.$queryRawUnsafe<Array<{ j: string }>>(`SELECT row_to_json(t)::text AS j FROM "${name}" t`);
        for (const row of rows) {
          const text = row.j.toLowerCase();
          for (const needle of needles) if (text.includes(needle)) found.add(`${name}: ${needle}`);
        }
      }
      return [...found].sort();
    }

    // Wrong password: nothing happens.
    const wrong = await confirmAndDeleteAccount(db, { benutzerId: account.benutzerId, passwort: "falsches Passwort!!", clientIp: "192.0.2.77", now: deletionTime }, limiter());
    expect(wrong).toEqual({ ok: false, reason: "falsch" });
    expect(await db.benutzer.count({ where: { id: account.benutzerId } })).toBe(1);
    // The scan sees the data before the deletion (so its silence afterwards means something).
    expect(await traces()).toEqual(
      expect.arrayContaining([
        `benutzer: ${account.benutzerId}`,
        "benutzer: loesch eule 7",
        `sitzung: ${account.benutzerId}`,
        `gespeichertes_ergebnis: ${account.benutzerId}`,
        `einmallink: ${account.benutzerId}`,
        `gespraech: ${account.benutzerId}`,
        `termin: ${secrets.telefon}`,
        `termin: ${secrets.name.toLowerCase()}`,
        `mail_outbox: ${secrets.email}`,
        `anmelde_fehlversuch: ${sha256Hex(`login:${account.pseudonym}`)}`,
      ]),
    );

    const deleted = await confirmAndDeleteAccount(db, { benutzerId: account.benutzerId, passwort: PASSWORT, clientIp: "192.0.2.77", now: deletionTime }, limiter());
    expect(deleted).toEqual({ ok: true, abgesagt: 1, anonymisiert: 2, gespraeche: 1 });

    // The tables of the account: nothing left.
    expect(await db.benutzer.count({ where: { id: account.benutzerId } })).toBe(0);
    expect(await db.benutzer.count({ where: { OR: [{ pseudonym: account.pseudonym }, { email: account.email }] } })).toBe(0);
    expect(await db.sitzung.count({ where: { benutzerId: account.benutzerId } })).toBe(0);
    expect(await db.gespeichertesErgebnis.count({ where: { benutzerId: account.benutzerId } })).toBe(0);
    expect(await db.einmallink.count({ where: { benutzerId: account.benutzerId } })).toBe(0);
    expect(await db.gespraech.count({ where: { id: gespraechId } })).toBe(0);
    expect(await db.chatNachricht.count({ where: { gespraechId } })).toBe(0);
    expect(await db.anmeldeFehlversuch.count({ where: { kennung: sha256Hex(`login:${account.pseudonym}`) } })).toBe(0);
    expect(await db.termin.count({ where: { benutzerId: account.benutzerId } })).toBe(0);
    // The appointments stay for the centre's calendar, without any personal data; the one ahead is cancelled and its slot free.
    const termine = await db.termin.findMany({ where: { id: { in: [past.termin.id, ahead.termin.id] } }, orderBy: { beginn: "asc" } });
    expect(termine.map((t) => ({ status: t.status, name: t.name, email: t.email, telefon: t.telefon, anliegen: t.anliegen, benutzerId: t.benutzerId, idempotenzKey: t.idempotenzKey }))).toEqual([
      { status: "gebucht", name: "Gelöscht", email: null, telefon: null, anliegen: null, benutzerId: null, idempotenzKey: null },
      { status: "storniert", name: "Gelöscht", email: null, telefon: null, anliegen: null, benutzerId: null, idempotenzKey: null },
    ]);
    expect(termine[1]!.stornoGrund).toMatch(/Konto gelöscht/);
    const free = await freeSlots(db, centre.beratungsstelleId, { von: "2026-01-08", bis: "2026-01-08", art: "telefon", now: deletionTime });
    expect(free.some((slot) => slot.start.getTime() === nthSlot(30).getTime())).toBe(true);

    // Every table, every column: no trace of the account's identifiers or the personal data it gave.
    expect(await traces()).toEqual([]);

    // The control account is untouched.
    expect(await db.benutzer.count({ where: { id: control.benutzerId } })).toBe(1);
    expect(await db.gespeichertesErgebnis.count({ where: { benutzerId: control.benutzerId } })).toBe(1);
    expect(await db.termin.findUnique({ where: { id: controlBooking.ok ? controlBooking.termin.id : "" } })).toMatchObject({ name: "Kontrollperson", benutzerId: control.benutzerId, status: "gebucht" });
    expect(await db.gespraech.count({ where: { id: controlChat.gespraechId } })).toBe(1);

    // And the login is gone.
    const login = await settle(loginAction({ request: post("/anmelden", { kennung: "Loesch Eule 7", passwort: PASSWORT }), context: context(), params: {} }));
    expect(login.status).toBe(200);
  });
});
