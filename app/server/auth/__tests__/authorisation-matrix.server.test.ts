/**
 * The authorisation matrix (issue 5, point 6): every staff-facing route module, its loader and
 * each intent of its action, called directly with the session cookie of every kind of actor, on
 * the objects of the actor's own centre, of another centre of the same Träger A, and of a foreign
 * Träger B ("a Caritas editor editing a Diakonie centre", with the real id of B's object, as if
 * guessed). Tenant-A staff: berater and stellenleitung of the own centre, traeger_admin of A.
 *
 *   anonymous, deactivated account     → redirect to /anmelden
 *   staff without the second factor    → redirect to /anmelden/zweiter-faktor
 *   help seeker, wrong role, foreign   → 403 or 404, and nothing in the database changes
 *   allowed                            → 200 or a redirect (not to /anmelden), and `state` changes
 *
 * Every answer with a body is also checked for leaks: it must not contain the ids of objects
 * outside the actor's reach (the centre, calendar, booking and conversation of every centre
 * REACH does not give the actor; all of them for the municipality editor).
 *
 * HOW TO ADD A ROUTE: the first test fails for every route module in app/routes that is staff-
 * facing (its name starts with "verwaltung", or it calls requireStaff / requireCounsellor /
 * assertCan / can) but has no entry in MATRIX below. Add one entry per route file: one operation
 * for its loader (no `form`) and one per intent of its action (`form` with that intent's fields),
 * each with the roles allowed on objects in their reach (`allowed`), whether it acts on one
 * tenant's object (`scoped`: then it runs against all three, see REACH for who reaches which),
 * and for changes a `state` read (plus `prepare` for a fresh object per call where a change can
 * happen only once). Add objects the route needs to `TenantObjects` and to `seedTenant`.
 *
 * Not in the matrix, on purpose: termine.kalender-abo.$token.ts (the private iCal feed, keyed by
 * its secret token alone so calendar apps can subscribe; tested below: a session does not open
 * it), the login/second-factor/password pages (public by nature), and test.* routes (checked
 * below: 404 for everyone unless E2E_TEST_ROUTES). The JSON API under /api/v1 has no staff
 * endpoint: its handlers never see the session cookie (router.server.ts); PUBLIC_API below lists
 * every endpoint, so a new one must be classified.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createStaff } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { routeServices, sessionCookie } from "../../../../tests/support/route-context";
import { answer, get, post, TEST_BASE, type Answer } from "../../../../tests/support/routes";
import type { Actor, Rolle } from "../../../domain/accounts/permissions";
import { centreFormEntries, centreFormValues } from "../../../domain/counselling/centre-form";
import { localDateInBerlin } from "../../../domain/shared/dates";
import { API_ENDPOINTS } from "../../api/router.server";
import { freeSlots } from "../../booking/availability.server";
import { bookAppointment } from "../../booking/booking.server";
import { seedBookingCentre, TEST_SECRET } from "../../booking/__tests__/booking-fixture";
import { chatContext, startConversation } from "../../chat/conversations.server";
import type { Services } from "../../context.server";
import { loadEditableCentre } from "../../counselling/centre-editing.server";
import type { PrismaClient, Traeger } from "../../generated/prisma/client";
import { stageUpload } from "../../import/upload.server";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const ROUTES_DIR = path.join(ROOT, "app/routes");

type StaffRole = Exclude<Rolle, "ratsuchend">;
type ActorName = "anonym" | "deaktiviert" | "ratsuchend" | "ohne_zweiten_faktor" | StaffRole;
const ACTORS: readonly ActorName[] = ["anonym", "deaktiviert", "ratsuchend", "ohne_zweiten_faktor", "berater", "stellenleitung", "traeger_admin", "kommune_redaktion", "plattform_admin"];
const ALL_STAFF: readonly StaffRole[] = ["berater", "stellenleitung", "traeger_admin", "kommune_redaktion", "plattform_admin"];
const COUNSELLING: readonly StaffRole[] = ["berater", "stellenleitung"];
const APPOINTMENTS: readonly StaffRole[] = ["berater", "stellenleitung", "traeger_admin", "plattform_admin"];
const CENTRE_EDITORS: readonly StaffRole[] = ["stellenleitung", "traeger_admin", "plattform_admin"];
/** "personal.verwalten" and "fehlermeldung.bearbeiten": the centre's lead, its Träger's admin, platform admins. */
const CENTRE_LEADS: readonly StaffRole[] = CENTRE_EDITORS;
const TRAEGER_ADMINS: readonly StaffRole[] = ["traeger_admin", "plattform_admin"];

/** One tenant's objects the operations act on (`prepare` may hand out fresh ones for one call). */
type TenantObjects = {
  traeger: string;
  stelle: string;
  kalender: string;
  termin: string;
  gespraech: string;
  kommune: string;
  start?: string;
  sperre?: string;
  meldung?: string;
  person?: string;
  mitgliedschaft?: string;
  email?: string;
  vorschau?: string;
};
type Account = { benutzerId: string; cookie: string };
/**
 * Where the objects are, seen from the tenant-A staff: "eigen" is the centre of the berater and
 * the stellenleitung (of Träger A) and the Kommune of the kommune_redaktion, "nachbar" another
 * centre of Träger A (reached by its traeger_admin only) and another Kommune, "fremd" a centre
 * of Träger B and a third Kommune (reached by plattform_admin only). Centre operations list no
 * kommune_redaktion in `allowed`, Kommune operations (to come) no centre roles.
 */
type Tenant = "eigen" | "nachbar" | "fremd";
const REACH: Record<Tenant, readonly StaffRole[]> = {
  eigen: ["berater", "stellenleitung", "traeger_admin", "kommune_redaktion", "plattform_admin"],
  nachbar: ["traeger_admin", "plattform_admin"],
  fremd: ["plattform_admin"],
};
type Fixture = {
  prisma: PrismaClient;
  services: Services;
  tenants: Record<Tenant, TenantObjects>;
  mail: string;
  accounts: Partial<Record<ActorName, Account>>;
  /** Free slots per centre, handed out by nextSlot. */
  slots: Map<string, Date[]>;
};
type Fields = Record<string, string> | Array<[string, string]> | FormData;

