import { describe, expect, it } from "vitest";
import { createSearch } from "../../../../search";
import { buildCentreInput, buildTraeger } from "../../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { can, type Actor, type ActorMembership } from "../../../domain/accounts/permissions";
import { saveCentre } from "../../centres.server";
import { indexAllCentres, processSearchOutbox } from "../../search-sync.server";
import { findOrCreateTraeger } from "../../traeger.server";
import {
  centreScope,
  confirmCentreData,
  countDueCentres,
  editableCentresWhere,
  listEditableCentres,
  loadEditableCentre,
  locateEditedAddress,
  saveCentreEdit,
} from "../centre-editing.server";

const actor = (...memberships: Array<Partial<ActorMembership> & Pick<ActorMembership, "rolle">>): Actor => ({
  benutzerId: "00000000-0000-4000-8000-000000000001",
  anzeigename: "Demo-Redaktion",
  istPersonal: true,
  memberships: memberships.map((m) => ({ traegerId: null, beratungsstelleId: null, kommuneId: null, ...m })),
});

const HEUTE = "2027-03-15";

describe("editableCentresWhere", () => {
  it("follows the permission rules: everything, a Träger's centres, one centre, or nothing", () => {
    expect(editableCentresWhere(actor({ rolle: "plattform_admin" }))).toEqual({});
    expect(editableCentresWhere(actor({ rolle: "traeger_admin", traegerId: "t1" }))).toEqual({ OR: [{ traegerId: { in: ["t1"] } }] });
    expect(editableCentresWhere(actor({ rolle: "stellenleitung", beratungsstelleId: "s1" }))).toEqual({ OR: [{ id: { in: ["s1"] } }] });
    expect(editableCentresWhere(actor({ rolle: "berater", beratungsstelleId: "s1" }))).toBeNull();
    // A municipality editor: the local offers of its Kommune.
    expect(editableCentresWhere(actor({ rolle: "kommune_redaktion", kommuneId: "k1" }))).toEqual({ OR: [{ kommuneId: { in: ["k1"] } }] });
  });
});

describe("locateEditedAddress", () => {
  const places = {
    byPostcode: (plz: string) => (plz === "04109" ? { label: "04109 Leipzig", lat: 51.34, lng: 12.37 } : undefined),
    resolve: () => ({ kind: "unknown" as const, suggestions: [{ label: "04103 Leipzig" }] }),
  } as unknown as Parameters<typeof locateEditedAddress>[2];

  it("keeps the coordinates of an unchanged address and looks up a changed one", async () => {
    const centre = { form: { adresse: { strasse: "A 1", plz: "99999", ort: "Nirgendwo" } }, geo: { lat: 50, lng: 10 } } as Parameters<typeof locateEditedAddress>[0];
    expect(locateEditedAddress(centre, { strasse: "A 1", plz: "99999", ort: "Nirgendwo" }, places)).toEqual({ ok: true, geo: { lat: 50, lng: 10 } });
    expect(locateEditedAddress(centre, { strasse: "B 2", plz: "04109", ort: "Leipzig" }, places)).toEqual({ ok: true, geo: { lat: 51.34, lng: 12.37 } });
    expect(locateEditedAddress(centre, { strasse: "B 2", plz: "99998", ort: "Nirgendwo" }, places)).toEqual({
      ok: false,
      meldung: "Postleitzahl 99998 und Ort „Nirgendwo“ sind unbekannt (bekannt sind z. B. 04103 Leipzig)",
    });
  });
});

