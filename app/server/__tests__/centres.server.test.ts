import { describe, expect, it } from "vitest";
import { buildCentreInput, buildTraeger } from "../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../tests/support/database";
import {
  deleteCentre,
  markCentreVerified,
  saveCentre,
  saveCentres,
  setCentrePublished,
  writeCentres,
  type CentreInput,
} from "../centres.server";
import type { PrismaClient } from "../generated/prisma/client";
import { CENTRE_INCLUDE, toCentreDocument } from "../search-sync.server";
import { deleteTraeger, findOrCreateTraeger, updateTraeger } from "../traeger.server";

async function outbox(prisma: PrismaClient) {
  const rows = await prisma.searchOutbox.findMany({ orderBy: { id: "asc" } });
  return rows.map((row) => [row.centreId, row.operation]);
}

describe.each(testDatabaseKinds)("centre repository (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const traeger = async (index: number) => (await findOrCreateTraeger(database().prisma, buildTraeger(index))).id;
  const clearOutbox = () => database().prisma.searchOutbox.deleteMany();

  it("stores every field of a centre and queues it for the search index", async () => {
    const { prisma } = database();
    await clearOutbox();
    const traegerId = await traeger(0);
    const input: CentreInput = {
      ...buildCentreInput(0, traegerId),
      externeId: "caritas-0815",
      beschreibung: "Beratung bei Sucht.",
      kanaele: ["vor_ort", "telefon", "chat", "video", "email"],
      sprachen: ["de", "tr", "uk"],
      zielgruppen: ["Angehörige"],
      kontakt: { telefon: "0000 123456", email: "sucht@beratung.example", website: "https://beratung.example/sucht" },
      barrierefreiheit: { stufenlos: true, wc: true, aufzug: false, hinweis: "Rampe am Hintereingang." },
      kosten: "kostenlos",
      anonym: true,
      notfallzeiten: "Krisentelefon bis 20 Uhr",
      einzugsgebiet: { plz: ["10115", "10117"], radiusKm: 25, bundesweit: false },
      oeffnungszeiten: [
        { wochentag: 1, von: 540, bis: 720 },
        { wochentag: 1, von: 780, bis: 960 },
      ],
      ausnahmen: [
        { datum: "2026-12-24", zeiten: [], hinweis: "Heiligabend" },
        { datum: "2026-12-23", zeiten: [{ von: 540, bis: 720 }], hinweis: null },
      ],
      zuletztGeprueft: "2026-10-01",
      datenquelle: "CSV-Import Test",
    };
    const saved = await saveCentre(prisma, input);
    expect(saved).toEqual({ id: expect.any(String), slug: "demo-suchtberatung-berlin-1", created: true });

    const row = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id: saved.id }, include: CENTRE_INCLUDE });
    expect(row).toMatchObject({
      externeId: "caritas-0815",
      traegerId,
      name: "Demo-Suchtberatung Berlin 1",
      beschreibung: "Beratung bei Sucht.",
      themen: ["sucht"],
      kanaele: ["vor_ort", "telefon", "chat", "video", "email"],
      sprachen: ["de", "tr", "uk"],
      zielgruppen: ["Angehörige"],
      strasse: "Musterstraße 1",
      plz: "10115",
      ort: "Berlin",
      lat: 52.532,
      lng: 13.385,
      telefon: "0000 123456",
      email: "sucht@beratung.example",
      website: "https://beratung.example/sucht",
      stufenlos: true,
      barrierefreiesWc: true,
      aufzug: false,
      barrierefreiheitHinweis: "Rampe am Hintereingang.",
      kosten: "kostenlos",
      anonym: true,
      notfallzeiten: "Krisentelefon bis 20 Uhr",
      einzugsgebietPlz: ["10115", "10117"],
      einzugsgebietKm: 25,
      bundesweit: false,
      zuletztGeprueft: new Date("2026-10-01T00:00:00.000Z"),
      datenquelle: "CSV-Import Test",
      veroeffentlicht: true,
      isDemo: true,
    });
    expect(row.updatedAt).toBeInstanceOf(Date);
    expect(row.ausnahmen.map((exception) => exception.hinweis)).toEqual([null, "Heiligabend"]);
    expect(toCentreDocument(row)).toMatchObject({
      zuletztGeprueft: "2026-10-01",
      oeffnungszeiten: input.oeffnungszeiten,
      ausnahmen: [
        { datum: "2026-12-23", zeiten: [{ von: 540, bis: 720 }] },
        { datum: "2026-12-24", zeiten: [] },
      ],
    });
    expect(await outbox(prisma)).toEqual([[saved.id, "upsert"]]);
  });

  it("updates by id or external id, keeps the slug and replaces the hours", async () => {
    const { prisma } = database();
    const traegerId = await traeger(1);
    const first = await saveCentre(prisma, buildCentreInput(1, traegerId, { externeId: "ext-1" }));
    await clearOutbox();

    const again = await saveCentre(prisma, {
      ...buildCentreInput(1, traegerId, { externeId: "ext-1", name: "Demo-Neuer Name" }),
      oeffnungszeiten: [{ wochentag: 5, von: 600, bis: 660 }],
      veroeffentlicht: undefined,
    });
    expect(again).toEqual({ id: first.id, slug: first.slug, created: false });
    const row = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id: first.id }, include: { oeffnungszeiten: true } });
    expect(row.name).toBe("Demo-Neuer Name");
    expect(row.veroeffentlicht).toBe(true);
    expect(row.oeffnungszeiten.map(({ wochentag, von, bis }) => [wochentag, von, bis])).toEqual([[5, 600, 660]]);

    const byId = await saveCentre(prisma, buildCentreInput(1, traegerId, { id: first.id, externeId: "ext-1", name: "Demo-Dritter Name" }));
    expect(byId.created).toBe(false);
    expect(await outbox(prisma)).toEqual([
      [first.id, "upsert"],
      [first.id, "upsert"],
    ]);
  });

  it("gives namesakes distinct slugs, in one batch and across batches", async () => {
    const { prisma } = database();
    const traegerId = await traeger(2);
    const same = () => buildCentreInput(4, traegerId, { name: "Demo-Gleicher Name" });
    const batch = await saveCentres(prisma, [same(), same()]);
    const later = await saveCentre(prisma, same());
    expect([...batch.map((saved) => saved.slug), later.slug]).toEqual([
      "demo-gleicher-name-leipzig",
      "demo-gleicher-name-leipzig-2",
      "demo-gleicher-name-leipzig-3",
    ]);
  });

  it("writes no outbox entry for a change that is rolled back", async () => {
    const { prisma } = database();
    const traegerId = await traeger(3);
    await clearOutbox();
    const before = await prisma.beratungsstelle.count();

    await expect(
      prisma.$transaction(async (tx) => {
        await writeCentres(tx, [buildCentreInput(5, traegerId)]);
        throw new Error("abgebrochen");
      }),
    ).rejects.toThrow("abgebrochen");
    await expect(saveCentres(prisma, [buildCentreInput(6, traegerId), buildCentreInput(7, traegerId, { adresse: { strasse: "x", plz: "123", ort: "y" } })])).rejects.toThrow(
      /beratungsstelle_plz_check/,
    );

    expect(await prisma.beratungsstelle.count()).toBe(before);
    expect(await outbox(prisma)).toEqual([]);
  });

  it("queues deletions, withdrawals and confirmations", async () => {
    const { prisma } = database();
    const traegerId = await traeger(4);
    const { id } = await saveCentre(prisma, buildCentreInput(8, traegerId));
    await clearOutbox();

    expect(await setCentrePublished(prisma, id, false)).toBe(true);
    expect(await markCentreVerified(prisma, id, "2026-11-20")).toBe(true);
    expect(await deleteCentre(prisma, id)).toBe(true);
    expect(await deleteCentre(prisma, id)).toBe(false);
    expect(await setCentrePublished(prisma, id, true)).toBe(false);
    expect(await outbox(prisma)).toEqual([
      [id, "delete"],
      [id, "upsert"],
      [id, "delete"],
    ]);
  });

  it("re-indexes all centres of a Träger that is renamed or deleted", async () => {
    const { prisma } = database();
    const traegerId = await traeger(5);
    const saved = await saveCentres(prisma, [buildCentreInput(9, traegerId), buildCentreInput(10, traegerId)]);
    const ids = saved.map((centre) => centre.id).sort();
    await clearOutbox();

    expect(await updateTraeger(prisma, traegerId, { name: "Demo-Umbenannt", verband: "caritas" })).toBe(true);
    expect(await deleteTraeger(prisma, traegerId)).toBe(true);
    expect(await outbox(prisma)).toEqual([...ids.map((id) => [id, "upsert"]), ...ids.map((id) => [id, "delete"])]);
    expect(await prisma.beratungsstelle.count({ where: { id: { in: ids } } })).toBe(0);
  });

  it("finds a Träger by name and federation instead of creating it twice", async () => {
    const { prisma } = database();
    const first = await findOrCreateTraeger(prisma, { name: "Demo-Einmalig", verband: "drk" });
    const second = await findOrCreateTraeger(prisma, { name: "Demo-Einmalig", verband: "drk" });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
  });
});
