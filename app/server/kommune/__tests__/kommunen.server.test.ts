/**
 * Kommunen on the database: the Zuständigkeit repository (audit log, one per benefit), the lookup
 * by PLZ, creating a Kommune with its first editor and a local offer; and the tenant checks of
 * the pages, called with real sessions: the editor of Kommune A cannot read or change Kommune
 * B's Zuständigkeiten or local offers (403/404, nothing changes), centre staff cannot enter
 * /verwaltung/kommune at all.
 */
import { randomBytes } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCentreInput, buildTraeger } from "../../../../tests/factories/centres";
import { createStaff, TEST_TOTP_SECRETS } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { answer, get, post, TEST_BASE } from "../../../../tests/support/routes";
import type { Actor } from "../../../domain/accounts/permissions";
import { loadEditableCentre } from "../../counselling/centre-editing.server";
import type { ZustaendigkeitData } from "../../../domain/kommune/kommune-form";
import { authCookie } from "../../auth/guard.server";
import { createSession } from "../../auth/sessions.server";
import { saveCentre } from "../../centres.server";
import type { Services } from "../../context.server";
import { parseEnv } from "../../env.server";
import type { PrismaClient } from "../../generated/prisma/client";
import { createLogger } from "../../logger.server";
import { createSessionStorage } from "../../session.server";
import { findOrCreateTraeger } from "../../traeger.server";
import { createKommuneWithEditor, createLocalOffer, deleteZustaendigkeit, loadKommune, loadZustaendigkeit, saveZustaendigkeit, zustaendigeStellenAt } from "../kommunen.server";
import * as kommuneIndex from "../../../routes/verwaltung.kommune._index";
import * as kommunePage from "../../../routes/verwaltung.kommune.$id";
import * as zustaendigkeitPage from "../../../routes/verwaltung.kommune.$id_.zustaendigkeiten.$zustaendigkeit";
import * as centrePage from "../../../routes/verwaltung.stellen.$id";

const WOHNGELD: ZustaendigkeitData = {
  leistung: "wohngeld",
  name: "Demo-Wohngeldstelle A",
  strasse: "Demoweg 1",
  plz: "04105",
  ort: "Leipzig",
  oeffnungszeiten: "Mo–Fr 8–12 Uhr",
  telefon: "0341 000000",
  email: "wohngeld@demo-a.invalid",
  onlineAntrag: "https://www.demo-a.invalid/wohngeld",
};

const form = (data: ZustaendigkeitData): Record<string, string> => ({ ...data, telefon: data.telefon ?? "", email: data.email ?? "", onlineAntrag: data.onlineAntrag ?? "" });

