/**
 * The CSV upload of the management area: the preview writes no centre, confirming applies
 * exactly the preview (audit and search outbox entries, once), a change in between or an expired
 * preview is refused with nothing written, and a traeger_admin imports only for its Träger.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { Actor } from "../../../domain/accounts/permissions";
import { formatIssue } from "../../../domain/counselling/import/issues";
import type { PrismaClient } from "../../generated/prisma/client";
import { placeLookup } from "../../places.server";
import { applyStagedUpload, loadStagedUpload, scopeFor, stageUpload } from "../upload.server";

const fixture = (name: string) => readFile(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url), "utf8");
const admin: Actor = { benutzerId: "00000000-0000-4000-8000-0000000000a1", anzeigename: "Demo-Plattform", istPersonal: true, memberships: [{ rolle: "plattform_admin", traegerId: null, beratungsstelleId: null, kommuneId: null }] };
const NOW = new Date("2026-11-22T10:00:00Z");
const settings = { heute: "2026-11-22", places: placeLookup, now: NOW };

async function snapshot(prisma: PrismaClient) {
  const [centres, traeger, outbox, audit] = await Promise.all([
    prisma.beratungsstelle.findMany({ orderBy: { id: "asc" } }),
    prisma.traeger.findMany({ orderBy: { id: "asc" } }),
    prisma.searchOutbox.count(),
    prisma.protokoll.count(),
  ]);
  return { centres, traeger, outbox, audit };
}

describe.each(testDatabaseKinds)("CSV upload with preview (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const prisma = () => database().prisma;

  it("previews without writing, then confirming applies exactly the preview, once", async () => {
    const before = await snapshot(prisma());
    const id = await stageUpload(prisma(), admin, { ...settings, dateiname: "stellen.csv", text: await fixture("eine-ungueltige-zeile.csv"), scope: null });
    expect(await snapshot(prisma())).toEqual(before);
    const staged = (await loadStagedUpload(prisma(), admin, id, NOW))!;
    expect(staged.vorschau).toMatchObject({ gelesen: 4, neu: 3, aktualisiert: 0, unveraendert: 0, ungueltig: 1, traegerNeu: 3 });
    expect(staged.vorschau.zeilen.map((z) => [z.zeile, z.externeId, z.art])).toEqual([
      [2, "demo-sb-001", "neu"],
      [4, "demo-sucht-002", "neu"],
      [6, "demo-online-004", "neu"],
    ]);
    expect(staged.vorschau.issues.map(formatIssue)).toEqual(["Zeile 5: plz – fünfstellige Postleitzahl erwartet"]);
    const stranger: Actor = { ...admin, benutzerId: "00000000-0000-4000-8000-0000000000a2" };
    expect(await loadStagedUpload(prisma(), stranger, id, NOW)).toBeNull();

    const outcome = await applyStagedUpload(prisma(), admin, staged, { ...settings, scope: null });
    expect(outcome).toMatchObject({ ok: true, ergebnis: { neu: 3, aktualisiert: 0, ungueltig: 1 } });
    const centres = await prisma().beratungsstelle.findMany({ select: { id: true, externeId: true, datenquelle: true } });
    expect(centres.map((c) => c.externeId).sort()).toEqual(["demo-online-004", "demo-sb-001", "demo-sucht-002"]);
    expect(centres.every((c) => c.datenquelle === "CSV-Upload stellen.csv (2026-11-22)")).toBe(true);
    const outbox = await prisma().searchOutbox.findMany({ select: { centreId: true } });
    expect(outbox.map((e) => e.centreId).sort()).toEqual(centres.map((c) => c.id).sort());
    const audit = await prisma().protokoll.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.aktion)).toEqual(["beratungsstelle.importiert_neu", "beratungsstelle.importiert_neu", "beratungsstelle.importiert_neu", "import.angewendet"]);
    expect(audit.every((a) => a.benutzerId === admin.benutzerId)).toBe(true);

    expect(await applyStagedUpload(prisma(), admin, staged, { ...settings, scope: null })).toEqual({ ok: false, code: "schon_angewendet" });
    expect(await prisma().beratungsstelle.count()).toBe(3);
    expect((await loadStagedUpload(prisma(), admin, id, NOW))!.angewendet).toBe(true);
  });

  it("shows changed fields, and refuses to confirm when the data changed since the preview or the preview expired", async () => {
    const text = (await fixture("eine-ungueltige-zeile.csv")).replace("Demo-Schuldnerberatung Leipzig-Mitte", "Demo-Schuldnerberatung Leipzig-Zentrum");
    const id = await stageUpload(prisma(), admin, { ...settings, dateiname: "stellen.csv", text, scope: null });
    const staged = (await loadStagedUpload(prisma(), admin, id, NOW))!;
    expect(staged.vorschau.zeilen.map((z) => [z.externeId, z.art, z.felder])).toEqual([
      ["demo-sb-001", "geaendert", ["name"]],
      ["demo-sucht-002", "unveraendert", []],
      ["demo-online-004", "unveraendert", []],
    ]);
    // An editor changes the centre in the meantime.
    await prisma().beratungsstelle.update({ where: { externeId: "demo-sb-001" }, data: { telefon: "0341 999999" } });
    const before = await snapshot(prisma());
    expect(await applyStagedUpload(prisma(), admin, staged, { ...settings, scope: null })).toEqual({ ok: false, code: "veraendert" });
    expect(await snapshot(prisma())).toEqual(before);

    const again = await stageUpload(prisma(), admin, { ...settings, dateiname: "stellen.csv", text, scope: null });
    const later = new Date(NOW.getTime() + 61 * 60_000);
    expect((await loadStagedUpload(prisma(), admin, again, later))!.abgelaufen).toBe(true);
    expect(await applyStagedUpload(prisma(), admin, { id: again }, { ...settings, now: later, scope: null })).toEqual({ ok: false, code: "abgelaufen" });
    expect(await snapshot(prisma())).toEqual(before);
  });

  it("a traeger_admin imports only rows of its own Träger and touches no other Träger's centre", async () => {
    const caritas = await prisma().traeger.findFirstOrThrow({ where: { name: "Demo-Caritasverband Leipzig" } });
    const traegerAdmin: Actor = { benutzerId: "00000000-0000-4000-8000-0000000000b1", anzeigename: "Demo-Träger", istPersonal: true, memberships: [{ rolle: "traeger_admin", traegerId: caritas.id, beratungsstelleId: null, kommuneId: null }] };
    const scope = await scopeFor(prisma(), traegerAdmin, caritas.id);
    await expect(scopeFor(prisma(), traegerAdmin, null)).rejects.toMatchObject({ status: 403 });
    // Row 4 claims the Diakonie centre's externe_id for Caritas.
    const text = (await fixture("eine-ungueltige-zeile.csv")).replace("demo-sucht-002;Demo-Suchtberatung Dresden;Demo-Diakonie Dresden;Diakonie", "demo-sucht-002;Demo-Suchtberatung Dresden;Demo-Caritasverband Leipzig;Caritas");
    const id = await stageUpload(prisma(), traegerAdmin, { ...settings, dateiname: "caritas.csv", text, scope });
    const staged = (await loadStagedUpload(prisma(), traegerAdmin, id, NOW))!;
    expect(staged.traegerId).toBe(caritas.id);
    expect(staged.vorschau.zeilen.map((z) => z.externeId)).toEqual(["demo-sb-001"]);
    expect(staged.vorschau.issues.map(formatIssue)).toEqual([
      "Zeile 4: externe_id – Diese externe_id gehört zu einer Beratungsstelle eines anderen Trägers.",
      "Zeile 5: plz – fünfstellige Postleitzahl erwartet",
      "Zeile 6: traeger – Sie können nur Beratungsstellen des Trägers „Demo-Caritasverband Leipzig“ (Verband: Caritas) importieren.",
    ]);
  });
});