describe.each(testDatabaseKinds)("centre editing (%s)", (kind) => {
  const database = useTestDatabase(kind);

  /** Two fresh Träger per test (the database lives for the whole block): `round` keeps their names apart. */
  async function twoTraeger(round: number) {
    const { prisma } = database();
    const caritas = (await findOrCreateTraeger(prisma, buildTraeger(round * 2))).id;
    const diakonie = (await findOrCreateTraeger(prisma, buildTraeger(round * 2 + 1))).id;
    const own = await saveCentre(prisma, { ...buildCentreInput(0, caritas, { name: "Demo-Eigene Stelle A" }), externeId: "ext-a", zuletztGeprueft: "2027-01-10" });
    const sibling = await saveCentre(prisma, { ...buildCentreInput(1, caritas, { name: "Demo-Eigene Stelle B" }), zuletztGeprueft: "2026-09-15" });
    const foreign = await saveCentre(prisma, { ...buildCentreInput(2, diakonie, { name: "Demo-Fremde Stelle" }), zuletztGeprueft: null });
    return { caritas, diakonie, own: own.id, sibling: sibling.id, foreign: foreign.id };
  }

  it("lists only the centres of the account's tenant, with the due marks, and counts the due ones", async () => {
    const { prisma } = database();
    const ids = await twoTraeger(0);
    const names = async (who: Actor, query: Partial<Parameters<typeof listEditableCentres>[2]> = {}) =>
      (await listEditableCentres(prisma, who, { heute: HEUTE, ...query })).stellen.map((s) => s.name);

    const leitung = actor({ rolle: "stellenleitung", beratungsstelleId: ids.own });
    const traegerAdmin = actor({ rolle: "traeger_admin", traegerId: ids.caritas });
    const admin = actor({ rolle: "plattform_admin" });
    expect(await names(leitung)).toEqual(["Demo-Eigene Stelle A"]);
    expect(await names(traegerAdmin)).toEqual(["Demo-Eigene Stelle A", "Demo-Eigene Stelle B"]);
    expect(await names(admin)).toEqual(["Demo-Eigene Stelle A", "Demo-Eigene Stelle B", "Demo-Fremde Stelle"]);
    expect(await names(actor({ rolle: "berater", beratungsstelleId: ids.own }))).toEqual([]);

    const list = await listEditableCentres(prisma, admin, { heute: HEUTE });
    expect(list.stellen.map((s) => [s.zuletztGeprueft, s.pruefungFaellig])).toEqual([
      ["2027-01-10", false],
      ["2026-09-15", true],
      [null, true],
    ]);
    expect(await names(admin, { nurFaellig: true })).toEqual(["Demo-Eigene Stelle B", "Demo-Fremde Stelle"]);
    expect(await countDueCentres(prisma, admin, HEUTE)).toBe(2);
    expect(await countDueCentres(prisma, traegerAdmin, HEUTE)).toBe(1);
    expect(await countDueCentres(prisma, leitung, HEUTE)).toBe(0);

    expect(await names(admin, { suche: "fremde" })).toEqual(["Demo-Fremde Stelle"]);
    const page2 = await listEditableCentres(prisma, admin, { heute: HEUTE, proSeite: 2, seite: 2 });
    expect(page2).toMatchObject({ gesamt: 3, seite: 2, seiten: 2, stellen: [{ name: "Demo-Fremde Stelle" }] });
  });

  it("the permission check of the page refuses a foreign centre", async () => {
    const ids = await twoTraeger(1);
    const { prisma } = database();
    const leitung = actor({ rolle: "stellenleitung", beratungsstelleId: ids.own });
    const traegerAdmin = actor({ rolle: "traeger_admin", traegerId: ids.caritas });
    const own = (await loadEditableCentre(prisma, ids.own))!;
    const sibling = (await loadEditableCentre(prisma, ids.sibling))!;
    const foreign = (await loadEditableCentre(prisma, ids.foreign))!;
    expect(can(leitung, "beratungsstelle.bearbeiten", centreScope(own))).toBe(true);
    expect(can(leitung, "beratungsstelle.bearbeiten", centreScope(sibling))).toBe(false);
    expect(can(traegerAdmin, "beratungsstelle.bearbeiten", centreScope(sibling))).toBe(true);
    expect(can(traegerAdmin, "beratungsstelle.bearbeiten", centreScope(foreign))).toBe(false);
    expect(await loadEditableCentre(prisma, "keine-uuid")).toBeNull();
    expect(await loadEditableCentre(prisma, "00000000-0000-4000-8000-000000000099")).toBeNull();
  });

  it("saves an edit through the repository: outbox entry, audit entry, untouched fields kept, searchable afterwards", async () => {
    const { prisma } = database();
    const ids = await twoTraeger(2);
    const search = createSearch({});
    await indexAllCentres(prisma, search);
    const editor = actor({ rolle: "stellenleitung", beratungsstelleId: ids.own });
    const before = (await loadEditableCentre(prisma, ids.own))!;
    await prisma.searchOutbox.deleteMany();

    const data = {
      ...before.form,
      beschreibung: "Neu: offene Sprechstunde für Wohnungslose am Hafenbecken.",
      oeffnungszeiten: [{ wochentag: 2 as const, von: 600, bis: 780 }],
      ausnahmen: [{ datum: "2027-04-01", zeiten: [], hinweis: "Teamtag" }],
      veroeffentlicht: true,
    };
    expect(await saveCentreEdit(prisma, { ...editor, benutzerId: editor.benutzerId }, before, data, before.geo)).toEqual({ changed: true });

    const after = (await loadEditableCentre(prisma, ids.own))!;
    expect(after.form).toEqual(data);
    expect(after).toMatchObject({ slug: before.slug, externeId: "ext-a", datenquelle: before.datenquelle, zuletztGeprueft: "2027-01-10", geo: before.geo });
    expect(await prisma.searchOutbox.findMany({ select: { centreId: true, operation: true } })).toEqual([{ centreId: ids.own, operation: "upsert" }]);
    const audit = await prisma.protokoll.findMany({ where: { objektId: ids.own } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ aktion: "beratungsstelle.geaendert", akteur: "Demo-Redaktion", traegerId: ids.caritas, benutzerId: editor.benutzerId });
    expect(Object.keys((audit[0]!.details as { felder: object }).felder).sort()).toEqual(["ausnahmen", "beschreibung", "oeffnungszeiten"]);
    expect((audit[0]!.details as { felder: Record<string, unknown> }).felder.oeffnungszeiten).toEqual(["Mo-Do 09:00-16:00", "Di 10:00-13:00"]);

    await processSearchOutbox(prisma, search);
    const hits = (await search.searchCentres({ text: "Hafenbecken" })).hits;
    expect(hits.map((hit) => hit.id)).toEqual([ids.own]);
    expect(hits[0]!.oeffnungszeiten).toEqual([{ wochentag: 2, von: 600, bis: 780 }]);

    // Saving the same data again writes nothing.
    expect(await saveCentreEdit(prisma, editor, after, data, after.geo)).toEqual({ changed: false });
    expect(await prisma.protokoll.count({ where: { objektId: ids.own } })).toBe(1);

    // Withdrawing takes the centre out of the search.
    await saveCentreEdit(prisma, editor, after, { ...data, veroeffentlicht: false }, after.geo);
    await processSearchOutbox(prisma, search);
    expect((await search.searchCentres({ text: "Hafenbecken" })).hits).toEqual([]);
  });

  it("'Daten geprüft' sets zuletzt_geprueft to today with an audit entry", async () => {
    const { prisma } = database();
    const ids = await twoTraeger(3);
    const editor = actor({ rolle: "traeger_admin", traegerId: ids.caritas });
    const sibling = (await loadEditableCentre(prisma, ids.sibling))!;
    expect(await countDueCentres(prisma, editor, HEUTE)).toBe(1);
    expect(await confirmCentreData(prisma, editor, sibling, HEUTE)).toBe(true);
    expect((await loadEditableCentre(prisma, ids.sibling))!.zuletztGeprueft).toBe(HEUTE);
    expect(await countDueCentres(prisma, editor, HEUTE)).toBe(0);
    expect(await prisma.protokoll.findFirst({ where: { objektId: ids.sibling } })).toMatchObject({
      aktion: "beratungsstelle.geprueft",
      details: { felder: { zuletztGeprueft: ["2026-09-15", HEUTE] } },
    });
  });
});