type Operation = {
  /** "GET" for the loader, "POST <intent>" for an action's intent. */
  name: string;
  path: (o: TenantObjects, fx: Fixture) => string;
  params?: (o: TenantObjects, fx: Fixture) => Record<string, string>;
  /** The action's form fields; without, the operation calls the loader. */
  form?: (o: TenantObjects, fx: Fixture, actor: Account | undefined) => Fields | Promise<Fields>;
  /** The roles allowed on objects within their reach (REACH). */
  allowed: readonly StaffRole[];
  /** Acts on one tenant's object: run for every Tenant, where only the roles of REACH may. */
  scoped: boolean;
  /** Fresh objects for this one call. */
  prepare?: (fx: Fixture, o: TenantObjects, actor: Account | undefined) => Promise<TenantObjects>;
  /** What the operation changes: equal after a refusal, different after an allowed call. */
  state?: (fx: Fixture, o: TenantObjects, actor: Account | undefined) => Promise<unknown>;
};

const id = (o: TenantObjects) => ({ id: o.stelle });
const agenda = (o: TenantObjects) => `/verwaltung/termine?stelle=${o.stelle}`;

/** A fresh booking at the tenant's centre, at its next free slot (the routes read the real clock). */
async function freshBooking(fx: Fixture, o: TenantObjects): Promise<TenantObjects> {
  const [slot, next] = [nextSlot(fx, o), nextSlot(fx, o)];
  const booked = await bookAppointment({ db: fx.prisma, secret: TEST_SECRET, now: new Date(), publicUrl: TEST_BASE }, { beratungsstelleId: o.stelle, start: slot, art: "telefon", name: "Pseudonym Matrix" });
  if (!booked.ok) throw new Error(booked.code);
  return { ...o, termin: booked.termin.id, start: next.toISOString() };
}

/** Hands out the centre's free slots of the next weeks one by one (listed once: blocks go beyond them). */
function nextSlot(fx: Fixture, o: TenantObjects): Date {
  const slot = fx.slots.get(o.stelle)?.shift();
  if (!slot) throw new Error("Keine freien Termine mehr in der Testberatungsstelle.");
  return slot;
}

/** Blocked days lie after the handed-out slots (see nextSlot), within the calendar's 90 days. */
const blockedDay = (days: number) => localDateInBerlin(new Date(Date.now() + days * 86_400_000));

async function freshConversation(fx: Fixture, o: TenantObjects): Promise<TenantObjects> {
  const started = await startConversation(chatContext(fx.services), { beratungsstelleId: o.stelle, pseudonym: "Matrix Welle" });
  if (!started.ok) throw new Error(started.code);
  return { ...o, gespraech: started.gespraechId };
}

const terminState = (fx: Fixture, o: TenantObjects) => fx.prisma.termin.findUniqueOrThrow({ where: { id: o.termin }, select: { status: true, beginn: true } });
const gespraechState = (fx: Fixture, o: TenantObjects) => fx.prisma.gespraech.findUniqueOrThrow({ where: { id: o.gespraech }, select: { status: true, beraterId: true, letzteSeq: true } });

/** The centre form as the edit page posts it, from what is stored now. */
async function centreForm(fx: Fixture, o: TenantObjects, changes: { name?: string; aktion?: string }): Promise<Fields> {
  const centre = await loadEditableCentre(fx.prisma, o.stelle);
  const values = { ...centreFormValues(centre!.form), ...(changes.name ? { name: changes.name } : {}) };
  return [...centreFormEntries(values), ["aktion", changes.aktion ?? "speichern"]];
}

const unique = () => randomBytes(4).toString("hex");

/** A fresh "Fehler melden" report on the tenant's centre. */
async function freshReport(fx: Fixture, o: TenantObjects): Promise<TenantObjects> {
  const report = await fx.prisma.fehlermeldung.create({ data: { beratungsstelleId: o.stelle, nachricht: "Die Telefonnummer stimmt nicht mehr (Demo-Meldung)." } });
  return { ...o, meldung: report.id };
}
const reportState = (fx: Fixture, o: TenantObjects) => fx.prisma.fehlermeldung.findUniqueOrThrow({ where: { id: o.meldung }, select: { status: true, notiz: true } });

/** A fresh staff member of the tenant's centre, invited (no password yet), with one membership. */
async function freshPerson(fx: Fixture, o: TenantObjects, rolle: "berater" | "stellenleitung" = "berater"): Promise<TenantObjects> {
  const email = `matrix-${unique()}@example.org`;
  const person = await fx.prisma.benutzer.create({
    data: { email, anzeigename: `Demo-Person ${unique()}`, isDemo: true, mitgliedschaften: { create: { rolle, beratungsstelleId: o.stelle } } },
    select: { id: true, mitgliedschaften: { select: { id: true } } },
  });
  return { ...o, person: person.id, mitgliedschaft: person.mitgliedschaften[0]!.id, email };
}
const personPath = (o: TenantObjects) => `/verwaltung/personal/${o.person}`;
const personParams = (o: TenantObjects) => ({ id: o.person! });
const membershipState = (fx: Fixture, o: TenantObjects) => fx.prisma.mitgliedschaft.findMany({ where: { benutzerId: o.person }, select: { id: true, rolle: true }, orderBy: { id: "asc" } });

/** A one-row CSV for the tenant's Träger: a new centre with coordinates (no place lookup needed). */
async function importCsv(fx: Fixture, o: TenantObjects): Promise<{ text: string; scope: { traegerId: string; name: string; verband: Traeger["verband"] } }> {
  const traeger = await fx.prisma.traeger.findUniqueOrThrow({ where: { id: o.traeger }, select: { id: true, name: true, verband: true } });
  const header = "externe_id;name;traeger;verband;themen;strasse;plz;ort;lat;lon;telefon;email;website;kanaele;sprachen;barrierefrei;barrierefreiheit_hinweis;oeffnungszeiten;beschreibung;zielgruppen;kosten;anonym;zuletzt_geprueft";
  const id = unique();
  const row = `demo-matrix-${id};Demo-Importstelle ${id};${traeger.name};${traeger.verband};schulden;Demo-Weg 2;04109;Leipzig;51.3397;12.3731;;;;vor_ort;de;;;;Demo-Beratung aus dem Import.;;;;`;
  return { text: `${header}\n${row}\n`, scope: { traegerId: traeger.id, name: traeger.name, verband: traeger.verband } };
}

