import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceLookup } from "../../app/domain/counselling/places/lookup";
import { TOPIC_SLUGS } from "../../app/domain/counselling/topics";
import { placeLookup } from "../../app/server/places.server";
import { DEMO_CENTRES, DEMO_DATENQUELLE, generateDemoData } from "../../tests/factories/demo-centres";
import { DEMO_KOMMUNE } from "../../tests/factories/demo-kommune";
import { testDatabaseKinds, useTestDatabase } from "../../tests/support/database";
import { DEMO_DATA_LOADED_AT, parseSeedCentres, seedDemoData } from "../seed";

describe.each(testDatabaseKinds)("seedDemoData (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let places: PlaceLookup;
  beforeAll(async () => {
    places = await placeLookup();
  });

  it("loads the generated demo data into an empty database, with an outbox entry per centre", async () => {
    const { prisma } = database();
    const expected = generateDemoData({ places });
    const started = performance.now();
    expect(await seedDemoData(prisma, { places })).toEqual({ traeger: expected.traeger.length, beratungsstellen: DEMO_CENTRES });
    // The issue asks for "well under 30 s" on the embedded database: printed here, not asserted.
    console.log(`[seed ${kind}] ${DEMO_CENTRES} Demo-Stellen in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    expect(await prisma.beratungsstelle.count({ where: { isDemo: true, veroeffentlicht: true, datenquelle: DEMO_DATENQUELLE } })).toBe(
      DEMO_CENTRES,
    );
    expect(await prisma.traeger.count({ where: { isDemo: true, name: { startsWith: "Demo-" } } })).toBe(expected.traeger.length);
    expect(await prisma.searchOutbox.count({ where: { processedAt: null, operation: "upsert" } })).toBe(DEMO_CENTRES);
    const hours = expected.centres.reduce((sum, centre) => sum + (centre.oeffnungszeiten?.length ?? 0), 0);
    expect(await prisma.oeffnungszeit.count()).toBe(hours);
    expect(await prisma.oeffnungszeitAusnahme.count()).toBeGreaterThan(DEMO_CENTRES * 2);

    const sample = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id: expected.centres[7]!.id } });
    expect(sample).toMatchObject({ slug: expected.centres[7]!.slug, name: expected.centres[7]!.name, plz: expected.centres[7]!.adresse.plz });
    const topics = await prisma.$queryRaw<Array<{ thema: string }>>`SELECT DISTINCT unnest(themen) AS thema FROM beratungsstelle`;
    expect(new Set(topics.map((row) => row.thema))).toEqual(new Set(TOPIC_SLUGS));
    expect(await prisma.appSetting.findUnique({ where: { key: DEMO_DATA_LOADED_AT } })).not.toBeNull();
    // The synthetic demo Kommune with its Wohngeld office.
    const kommune = await prisma.kommune.findUniqueOrThrow({ where: { ags: DEMO_KOMMUNE.ags }, include: { zustaendigkeiten: true } });
    expect(kommune).toMatchObject({ isDemo: true, plz: DEMO_KOMMUNE.plz });
    expect(kommune.zustaendigkeiten.map((z) => z.leistung)).toEqual(["wohngeld"]);
  });

  it("does nothing the second time", async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.count();
    expect(await seedDemoData(prisma, { places })).toBeNull();
    expect(await prisma.traeger.count()).toBe(traeger);
    expect(await prisma.beratungsstelle.count()).toBe(DEMO_CENTRES);
  });
});

describe.each(testDatabaseKinds)("seedDemoData with a chosen size (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("loads as many centres as asked for", async () => {
    const { prisma } = database();
    const result = await seedDemoData(prisma, { centres: 150, places: await placeLookup() });
    expect(result?.beratungsstellen).toBe(150);
    expect(await prisma.beratungsstelle.count()).toBe(150);
  });
});

describe("parseSeedCentres", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["20000", 20_000],
  ])("%s → %s", (value, expected) => expect(parseSeedCentres(value)).toBe(expected));

  it.each(["0", "-5", "1.5", "viele", "300000"])("rejects %s", (value) => {
    expect(() => parseSeedCentres(value)).toThrow(/SEED_CENTRES/);
  });
});