describe.each(testDatabaseKinds)("Kommunen (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let prisma: PrismaClient;
  let context: AppLoadContext;
  let admin: Actor;
  const cookies: Record<string, string> = {};
  const ids = { a: "", b: "", zA: "", zB: "", offerA: "", offerB: "" };

  beforeAll(async () => {
    prisma = database().prisma;
    const parsed = parseEnv({ PUBLIC_URL: TEST_BASE, LOG_LEVEL: "silent" }, process.cwd());
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const services = {
      config: parsed.config,
      db: database(),
      sessions: createSessionStorage({ secret: "kommune-test-geheim", secure: false }),
      logger: createLogger("silent"),
      totpSecrets: TEST_TOTP_SECRETS,
      places: {},
    } as unknown as Services;
    context = { services, clientIp: "192.0.2.10", nonce: "kommune", requestId: "kommune" } as unknown as AppLoadContext;

    const a = await prisma.kommune.create({ data: { ags: "99000001", name: "Demo-Gemeinde A", plz: ["04105", "04107"], isDemo: true } });
    const b = await prisma.kommune.create({ data: { ags: "99000002", name: "Demo-Gemeinde B", plz: ["04107", "04109"], isDemo: true } });
    ids.a = a.id;
    ids.b = b.id;
    const zA = await prisma.zustaendigkeit.create({ data: { ...WOHNGELD, kommuneId: a.id } });
    const zB = await prisma.zustaendigkeit.create({ data: { ...WOHNGELD, name: "Demo-Wohngeldstelle B", plz: "04109", kommuneId: b.id } });
    ids.zA = zA.id;
    ids.zB = zB.id;
    const traeger = (await findOrCreateTraeger(prisma, { ...buildTraeger(0), verband: "kommunal" })).id;
    ids.offerA = (await saveCentre(prisma, buildCentreInput(0, traeger, { name: "Demo-Angebot A" }))).id;
    ids.offerB = (await saveCentre(prisma, buildCentreInput(1, traeger, { name: "Demo-Angebot B" }))).id;
    await prisma.beratungsstelle.update({ where: { id: ids.offerA }, data: { kommuneId: a.id } });
    await prisma.beratungsstelle.update({ where: { id: ids.offerB }, data: { kommuneId: b.id } });

    const otherTraeger = (await findOrCreateTraeger(prisma, buildTraeger(1))).id;
    const centre = (await saveCentre(prisma, buildCentreInput(2, otherTraeger))).id;
    const staff = {
      redaktionA: await createStaff(prisma, { rolle: "kommune_redaktion", scope: { kommuneId: a.id } }),
      berater: await createStaff(prisma, { rolle: "berater", scope: { beratungsstelleId: centre } }),
      traegerAdmin: await createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId: traeger } }),
      admin: await createStaff(prisma, { rolle: "plattform_admin", anzeigename: "Demo-Plattform" }),
    };
    for (const [name, account] of Object.entries(staff)) {
      const token = await createSession(prisma, { benutzerId: account.benutzerId, zweiterFaktor: true, now: new Date() });
      cookies[name] = (await authCookie(context).serialize(token)).split(";")[0]!;
    }
    admin = { benutzerId: staff.admin.benutzerId, anzeigename: "Demo-Plattform", istPersonal: true, memberships: [{ rolle: "plattform_admin", traegerId: null, beratungsstelleId: null, kommuneId: null }] };
  });

  const call = (handler: (args: never) => unknown, request: Request, params: Record<string, string> = {}) => answer(handler({ request, params, context } as never));

  it("creates, changes and deletes a Zuständigkeit, one per benefit, each with an audit entry of the Kommune", async () => {
    const created = await saveZustaendigkeit(prisma, admin, ids.b, null, { ...WOHNGELD, leistung: "kinderzuschlag", name: "Demo-Familienkasse" });
    expect(created).toMatchObject({ ok: true, changed: true });
    if (!created.ok) return;
    expect(await saveZustaendigkeit(prisma, admin, ids.b, null, { ...WOHNGELD, leistung: "kinderzuschlag" })).toEqual({ ok: false, code: "leistung_vergeben" });
    const stored = (await loadZustaendigkeit(prisma, ids.b, created.id))!;
    expect(await loadZustaendigkeit(prisma, ids.a, created.id)).toBeNull();
    expect(await saveZustaendigkeit(prisma, admin, ids.b, stored, { ...WOHNGELD, leistung: "kinderzuschlag", name: "Demo-Familienkasse" })).toEqual({ ok: true, id: created.id, changed: false });
    expect(await saveZustaendigkeit(prisma, admin, ids.b, stored, { ...WOHNGELD, leistung: "kinderzuschlag", name: "Demo-Familienkasse Nord" })).toEqual({ ok: true, id: created.id, changed: true });
    // Changing it to a benefit the Kommune has already entered is refused.
    expect(await saveZustaendigkeit(prisma, admin, ids.b, stored, { ...WOHNGELD })).toEqual({ ok: false, code: "leistung_vergeben" });
    await deleteZustaendigkeit(prisma, admin, (await loadZustaendigkeit(prisma, ids.b, created.id))!);
    expect(await prisma.zustaendigkeit.count({ where: { id: created.id } })).toBe(0);
    const audit = await prisma.protokoll.findMany({ where: { objektId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.aktion, entry.kommuneId, entry.akteur])).toEqual([
      ["zustaendigkeit.angelegt", ids.b, "Demo-Plattform"],
      ["zustaendigkeit.geaendert", ids.b, "Demo-Plattform"],
      ["zustaendigkeit.geloescht", ids.b, "Demo-Plattform"],
    ]);
    expect(audit[1]!.details).toEqual({ felder: { name: ["Demo-Familienkasse", "Demo-Familienkasse Nord"] } });
  });

  it("finds the offices for a PLZ: one Kommune, two Kommunen sharing a PLZ, none", async () => {
    const names = async (plz: string | undefined, leistung = "wohngeld") => ((await zustaendigeStellenAt(prisma, plz, [leistung]))[leistung] ?? []).map((t) => `${t.kommune}: ${t.name}`);
    expect(await names("04105")).toEqual(["Demo-Gemeinde A: Demo-Wohngeldstelle A"]);
    expect(await names("04107")).toEqual(["Demo-Gemeinde A: Demo-Wohngeldstelle A", "Demo-Gemeinde B: Demo-Wohngeldstelle B"]);
    expect(await names("04109")).toEqual(["Demo-Gemeinde B: Demo-Wohngeldstelle B"]);
    expect(await names("01067")).toEqual([]);
    expect(await names("04105", "kindergeld")).toEqual([]);
    expect(await names(undefined)).toEqual([]);
    expect((await zustaendigeStellenAt(prisma, "04105", ["wohngeld"])).wohngeld![0]).toMatchObject({ adresse: { strasse: "Demoweg 1", plz: "04105", ort: "Leipzig" }, onlineAntrag: "https://www.demo-a.invalid/wohngeld" });
  });

  it("refuses an online application link that is not https, also in the database", async () => {
    await expect(prisma.zustaendigkeit.create({ data: { ...WOHNGELD, leistung: "bafoeg", onlineAntrag: "http://www.demo-a.invalid", kommuneId: ids.a } })).rejects.toThrow();
    await expect(prisma.kommune.create({ data: { ags: "1234567", name: "Demo-Falsch", plz: [] } })).rejects.toThrow();
    await expect(prisma.kommune.create({ data: { ags: "99000009", name: "Demo-Falsch", plz: ["0410"] } })).rejects.toThrow();
  });

  it("creates a Kommune with the invitation of its first editor, refusing a taken AGS", async () => {
    const input = { name: "Demo-Gemeinde Neu", ags: "99000003", plz: ["04103"], redaktionName: "Demo-Redaktion Neu", redaktionEmail: `redaktion-${kind}@demo.invalid`, now: new Date(), publicUrl: TEST_BASE };
    const created = await createKommuneWithEditor(prisma, admin, input);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const membership = await prisma.mitgliedschaft.findFirstOrThrow({ where: { benutzer: { email: input.redaktionEmail } } });
    expect(membership).toMatchObject({ rolle: "kommune_redaktion", kommuneId: created.kommuneId, traegerId: null, beratungsstelleId: null });
    expect(await prisma.mailOutbox.count({ where: { an: input.redaktionEmail, anlass: "einladung" } })).toBe(1);
    expect(await prisma.protokoll.count({ where: { kommuneId: created.kommuneId, aktion: { in: ["kommune.angelegt", "benutzer.eingeladen"] } } })).toBe(2);
    expect(await createKommuneWithEditor(prisma, admin, { ...input, redaktionEmail: "andere@demo.invalid" })).toEqual({ ok: false, code: "ags_vergeben" });
    expect(await createKommuneWithEditor(prisma, admin, { ...input, ags: "99000004" })).toEqual({ ok: false, code: "email_vergeben" });
    expect(await prisma.kommune.count({ where: { ags: "99000004" } })).toBe(0);
    const redaktion: Actor = { benutzerId: membership.benutzerId, anzeigename: "x", istPersonal: true, memberships: [membership] };
    await expect(createKommuneWithEditor(prisma, redaktion, { ...input, ags: "99000005" })).rejects.toMatchObject({ status: 403 });
  });

  it("creates a local offer of the Kommune's own Träger, with outbox and audit entries", async () => {
    const template = (await loadEditableCentre(prisma, ids.offerA))!.form;
    const data = { ...template, name: "Demo-Seniorenberatung A" };
    const outbox = await prisma.searchOutbox.count();
    const { id } = await createLocalOffer(prisma, admin, { id: ids.a, name: "Demo-Gemeinde A" }, data, { lat: 51.34, lng: 12.37 });
    const row = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id }, include: { traeger: true } });
    expect(row).toMatchObject({ kommuneId: ids.a, traeger: { name: "Demo-Gemeinde A", verband: "kommunal" } });
    expect(await prisma.searchOutbox.count()).toBe(outbox + 1);
    expect(await prisma.protokoll.count({ where: { objektId: id, aktion: "beratungsstelle.angelegt", kommuneId: ids.a } })).toBe(1);
    expect((await loadKommune(prisma, ids.a))!.angebote.map((a) => a.name)).toContain("Demo-Seniorenberatung A");
  });

  it("keeps the editor of Kommune A out of Kommune B: pages, Zuständigkeiten and local offers", async () => {
    const cookie = cookies.redaktionA!;
    expect((await call(kommunePage.loader, get(`/verwaltung/kommune/${ids.a}`, cookie), { id: ids.a })).status).toBe(200);
    expect((await call(kommunePage.loader, get(`/verwaltung/kommune/${ids.b}`, cookie), { id: ids.b })).status).toBe(403);
    // B's Zuständigkeit under A's address is unknown there; under B's address it is forbidden.
    expect((await call(zustaendigkeitPage.loader, get(`/verwaltung/kommune/${ids.a}/zustaendigkeiten/${ids.zB}`, cookie), { id: ids.a, zustaendigkeit: ids.zB })).status).toBe(404);
    expect((await call(zustaendigkeitPage.loader, get(`/verwaltung/kommune/${ids.b}/zustaendigkeiten/${ids.zB}`, cookie), { id: ids.b, zustaendigkeit: ids.zB })).status).toBe(403);
    const edit = form({ ...WOHNGELD, name: "Übernommen" });
    expect((await call(zustaendigkeitPage.action, post(`/verwaltung/kommune/${ids.a}/zustaendigkeiten/${ids.zB}`, edit, cookie), { id: ids.a, zustaendigkeit: ids.zB })).status).toBe(404);
    expect((await call(zustaendigkeitPage.action, post(`/verwaltung/kommune/${ids.b}/zustaendigkeiten/${ids.zB}`, edit, cookie), { id: ids.b, zustaendigkeit: ids.zB })).status).toBe(403);
    expect((await call(zustaendigkeitPage.action, post(`/verwaltung/kommune/${ids.b}/zustaendigkeiten/neu`, form({ ...WOHNGELD, leistung: "bafoeg" }), cookie), { id: ids.b, zustaendigkeit: "neu" })).status).toBe(403);
    expect((await call(kommunePage.action, post(`/verwaltung/kommune/${ids.a}`, { aktion: "loeschen", zustaendigkeit: ids.zB }, cookie), { id: ids.a })).status).toBe(404);
    expect((await call(kommunePage.action, post(`/verwaltung/kommune/${ids.b}`, { aktion: "loeschen", zustaendigkeit: ids.zB }, cookie), { id: ids.b })).status).toBe(403);
    expect(await prisma.zustaendigkeit.findUniqueOrThrow({ where: { id: ids.zB } })).toMatchObject({ name: "Demo-Wohngeldstelle B" });
    // The own ones it may change.
    const own = await call(zustaendigkeitPage.action, post(`/verwaltung/kommune/${ids.a}/zustaendigkeiten/${ids.zA}`, form({ ...WOHNGELD, oeffnungszeiten: "Mo–Do 8–16 Uhr" }), cookie), { id: ids.a, zustaendigkeit: ids.zA });
    expect(own.status).toBe(303);
    expect(await prisma.zustaendigkeit.findUniqueOrThrow({ where: { id: ids.zA } })).toMatchObject({ oeffnungszeiten: "Mo–Do 8–16 Uhr" });
    // Local offers: its own in the centre editor, not B's.
    expect((await call(centrePage.loader, get(`/verwaltung/stellen/${ids.offerA}`, cookie), { id: ids.offerA })).status).toBe(200);
    expect((await call(centrePage.loader, get(`/verwaltung/stellen/${ids.offerB}`, cookie), { id: ids.offerB })).status).toBe(403);
    expect((await call(centrePage.action, post(`/verwaltung/stellen/${ids.offerB}`, { aktion: "geprueft" }, cookie), { id: ids.offerB })).status).toBe(403);
    // The list shows only its own Kommune.
    const list = await call(kommuneIndex.loader, get("/verwaltung/kommune", cookie));
    expect(JSON.stringify(list.body)).toContain(ids.a);
    expect(JSON.stringify(list.body)).not.toContain(ids.b);
  });

  it("shows a form error for invalid input and keeps what was typed", async () => {
    const result = await call(zustaendigkeitPage.action, post(`/verwaltung/kommune/${ids.a}/zustaendigkeiten/neu`, form({ ...WOHNGELD, leistung: "bafoeg", onlineAntrag: "http://unsicher.invalid" }), cookies.redaktionA), { id: ids.a, zustaendigkeit: "neu" });
    expect(result.body).toMatchObject({ errors: [{ fieldId: "onlineAntrag" }], values: { onlineAntrag: "http://unsicher.invalid" } });
    expect(await prisma.zustaendigkeit.count({ where: { kommuneId: ids.a, leistung: "bafoeg" } })).toBe(0);
  });

  it("keeps berater and traeger_admin out of /verwaltung/kommune", async () => {
    for (const name of ["berater", "traegerAdmin"]) {
      expect((await call(kommuneIndex.loader, get("/verwaltung/kommune", cookies[name])) ).status, name).toBe(403);
      expect((await call(kommunePage.loader, get(`/verwaltung/kommune/${ids.a}`, cookies[name]), { id: ids.a })).status, name).toBe(403);
      expect((await call(kommuneIndex.action, post("/verwaltung/kommune", { name: "Demo-X", ags: "99000010", plz: "04103", redaktionName: "X", redaktionEmail: `x-${randomBytes(3).toString("hex")}@demo.invalid` }, cookies[name]))).status, name).toBe(403);
    }
    expect(await prisma.kommune.count({ where: { ags: "99000010" } })).toBe(0);
  });
});
