/**
 * The "Fehler melden" inbox: a new report mails the centre's editors (without its text or
 * contact), the inbox shows each editor exactly the reports of its centres, open ones first,
 * another tenant's report is refused, and resolving/rejecting needs a note, writes the status,
 * who and when, one audit entry, and works only once.
 */
import { describe, expect, it } from "vitest";
import { buildCentreInput, buildTraeger } from "../../../../tests/factories/centres";
import { createStaff } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { Actor, ActorMembership } from "../../../domain/accounts/permissions";
import { readResolution } from "../../../domain/counselling/error-report";
import { saveCentre } from "../../centres.server";
import { findOrCreateTraeger } from "../../traeger.server";
import { countOpenErrorReports, listErrorReports, loadErrorReport, resolveErrorReport } from "../error-report-inbox.server";
import { createErrorReportStore } from "../error-reports.server";

const PUBLIC_URL = "https://sozial.example.org";
const actor = (benutzerId: string, ...memberships: Array<Partial<ActorMembership> & Pick<ActorMembership, "rolle">>): Actor => ({
  benutzerId,
  anzeigename: "Demo-Redaktion",
  istPersonal: true,
  memberships: memberships.map((m) => ({ traegerId: null, beratungsstelleId: null, kommuneId: null, ...m })),
});

describe("readResolution", () => {
  it("needs a note and one of the two buttons", () => {
    expect(readResolution({ aktion: "erledigt", notiz: "  Adresse korrigiert. " })).toEqual({ kind: "ok", status: "erledigt", notiz: "Adresse korrigiert." });
    expect(readResolution({ aktion: "abgelehnt", notiz: "" })).toMatchObject({ kind: "invalid", error: expect.stringContaining("Notiz") });
    expect(readResolution({ aktion: "loeschen", notiz: "x" })).toMatchObject({ kind: "invalid", notiz: "x" });
    expect(readResolution({ aktion: "erledigt", notiz: "x".repeat(2001) })).toMatchObject({ kind: "invalid", error: expect.stringContaining("2.000") });
  });
});