/** A staged upload of the actor (of the platform admin for actors without an account) for the tenant's Träger. */
async function freshPreview(fx: Fixture, o: TenantObjects, actor: Account | undefined): Promise<TenantObjects> {
  const { text, scope } = await importCsv(fx, o);
  const owner = { benutzerId: (actor ?? fx.accounts.plattform_admin!).benutzerId } as Actor;
  const now = new Date();
  const vorschau = await stageUpload(fx.prisma, owner, { dateiname: "matrix.csv", text, scope, heute: localDateInBerlin(now), places: async () => fx.services.places, now });
  return { ...o, vorschau };
}
const previewPath = (o: TenantObjects) => `/verwaltung/import/${o.vorschau}`;
/** Kommune routes (issue 5 item 4): a fresh Wohngeld Zuständigkeit of the tenant's Kommune, its id carried on the objects. */
const KOMMUNE_EDITORS: readonly StaffRole[] = ["kommune_redaktion", "plattform_admin"];
type WithZustaendigkeit = TenantObjects & { zustaendigkeit: string };
const zid = (o: TenantObjects) => (o as WithZustaendigkeit).zustaendigkeit;
async function freshZustaendigkeit(fx: Fixture, o: TenantObjects): Promise<TenantObjects> {
  await fx.prisma.zustaendigkeit.deleteMany({ where: { kommuneId: o.kommune } });
  const z = await fx.prisma.zustaendigkeit.create({ data: { kommuneId: o.kommune, leistung: "wohngeld", name: "Demo-Wohngeldstelle Matrix", strasse: "Demoweg 1", plz: "04103", ort: "Leipzig" } });
  const objects: WithZustaendigkeit = { ...o, zustaendigkeit: z.id };
  return objects;
}
const zustaendigkeitForm = () => ({ leistung: "wohngeld", name: `Demo-Wohngeldstelle ${randomBytes(3).toString("hex")}`, strasse: "Demoweg 2", plz: "04103", ort: "Leipzig", oeffnungszeiten: "", telefon: "", email: "", onlineAntrag: "https://www.demo.invalid/wohngeld" });
const zustaendigkeitPath = (o: TenantObjects, z: string) => `/verwaltung/kommune/${o.kommune}/zustaendigkeiten/${z}`;