describe.each(testDatabaseKinds)("error report inbox (%s)", (kind) => {
  const database = useTestDatabase(kind);

  async function seed() {
    const { prisma } = database();
    const caritas = (await findOrCreateTraeger(prisma, buildTraeger(0))).id;
    const diakonie = (await findOrCreateTraeger(prisma, buildTraeger(1))).id;
    const own = (await saveCentre(prisma, buildCentreInput(0, caritas, { name: "Demo-Eigene Stelle" }))).id;
    const foreign = (await saveCentre(prisma, buildCentreInput(1, diakonie, { name: "Demo-Fremde Stelle" }))).id;
    const leitung = await createStaff(prisma, { rolle: "stellenleitung", scope: { beratungsstelleId: own }, email: "leitung@demo.example" });
    const traegerAdmin = await createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId: caritas }, email: "traeger@demo.example" });
    const fremd = await createStaff(prisma, { rolle: "stellenleitung", scope: { beratungsstelleId: foreign }, email: "fremd@demo.example" });
    const berater = await createStaff(prisma, { rolle: "berater", scope: { beratungsstelleId: own }, email: "berater@demo.example" });
    return {
      caritas,
      own,
      foreign,
      leitung: actor(leitung.benutzerId, { rolle: "stellenleitung", beratungsstelleId: own }),
      traegerAdmin: actor(traegerAdmin.benutzerId, { rolle: "traeger_admin", traegerId: caritas }),
      fremd: actor(fremd.benutzerId, { rolle: "stellenleitung", beratungsstelleId: foreign }),
      berater: actor(berater.benutzerId, { rolle: "berater", beratungsstelleId: own }),
      admin: actor("00000000-0000-4000-8000-0000000000aa", { rolle: "plattform_admin" }),
    };
  }

  it("mails the editors, lists per tenant with open ones first, refuses foreign reports, resolves once with audit", async () => {
    const { prisma } = database();
    const s = await seed();
    const store = createErrorReportStore();
    const t0 = new Date("2027-03-01T09:00:00Z");
    const send = (centreId: string, minutes: number, nachricht: string) =>
      store.store(prisma, { centreId, report: { nachricht, kontakt: "melder@privat.example" }, clientAddress: `192.0.2.${minutes}`, now: new Date(t0.getTime() + minutes * 60_000), publicUrl: PUBLIC_URL });
    expect(await send(s.own, 0, "Die Telefonnummer stimmt nicht mehr.")).toEqual({ stored: true });
    expect(await send(s.own, 5, "Umgezogen in die Hafenstraße.")).toEqual({ stored: true });
    expect(await send(s.foreign, 6, "Falsche Öffnungszeiten.")).toEqual({ stored: true });

    const mails = await prisma.mailOutbox.findMany({ where: { anlass: "fehlermeldung_neu" }, orderBy: { id: "asc" } });
    expect(mails.map((m) => m.an).sort()).toEqual(["fremd@demo.example", "leitung@demo.example", "leitung@demo.example", "traeger@demo.example", "traeger@demo.example"]);
    for (const mail of mails) {
      expect(mail.text).not.toContain("melder@privat.example");
      expect(mail.text).not.toContain("Telefonnummer stimmt");
      expect(mail.text).toMatch(new RegExp(`${PUBLIC_URL}/verwaltung/meldungen/[0-9a-f-]{36}`));
    }
    expect(mails.find((m) => m.an === "leitung@demo.example")!.betreff).toBe("Neue Fehlermeldung: Demo-Eigene Stelle");

    const stellen = async (who: Actor) => (await listErrorReports(prisma, who)).items.map((i) => i.stelle);
    expect(await stellen(s.leitung)).toEqual(["Demo-Eigene Stelle", "Demo-Eigene Stelle"]);
    expect(await stellen(s.traegerAdmin)).toEqual(["Demo-Eigene Stelle", "Demo-Eigene Stelle"]);
    expect(await stellen(s.fremd)).toEqual(["Demo-Fremde Stelle"]);
    expect(await stellen(s.berater)).toEqual([]);
    expect((await stellen(s.admin)).sort()).toEqual(["Demo-Eigene Stelle", "Demo-Eigene Stelle", "Demo-Fremde Stelle"]);
    expect(await countOpenErrorReports(prisma, s.leitung)).toBe(2);

    const [first, second] = (await listErrorReports(prisma, s.leitung)).items;
    expect(first!.auszug).toBe("Die Telefonnummer stimmt nicht mehr.");
    const foreignId = (await listErrorReports(prisma, s.fremd)).items[0]!.id;
    await expect(loadErrorReport(prisma, s.leitung, foreignId)).rejects.toMatchObject({ status: 403 });
    await expect(loadErrorReport(prisma, s.berater, first!.id)).rejects.toMatchObject({ status: 403 });
    expect(await loadErrorReport(prisma, s.leitung, "00000000-0000-4000-8000-000000000099")).toBeNull();
    expect(await loadErrorReport(prisma, s.leitung, "keine-id")).toBeNull();

    const report = (await loadErrorReport(prisma, s.leitung, first!.id))!;
    expect(report).toMatchObject({ status: "offen", kontakt: "melder@privat.example", stelle: { id: s.own, traegerId: s.caritas } });
    const at = new Date("2027-03-02T10:00:00Z");
    expect(await resolveErrorReport(prisma, s.leitung, report, { status: "erledigt", notiz: "Telefonnummer korrigiert.", now: at })).toEqual({ ok: true });
    expect(await resolveErrorReport(prisma, s.traegerAdmin, report, { status: "abgelehnt", notiz: "Zu spät.", now: at })).toEqual({ ok: false, code: "schon_bearbeitet" });
    const stored = await prisma.fehlermeldung.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({ status: "erledigt", notiz: "Telefonnummer korrigiert.", erledigtAm: at, bearbeitetVonId: s.leitung.benutzerId, bearbeitetVonName: "Demo-Redaktion" });
    const audit = await prisma.protokoll.findMany({ where: { objektTyp: "fehlermeldung" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ aktion: "fehlermeldung.erledigt", objektId: report.id, traegerId: s.caritas, benutzerId: s.leitung.benutzerId });
    expect(JSON.stringify(audit[0]!.details)).not.toContain("Telefonnummer korrigiert");

    const secondReport = (await loadErrorReport(prisma, s.traegerAdmin, second!.id))!;
    expect(await resolveErrorReport(prisma, s.traegerAdmin, secondReport, { status: "abgelehnt", notiz: "Die Adresse stimmt.", now: at })).toEqual({ ok: true });
    expect(await countOpenErrorReports(prisma, s.leitung)).toBe(0);
    // Open first: the foreign centre's open report comes before the two closed ones for the admin.
    expect((await listErrorReports(prisma, s.admin)).items.map((i) => i.status)).toEqual(["offen", "abgelehnt", "erledigt"]);
  });

  it("sends reports on a municipality's local offer to that Kommune's editors, and only to them", async () => {
    const { prisma } = database();
    const kommunal = (await findOrCreateTraeger(prisma, buildTraeger(2, { verband: "kommunal" }))).id;
    const [hier, dort] = await Promise.all(
      [["99999011", "Demo-Gemeinde Hier"], ["99999012", "Demo-Gemeinde Dort"]].map(([ags, name]) => prisma.kommune.create({ data: { ags: ags!, name: name!, plz: [], isDemo: true } })),
    );
    const angebot = (await saveCentre(prisma, buildCentreInput(5, kommunal, { name: "Demo-Kommunale Sozialberatung" }))).id;
    await prisma.beratungsstelle.update({ where: { id: angebot }, data: { kommuneId: hier!.id } });
    const redaktion = await createStaff(prisma, { rolle: "kommune_redaktion", scope: { kommuneId: hier!.id }, email: "redaktion-hier@demo.example" });
    const andere = await createStaff(prisma, { rolle: "kommune_redaktion", scope: { kommuneId: dort!.id }, email: "redaktion-dort@demo.example" });
    const eigene = actor(redaktion.benutzerId, { rolle: "kommune_redaktion", kommuneId: hier!.id });
    const fremde = actor(andere.benutzerId, { rolle: "kommune_redaktion", kommuneId: dort!.id });

    const store = createErrorReportStore();
    expect(await store.store(prisma, { centreId: angebot, report: { nachricht: "Die Sprechzeit am Freitag gibt es nicht mehr.", kontakt: "" }, clientAddress: "192.0.2.77", now: new Date("2027-03-03T09:00:00Z"), publicUrl: PUBLIC_URL })).toEqual({ stored: true });
    const mails = await prisma.mailOutbox.findMany({ where: { anlass: "fehlermeldung_neu", betreff: "Neue Fehlermeldung: Demo-Kommunale Sozialberatung" } });
    expect(mails.map((m) => m.an)).toEqual(["redaktion-hier@demo.example"]);

    const [item] = (await listErrorReports(prisma, eigene)).items;
    expect(item?.stelle).toBe("Demo-Kommunale Sozialberatung");
    expect(await countOpenErrorReports(prisma, eigene)).toBe(1);
    expect((await listErrorReports(prisma, fremde)).items).toEqual([]);
    await expect(loadErrorReport(prisma, fremde, item!.id)).rejects.toMatchObject({ status: 403 });
    const report = (await loadErrorReport(prisma, eigene, item!.id))!;
    expect(await resolveErrorReport(prisma, eigene, report, { status: "erledigt", notiz: "Sprechzeiten aktualisiert.", now: new Date("2027-03-03T10:00:00Z") })).toEqual({ ok: true });
    const [audit] = await prisma.protokoll.findMany({ where: { objektTyp: "fehlermeldung", objektId: report.id } });
    expect(audit).toMatchObject({ aktion: "fehlermeldung.erledigt", kommuneId: hier!.id });
  });
});