/** One entry per staff-facing route file. See the comment at the top for how to add one. */
const MATRIX: Record<string, Operation[]> = {
  "verwaltung.tsx": [{ name: "GET", path: () => "/verwaltung", allowed: ALL_STAFF, scoped: false }],
  "verwaltung._index.tsx": [{ name: "GET", path: () => "/verwaltung", allowed: ALL_STAFF, scoped: false }],
  "verwaltung.stellen._index.tsx": [{ name: "GET", path: () => "/verwaltung/stellen", allowed: ALL_STAFF, scoped: false }],
  "verwaltung.stellen.$id.tsx": [
    { name: "GET", path: (o) => `/verwaltung/stellen/${o.stelle}`, params: id, allowed: CENTRE_EDITORS, scoped: true },
    {
      name: "POST aktion=speichern",
      path: (o) => `/verwaltung/stellen/${o.stelle}`,
      params: id,
      form: (o, fx) => centreForm(fx, o, { name: `Demo-Beratung geändert ${randomBytes(3).toString("hex")}` }),
      allowed: CENTRE_EDITORS,
      scoped: true,
      state: (fx, o) => fx.prisma.beratungsstelle.findUniqueOrThrow({ where: { id: o.stelle }, select: { name: true } }),
    },
    {
      name: "POST aktion=geprueft",
      path: (o) => `/verwaltung/stellen/${o.stelle}`,
      params: id,
      form: () => ({ aktion: "geprueft" }),
      allowed: CENTRE_EDITORS,
      scoped: true,
      prepare: async (fx, o) => {
        await fx.prisma.beratungsstelle.update({ where: { id: o.stelle }, data: { zuletztGeprueft: null } });
        return o;
      },
      state: (fx, o) => fx.prisma.beratungsstelle.findUniqueOrThrow({ where: { id: o.stelle }, select: { zuletztGeprueft: true } }),
    },
    { name: "POST aktion=zeit-hinzufuegen", path: (o) => `/verwaltung/stellen/${o.stelle}`, params: id, form: (o, fx) => centreForm(fx, o, { aktion: "zeit-hinzufuegen" }), allowed: CENTRE_EDITORS, scoped: true },
  ],
  "verwaltung.termine._index.tsx": [
    { name: "GET ohne Stelle", path: () => "/verwaltung/termine", allowed: ALL_STAFF, scoped: false },
    { name: "GET", path: agenda, allowed: APPOINTMENTS, scoped: true },
    {
      name: "POST formular=termin",
      path: agenda,
      form: (o) => ({ formular: "termin", terminId: o.termin, aktion: "bestaetigen" }),
      allowed: APPOINTMENTS,
      scoped: true,
      prepare: freshBooking,
      state: terminState,
    },
    {
      name: "POST formular=sperre",
      path: agenda,
      form: (o) => ({ formular: "sperre", kalenderId: o.kalender, sperreDatum: blockedDay(80), sperreVon: "", sperreBis: "" }),
      allowed: APPOINTMENTS,
      scoped: true,
      state: (fx, o) => fx.prisma.terminausnahme.count({ where: { kalenderId: o.kalender } }),
    },
    {
      name: "POST formular=entsperren",
      path: agenda,
      form: (o) => ({ formular: "entsperren", ausnahmeId: o.sperre! }),
      allowed: APPOINTMENTS,
      scoped: true,
      prepare: async (fx, o) => {
        const sperre = await fx.prisma.terminausnahme.create({ data: { beratungsstelleId: o.stelle, kalenderId: o.kalender, typ: "geschlossen", datum: new Date(blockedDay(85)) } });
        return { ...o, sperre: sperre.id };
      },
      state: (fx, o) => fx.prisma.terminausnahme.count({ where: { id: o.sperre } }),
    },
    {
      name: "POST formular=abo",
      path: agenda,
      form: (o) => ({ formular: "abo", kalenderId: o.kalender }),
      allowed: APPOINTMENTS,
      scoped: true,
      state: (fx, o) => fx.prisma.beratungskalender.findUniqueOrThrow({ where: { id: o.kalender }, select: { icalTokenHash: true } }),
    },
    {
      name: "POST formular=abo aktion=widerrufen",
      path: agenda,
      form: (o) => ({ formular: "abo", aktion: "widerrufen", kalenderId: o.kalender }),
      allowed: APPOINTMENTS,
      scoped: true,
      prepare: async (fx, o) => {
        await fx.prisma.beratungskalender.update({ where: { id: o.kalender }, data: { icalTokenHash: `vorher-${o.kalender}` } });
        return o;
      },
      state: (fx, o) => fx.prisma.beratungskalender.findUniqueOrThrow({ where: { id: o.kalender }, select: { icalTokenHash: true } }),
    },
  ],
  "verwaltung.termine.$id.tsx": [
    { name: "GET", path: (o) => `/verwaltung/termine/${o.termin}`, params: (o) => ({ id: o.termin }), allowed: APPOINTMENTS, scoped: true },
    {
      name: "POST absagen",
      path: (o) => `/verwaltung/termine/${o.termin}`,
      params: (o) => ({ id: o.termin }),
      form: () => ({ grund: "Die Beraterin ist erkrankt." }),
      allowed: APPOINTMENTS,
      scoped: true,
      prepare: freshBooking,
      state: terminState,
    },
    {
      name: "POST formular=verschieben",
      path: (o) => `/verwaltung/termine/${o.termin}`,
      params: (o) => ({ id: o.termin }),
      form: (o) => ({ formular: "verschieben", start: o.start! }),
      allowed: APPOINTMENTS,
      scoped: true,
      prepare: freshBooking,
      state: terminState,
    },
  ],
  "verwaltung.gespraeche._index.tsx": [
    { name: "GET", path: () => "/verwaltung/gespraeche", allowed: COUNSELLING, scoped: false },
    {
      name: "POST aktion=annehmen",
      path: () => "/verwaltung/gespraeche",
      form: (o) => ({ aktion: "annehmen", gespraech_id: o.gespraech }),
      allowed: COUNSELLING,
      scoped: true,
      prepare: freshConversation,
      state: gespraechState,
    },
    {
      name: "POST aktion=abwesenheit",
      path: () => "/verwaltung/gespraeche",
      form: (o) => ({ aktion: "abwesenheit", stelle_id: o.stelle, [`abwesenheit_text_${o.stelle}`]: `Wir sind nicht erreichbar (${randomUUID()}).`, [`abwesend_bis_${o.stelle}`]: "" }),
      allowed: COUNSELLING,
      scoped: true,
      state: (fx, o) => fx.prisma.beratungsstelle.findUniqueOrThrow({ where: { id: o.stelle }, select: { chatAbwesenheitText: true } }),
    },
    {
      name: "POST aktion=benachrichtigung",
      path: () => "/verwaltung/gespraeche",
      // Flips the actor's own opt-in, so an allowed call always changes it.
      form: async (_, fx, actor): Promise<Fields> => {
        const current = actor ? (await fx.prisma.benutzer.findUniqueOrThrow({ where: { id: actor.benutzerId } })).chatMailBenachrichtigung : false;
        return current ? { aktion: "benachrichtigung" } : { aktion: "benachrichtigung", mail: "ja" };
      },
      allowed: COUNSELLING,
      scoped: false,
      state: (fx, _, actor) => (actor ? fx.prisma.benutzer.findUniqueOrThrow({ where: { id: actor.benutzerId }, select: { chatMailBenachrichtigung: true } }) : Promise.resolve(null)),
    },
  ],
  "verwaltung.gespraeche.$id.tsx": [
    { name: "GET", path: (o) => `/verwaltung/gespraeche/${o.gespraech}`, params: (o) => ({ id: o.gespraech }), allowed: COUNSELLING, scoped: true },
    ...(["annehmen", "schliessen"] as const).map(
      (aktion): Operation => ({
        name: `POST aktion=${aktion}`,
        path: (o) => `/verwaltung/gespraeche/${o.gespraech}`,
        params: (o) => ({ id: o.gespraech }),
        form: () => ({ aktion }),
        allowed: COUNSELLING,
        scoped: true,
        prepare: freshConversation,
        state: gespraechState,
      }),
    ),
    {
      // The conversation is (or once was) the actor's own: ownership alone must not open another tenant's.
      name: "POST aktion=senden",
      path: (o) => `/verwaltung/gespraeche/${o.gespraech}`,
      params: (o) => ({ id: o.gespraech }),
      form: () => ({ aktion: "senden", client_id: randomUUID(), text: "Guten Tag, wie können wir helfen?" }),
      allowed: COUNSELLING,
      scoped: true,
      prepare: async (fx, o, actor) => {
        const fresh = await freshConversation(fx, o);
        if (actor) await fx.prisma.gespraech.update({ where: { id: fresh.gespraech }, data: { status: "offen", beraterId: actor.benutzerId } });
        return fresh;
      },
      state: gespraechState,
    },
    {
      // The actor owns the conversation and adds the other counsellor of the own centre; elsewhere ownership must not help.
      name: "POST aktion=kollege_hinzufuegen",
      path: (o) => `/verwaltung/gespraeche/${o.gespraech}`,
      params: (o) => ({ id: o.gespraech }),
      form: (_, fx, actor) => ({
        aktion: "kollege_hinzufuegen",
        kollege_id: actor?.benutzerId === fx.accounts.berater?.benutzerId ? fx.accounts.stellenleitung!.benutzerId : fx.accounts.berater!.benutzerId,
      }),
      allowed: COUNSELLING,
      scoped: true,
      prepare: async (fx, o, actor) => {
        const fresh = await freshConversation(fx, o);
        if (actor) await fx.prisma.gespraech.update({ where: { id: fresh.gespraech }, data: { status: "offen", beraterId: actor.benutzerId } });
        return fresh;
      },
      state: (fx, o) => fx.prisma.gespraechTeilnahme.count({ where: { gespraechId: o.gespraech } }),
    },
  ],
  "verwaltung.postausgang._index.tsx": [{ name: "GET", path: () => "/verwaltung/postausgang", allowed: ["plattform_admin"], scoped: false }],
  "verwaltung.postausgang.$id.tsx": [{ name: "GET", path: (_, fx) => `/verwaltung/postausgang/${fx.mail}`, params: (_, fx) => ({ id: fx.mail }), allowed: ["plattform_admin"], scoped: false }],
  "anmelden.wiederherstellungscodes.tsx": [
    { name: "GET", path: () => "/anmelden/wiederherstellungscodes", allowed: ALL_STAFF, scoped: false },
    {
      name: "POST neue Codes",
      path: () => "/anmelden/wiederherstellungscodes",
      form: () => ({}),
      allowed: ALL_STAFF,
      scoped: false,
      state: async (fx, _, actor) => (actor ? fx.prisma.wiederherstellungscode.findMany({ where: { benutzerId: actor.benutzerId }, select: { id: true }, orderBy: { id: "asc" } }) : null),
    },
  ],
  "anmelden.zweiter-faktor_.neu.tsx": [
    { name: "GET", path: () => "/anmelden/zweiter-faktor/neu", allowed: ALL_STAFF, scoped: false },
    {
      // The right password leads to the new secret (in a cookie only; the stored one stays until a code confirms it).
      name: "POST schritt=passwort",
      path: () => "/anmelden/zweiter-faktor/neu",
      form: () => ({ schritt: "passwort", passwort: "Matrix-Testpasswort" }),
      allowed: ALL_STAFF,
      scoped: false,
    },
  ],
  // Municipality editors have an inbox too: the reports on their local offers.
  "verwaltung.meldungen._index.tsx": [{ name: "GET", path: () => "/verwaltung/meldungen", allowed: [...CENTRE_LEADS, "kommune_redaktion"], scoped: false }],
  "verwaltung.meldungen.$id.tsx": [
    { name: "GET", path: (o) => `/verwaltung/meldungen/${o.meldung}`, params: (o) => ({ id: o.meldung! }), allowed: CENTRE_LEADS, scoped: true, prepare: freshReport },
    {
      name: "POST aktion=erledigt",
      path: (o) => `/verwaltung/meldungen/${o.meldung}`,
      params: (o) => ({ id: o.meldung! }),
      form: () => ({ aktion: "erledigt", notiz: "Die Telefonnummer ist korrigiert." }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: freshReport,
      state: reportState,
    },
  ],
  "verwaltung.import._index.tsx": [
    { name: "GET", path: () => "/verwaltung/import", allowed: TRAEGER_ADMINS, scoped: false },
    {
      name: "POST datei",
      path: () => "/verwaltung/import",
      form: async (o, fx) => {
        const form = new FormData();
        form.set("traegerId", o.traeger);
        form.set("datei", new File([(await importCsv(fx, o)).text], "matrix.csv", { type: "text/csv" }));
        return form;
      },
      allowed: TRAEGER_ADMINS,
      scoped: true,
      state: (fx, o) => fx.prisma.importVorschau.count({ where: { traegerId: o.traeger } }),
    },
  ],
  "verwaltung.import.$id.tsx": [
    // The preview is the uploader's own (prepare stages it for the actor): reach is still checked.
    { name: "GET", path: previewPath, params: (o) => ({ id: o.vorschau! }), allowed: TRAEGER_ADMINS, scoped: true, prepare: freshPreview },
    {
      name: "POST aktion=bestaetigen",
      path: previewPath,
      params: (o) => ({ id: o.vorschau! }),
      form: () => ({ aktion: "bestaetigen" }),
      allowed: TRAEGER_ADMINS,
      scoped: true,
      prepare: freshPreview,
      state: (fx, o) => fx.prisma.importVorschau.findUniqueOrThrow({ where: { id: o.vorschau }, select: { angewendetAm: true } }),
    },
  ],
  "verwaltung.personal._index.tsx": [{ name: "GET", path: () => "/verwaltung/personal", allowed: CENTRE_LEADS, scoped: false }],
  "verwaltung.personal.einladen.tsx": [
    { name: "GET", path: () => "/verwaltung/personal/einladen", allowed: CENTRE_LEADS, scoped: false },
    {
      // The tenant's centre as the place: guessing another tenant's centre id must not invite there.
      name: "POST",
      path: () => "/verwaltung/personal/einladen",
      form: (o) => ({ email: o.email!, anzeigename: "Demo-Beraterin Matrix", ziel: `stelle:${o.stelle}`, rolle: "berater" }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: async (_, o) => ({ ...o, email: `matrix-${unique()}@example.org` }),
      state: (fx, o) => fx.prisma.benutzer.count({ where: { email: o.email } }),
    },
  ],
  "verwaltung.personal.$id.tsx": [
    { name: "GET", path: personPath, params: personParams, allowed: CENTRE_LEADS, scoped: true, prepare: (fx, o) => freshPerson(fx, o) },
    {
      // A Stellenleitung does not change another Stellenleitung (visible, not manageable: 403).
      name: "POST aktion=rolle",
      path: personPath,
      params: personParams,
      form: (o) => ({ aktion: "rolle", mitgliedschaft: o.mitgliedschaft!, [`rolle-${o.mitgliedschaft}`]: "berater" }),
      allowed: TRAEGER_ADMINS,
      scoped: true,
      prepare: (fx, o) => freshPerson(fx, o, "stellenleitung"),
      state: membershipState,
    },
    {
      name: "POST aktion=entfernen",
      path: personPath,
      params: personParams,
      form: (o) => ({ aktion: "entfernen", mitgliedschaft: o.mitgliedschaft! }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: (fx, o) => freshPerson(fx, o),
      state: membershipState,
    },
    {
      // A further role at the tenant's Träger: beyond a Stellenleitung's reach (403).
      name: "POST aktion=zuweisen",
      path: personPath,
      params: personParams,
      form: (o) => ({ aktion: "zuweisen", ziel: `traeger:${o.traeger}`, rolle: "traeger_admin" }),
      allowed: TRAEGER_ADMINS,
      scoped: true,
      prepare: (fx, o) => freshPerson(fx, o),
      state: membershipState,
    },
    {
      name: "POST aktion=deaktivieren",
      path: personPath,
      params: personParams,
      form: () => ({ aktion: "deaktivieren" }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: (fx, o) => freshPerson(fx, o),
      state: (fx, o) => fx.prisma.benutzer.findUniqueOrThrow({ where: { id: o.person }, select: { aktiv: true } }),
    },
    {
      name: "POST aktion=reaktivieren",
      path: personPath,
      params: personParams,
      form: () => ({ aktion: "reaktivieren" }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: async (fx, o) => {
        const fresh = await freshPerson(fx, o);
        await fx.prisma.benutzer.update({ where: { id: fresh.person }, data: { aktiv: false } });
        return fresh;
      },
      state: (fx, o) => fx.prisma.benutzer.findUniqueOrThrow({ where: { id: o.person }, select: { aktiv: true } }),
    },
    {
      name: "POST aktion=zweiten-faktor-zuruecksetzen",
      path: personPath,
      params: personParams,
      form: () => ({ aktion: "zweiten-faktor-zuruecksetzen" }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: async (fx, o) => {
        const fresh = await freshPerson(fx, o);
        await fx.prisma.benutzer.update({ where: { id: fresh.person }, data: { passwortHash: "x", totpAktiviert: true, totpSecret: fx.services.totpSecrets.seal("JBSWY3DPEHPK3PXP") } });
        return fresh;
      },
      state: (fx, o) => fx.prisma.benutzer.findUniqueOrThrow({ where: { id: o.person }, select: { totpAktiviert: true, totpSecret: true } }),
    },
    {
      name: "POST aktion=erneut-einladen",
      path: personPath,
      params: personParams,
      form: () => ({ aktion: "erneut-einladen" }),
      allowed: CENTRE_LEADS,
      scoped: true,
      prepare: (fx, o) => freshPerson(fx, o),
      state: (fx, o) => fx.prisma.mailOutbox.count({ where: { an: o.email } }),
    },
  ],
  "verwaltung.traeger._index.tsx": [
    { name: "GET", path: () => "/verwaltung/traeger", allowed: TRAEGER_ADMINS, scoped: false },
    {
      name: "POST anlegen",
      path: () => "/verwaltung/traeger",
      form: () => ({ name: `Demo-Träger Matrix ${unique()}`, verband: "sonstige", website: "", adminName: "Demo-Administration", adminEmail: `matrix-${unique()}@example.org` }),
      allowed: ["plattform_admin"],
      scoped: false,
      state: (fx) => fx.prisma.traeger.count(),
    },
  ],
  "verwaltung.traeger.$id.tsx": [
    { name: "GET", path: (o) => `/verwaltung/traeger/${o.traeger}`, params: (o) => ({ id: o.traeger }), allowed: TRAEGER_ADMINS, scoped: true },
    {
      name: "POST",
      path: (o) => `/verwaltung/traeger/${o.traeger}`,
      params: (o) => ({ id: o.traeger }),
      form: () => ({ name: `Demo-Träger geändert ${unique()}`, verband: "sonstige", website: "" }),
      allowed: TRAEGER_ADMINS,
      scoped: true,
      state: (fx, o) => fx.prisma.traeger.findUniqueOrThrow({ where: { id: o.traeger }, select: { name: true } }),
    },
  ],
  "verwaltung.stellen.neu.tsx": [
    { name: "GET", path: (o) => `/verwaltung/stellen/neu?traeger=${o.traeger}`, allowed: TRAEGER_ADMINS, scoped: true },
    {
      name: "POST aktion=speichern",
      path: (o) => `/verwaltung/stellen/neu?traeger=${o.traeger}`,
      form: (o, fx) => centreForm(fx, o, { name: `Demo-Beratung neu ${unique()}` }),
      allowed: TRAEGER_ADMINS,
      scoped: true,
      state: (fx, o) => fx.prisma.beratungsstelle.count({ where: { traegerId: o.traeger } }),
    },
  ],
  // ---- Kommune (issue 5 item 4) ----
  "verwaltung.kommune._index.tsx": [
    { name: "GET", path: () => "/verwaltung/kommune", allowed: KOMMUNE_EDITORS, scoped: false },
    {
      name: "POST Kommune anlegen",
      path: () => "/verwaltung/kommune",
      form: () => ({ name: "Demo-Gemeinde Matrix", ags: `98${randomBytes(3).readUIntBE(0, 3).toString().padStart(6, "0").slice(0, 6)}`, plz: "04103", redaktionName: "Demo-Redaktion", redaktionEmail: `matrix-${randomBytes(4).toString("hex")}@demo.sozialplattform.invalid` }),
      allowed: ["plattform_admin"],
      scoped: false,
      state: (fx) => fx.prisma.kommune.count(),
    },
  ],
  "verwaltung.kommune.$id.tsx": [
    { name: "GET", path: (o) => `/verwaltung/kommune/${o.kommune}`, params: (o) => ({ id: o.kommune }), allowed: KOMMUNE_EDITORS, scoped: true },
    {
      name: "POST aktion=loeschen",
      path: (o) => `/verwaltung/kommune/${o.kommune}`,
      params: (o) => ({ id: o.kommune }),
      form: (o) => ({ aktion: "loeschen", zustaendigkeit: zid(o) }),
      allowed: KOMMUNE_EDITORS,
      scoped: true,
      prepare: freshZustaendigkeit,
      state: (fx, o) => fx.prisma.zustaendigkeit.count({ where: { id: zid(o) } }),
    },
  ],
  "verwaltung.kommune.$id_.zustaendigkeiten.$zustaendigkeit.tsx": [
    { name: "GET neu", path: (o) => zustaendigkeitPath(o, "neu"), params: (o) => ({ id: o.kommune, zustaendigkeit: "neu" }), allowed: KOMMUNE_EDITORS, scoped: true },
    { name: "GET", path: (o) => zustaendigkeitPath(o, zid(o)), params: (o) => ({ id: o.kommune, zustaendigkeit: zid(o) }), allowed: KOMMUNE_EDITORS, scoped: true, prepare: freshZustaendigkeit },
    {
      name: "POST neu",
      path: (o) => zustaendigkeitPath(o, "neu"),
      params: (o) => ({ id: o.kommune, zustaendigkeit: "neu" }),
      form: zustaendigkeitForm,
      allowed: KOMMUNE_EDITORS,
      scoped: true,
      prepare: async (fx, o) => {
        await fx.prisma.zustaendigkeit.deleteMany({ where: { kommuneId: o.kommune } });
        return o;
      },
      state: (fx, o) => fx.prisma.zustaendigkeit.count({ where: { kommuneId: o.kommune } }),
    },
    {
      name: "POST ändern",
      path: (o) => zustaendigkeitPath(o, zid(o)),
      params: (o) => ({ id: o.kommune, zustaendigkeit: zid(o) }),
      form: zustaendigkeitForm,
      allowed: KOMMUNE_EDITORS,
      scoped: true,
      prepare: freshZustaendigkeit,
      state: (fx, o) => fx.prisma.zustaendigkeit.findUniqueOrThrow({ where: { id: zid(o) }, select: { name: true, strasse: true } }),
    },
  ],
  "verwaltung.kommune.$id_.angebote.neu.tsx": [
    { name: "GET", path: (o) => `/verwaltung/kommune/${o.kommune}/angebote/neu`, params: (o) => ({ id: o.kommune }), allowed: KOMMUNE_EDITORS, scoped: true },
    // A row button: the form again, nothing saved (saving is tested in kommunen.server.test.ts, it needs the place lookup).
    { name: "POST aktion=zeit-hinzufuegen", path: (o) => `/verwaltung/kommune/${o.kommune}/angebote/neu`, params: (o) => ({ id: o.kommune }), form: () => ({ aktion: "zeit-hinzufuegen" }), allowed: KOMMUNE_EDITORS, scoped: true },
  ],
  // Last, so that it reads the audit entries of every operation above (leak check).
  "verwaltung.protokoll.tsx": [{ name: "GET", path: () => "/verwaltung/protokoll", allowed: ["traeger_admin", "kommune_redaktion", "plattform_admin"], scoped: false }],
};

/** Every /api/v1 endpoint with why it needs no staff login. A new endpoint must be added here. */
const PUBLIC_API: Record<string, string> = {
  "/api/v1/openapi.json": "the API description",
  "/api/v1/leistungen": "public benefit information",
  "/api/v1/leistungscheck": "anonymous benefit check",
  "/api/v1/beratungsstellen": "published centres only",
  "/api/v1/beratungsstellen/:id": "published centres only",
  "/api/v1/orte": "place name suggestions from the offline place data",
  "/api/v1/export/hsds": "published centres only",
  "/api/v1/beratungsstellen/:id/termine": "free slots of published centres",
  "/api/v1/termine": "a help seeker books",
  "/api/v1/termine/:buchungscode": "a help seeker cancels with the booking's secret token",
  "/api/v1/gespraeche": "a help seeker starts an anonymous conversation",
};

const STAFF_GUARD = /\b(requireStaff|requireCounsellor|assertCan|can)\(/;
const routeFiles = readdirSync(ROUTES_DIR).filter((file) => /\.(ts|tsx)$/.test(file));
const isStaffFacing = (file: string) => file.startsWith("verwaltung") || STAFF_GUARD.test(readFileSync(path.join(ROUTES_DIR, file), "utf8"));

type RouteModule = { loader?: (args: unknown) => unknown; action?: (args: unknown) => unknown };
const loadRoute = (file: string) => import(path.join(ROUTES_DIR, file)) as Promise<RouteModule>;

describe("authorisation matrix: coverage", () => {
  it("lists every staff-facing route module, with its loader and its action", async () => {
    const staffFacing = routeFiles.filter(isStaffFacing);
    expect(staffFacing.filter((file) => !(file in MATRIX)), "staff-facing routes missing from MATRIX").toEqual([]);
    expect(Object.keys(MATRIX).filter((file) => !routeFiles.includes(file)), "MATRIX entries without a route file").toEqual([]);
    for (const file of Object.keys(MATRIX)) {
      const module = await loadRoute(file);
      const ops = MATRIX[file]!;
      if (module.loader) expect(ops.some((op) => !op.form), `${file}: an operation for the loader`).toBe(true);
      if (module.action) expect(ops.some((op) => op.form), `${file}: an operation per intent of the action`).toBe(true);
      if (!module.action) expect(ops.some((op) => op.form), `${file} has no action`).toBe(false);
    }
  });

  it("classifies every JSON API endpoint (none takes a staff login)", () => {
    expect(API_ENDPOINTS.map((endpoint) => endpoint.path).sort()).toEqual(Object.keys(PUBLIC_API).sort());
  });
});

describe.each(testDatabaseKinds)("authorisation matrix (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fx: Fixture;
  const slots = new Map<string, Date[]>();

  /** A centre with a calendar, a booking and a conversation; of its own Träger or of `traegerId`'s. */
  async function seedTenant(prisma: PrismaClient, services: Services, suffix: Tenant, ags: string, ofTraeger?: string): Promise<TenantObjects> {
    const centre = await seedBookingCentre(prisma, `matrix-${suffix}-${kind}`);
    const { traegerId } = await prisma.beratungsstelle.update({
      where: { id: centre.beratungsstelleId },
      data: { ...(ofTraeger ? { traegerId: ofTraeger } : {}), lat: 51.3397, lng: 12.3731, kanaele: ["vor_ort", "telefon", "video", "chat"], themen: ["schulden"], sprachen: ["de"], beschreibung: "Demo-Beratung für die Berechtigungsprüfung." },
      select: { traegerId: true },
    });
    const kommune = await prisma.kommune.create({ data: { ags, name: `Demo-Gemeinde ${suffix}`, plz: [], isDemo: true } });
    const objects: TenantObjects = { traeger: traegerId, stelle: centre.beratungsstelleId, kalender: centre.kalenderId, termin: "", gespraech: "", kommune: kommune.id };
    const now = new Date();
    const von = localDateInBerlin(new Date(now.getTime() + 86_400_000));
    const bis = localDateInBerlin(new Date(now.getTime() + 28 * 86_400_000));
    slots.set(objects.stelle, (await freeSlots(prisma, objects.stelle, { von, bis, art: "telefon", now })).map((slot) => slot.start));
    const partial = { prisma, services, slots } as Fixture;
    const { termin } = await freshBooking(partial, objects);
    const { gespraech } = await freshConversation(partial, objects);
    return { ...objects, termin, gespraech };
  }

  beforeAll(async () => {
    const { prisma } = database();
    const services = await routeServices(database());
    const eigen = await seedTenant(prisma, services, "eigen", "14713000");
    const nachbar = await seedTenant(prisma, services, "nachbar", "14713001", eigen.traeger);
    const fremd = await seedTenant(prisma, services, "fremd", "14713002");
    const mail = await prisma.mailOutbox.create({ data: { an: "demo@example.org", betreff: "Demo", text: "Demo-Text", anlass: "demo" } });

    const cookieFor = async (benutzerId: string, zweiterFaktor: boolean): Promise<Account> => ({ benutzerId, cookie: await sessionCookie(services, benutzerId, zweiterFaktor) });
    const scopes: Record<StaffRole, { traegerId?: string; beratungsstelleId?: string; kommuneId?: string }> = {
      berater: { beratungsstelleId: eigen.stelle },
      stellenleitung: { beratungsstelleId: eigen.stelle },
      traeger_admin: { traegerId: eigen.traeger },
      kommune_redaktion: { kommuneId: eigen.kommune },
      plattform_admin: {},
    };
    const accounts: Fixture["accounts"] = {};
    const staff = await Promise.all(
      [...ALL_STAFF, "stellenleitung" as const].map((rolle) => createStaff(prisma, { rolle, scope: scopes[rolle], anzeigename: `Demo-${rolle}`, password: "Matrix-Testpasswort" })),
    );
    for (const [index, rolle] of ALL_STAFF.entries()) accounts[rolle] = await cookieFor(staff[index]!.benutzerId, true);
    // A stellenleitung of the own centre whose account was deactivated after logging in.
    accounts.deaktiviert = await cookieFor(staff.at(-1)!.benutzerId, true);
    await prisma.benutzer.update({ where: { id: accounts.deaktiviert.benutzerId }, data: { aktiv: false } });
    // The Träger admin again, in a session that has not had the second factor yet.
    accounts.ohne_zweiten_faktor = await cookieFor(accounts.traeger_admin!.benutzerId, false);
    const ratsuchend = await prisma.benutzer.create({ data: { pseudonym: `matrix-${kind}`, anzeigename: "Ruhige Welle", istPersonal: false, isDemo: true } });
    accounts.ratsuchend = await cookieFor(ratsuchend.id, false);
    fx = { prisma, services, tenants: { eigen, nachbar, fremd }, mail: mail.id.toString(), accounts, slots };
  });

  type Expected = "login" | "zweiter_faktor" | "verweigert" | "erlaubt";
  function expected(actor: ActorName, op: Operation, tenant: Tenant): Expected {
    if (actor === "anonym" || actor === "deaktiviert") return "login";
    if (actor === "ohne_zweiten_faktor") return "zweiter_faktor";
    if (actor === "ratsuchend") return "verweigert";
    return op.allowed.includes(actor) && (!op.scoped || REACH[tenant].includes(actor)) ? "erlaubt" : "verweigert";
  }

  /** Ids an answer for `actor` must never contain. */
  function outOfReach(actor: ActorName): string[] {
    const centre = (o: TenantObjects) => [o.stelle, o.kalender, o.termin, o.gespraech];
    const tenants = Object.values(fx.tenants);
    // A municipality editor reaches no centre; centre staff reach no Kommune.
    const foreign = (Object.keys(REACH) as Tenant[]).filter((tenant) => !REACH[tenant].includes(actor as StaffRole)).map((tenant) => fx.tenants[tenant]);
    if (actor === "plattform_admin") return [];
    if (actor === "kommune_redaktion") return [...tenants.flatMap(centre), ...foreign.map((o) => o.kommune)];
    return [...foreign.flatMap(centre), ...tenants.map((o) => o.kommune)];
  }

  function judge(result: Answer, want: Expected, actor: ActorName): string | null {
    const location = result.headers.get("Location") ?? "";
    const redirect = result.status >= 300 && result.status < 400;
    const got = `${result.status}${location ? ` → ${location}` : ""}`;
    switch (want) {
      case "login":
        return redirect && location.startsWith("/anmelden?weiter=") ? null : `expected redirect to /anmelden, got ${got}`;
      case "zweiter_faktor":
        return redirect && location.startsWith("/anmelden/zweiter-faktor?weiter=") ? null : `expected redirect to /anmelden/zweiter-faktor, got ${got}`;
      case "verweigert":
        return result.status === 403 || result.status === 404 ? null : `expected 403/404, got ${got}`;
      case "erlaubt": {
        if (!(result.status === 200 || (redirect && !/^\/anmelden(\?|\/zweiter-faktor(\?|$))/.test(location)))) return `expected 200 or a redirect, got ${got}`;
        const body = JSON.stringify(result.body ?? null);
        const leaked = outOfReach(actor).filter((leak) => body.includes(leak));
        return leaked.length > 0 ? `answer contains ids out of reach: ${leaked.join(", ")}` : null;
      }
    }
  }

  for (const [file, ops] of Object.entries(MATRIX)) {
    for (const op of ops) {
      it(`${file} ${op.name}`, async () => {
        const module = await loadRoute(file);
        const handler = op.form ? module.action : module.loader;
        expect(handler, `${file} exports ${op.form ? "action" : "loader"}`).toBeTypeOf("function");
        const failures: string[] = [];
        for (const actor of ACTORS) {
          // Without a role the tenant does not matter: one run is enough.
          const tenants: readonly Tenant[] = op.scoped && ALL_STAFF.includes(actor as StaffRole) ? ["eigen", "nachbar", "fremd"] : ["eigen"];
          for (const tenant of tenants) {
            const account = fx.accounts[actor];
            const objects = op.prepare ? await op.prepare(fx, fx.tenants[tenant], account) : fx.tenants[tenant];
            const before = await op.state?.(fx, objects, account);
            const audit = await fx.prisma.protokoll.count();
            const target = op.path(objects, fx);
            const request = op.form ? post(target, await op.form(objects, fx, account), account?.cookie) : get(target, account?.cookie);
            const context = { services: fx.services, clientIp: "192.0.2.10", nonce: "matrix", requestId: "matrix" } as unknown as AppLoadContext;
            const result = await answer(handler!({ request, params: op.params?.(objects, fx) ?? {}, context }));
            const want = expected(actor, op, tenant);
            const problem = judge(result, want, actor);
            const cell = `${actor} on ${tenant}`;
            if (problem) failures.push(`${cell}: ${problem}`);
            if (op.state) {
              const after = await op.state(fx, objects, account);
              const changed = JSON.stringify(after) !== JSON.stringify(before);
              if (want === "erlaubt" && !changed) failures.push(`${cell}: allowed, but nothing changed`);
              if (want !== "erlaubt" && changed) failures.push(`${cell}: refused, but the database changed`);
            }
            if (want !== "erlaubt" && (await fx.prisma.protokoll.count()) !== audit) failures.push(`${cell}: refused, but an audit entry was written`);
          }
        }
        expect(failures).toEqual([]);
      });
    }
  }

  it("opens the iCal feed by its token only: a staff session does not replace it", async () => {
    const { loader } = await loadRoute("termine.kalender-abo.$token.ts");
    const context = { services: fx.services } as unknown as AppLoadContext;
    const result = await answer(loader!({ request: get("/termine/kalender-abo/erfunden", fx.accounts.plattform_admin!.cookie), params: { token: "erfunden" }, context }));
    expect(result.status).toBe(404);
  });

  it("answers 404 on every test.* route without E2E_TEST_ROUTES, for anonymous and admin alike", async () => {
    const context = { services: fx.services } as unknown as AppLoadContext;
    for (const file of routeFiles.filter((f) => f.startsWith("test."))) {
      const module = await loadRoute(file);
      for (const cookie of [undefined, fx.accounts.plattform_admin!.cookie]) {
        const request = () => new Request(`${TEST_BASE}/test/x`, { method: "POST", body: JSON.stringify({ rolle: "plattform_admin" }), headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) } });
        if (module.loader) expect((await answer(module.loader({ request: get("/test/x", cookie), params: {}, context }))).status, `${file} loader`).toBe(404);
        if (module.action) expect((await answer(module.action({ request: request(), params: {}, context }))).status, `${file} action`).toBe(404);
      }
    }
  });
});
