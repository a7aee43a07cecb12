import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../tests/support/database";
import {
  buildBeratungsstelle,
  buildTraeger,
  DEMO_BERATUNGSSTELLEN_COUNT,
  DEMO_TRAEGER_COUNT,
  THEMEN,
} from "../../tests/factories/centres";
import { DEMO_DATA_LOADED_AT, seedDemoData } from "../seed";

describe.each(testDatabaseKinds)("seedDemoData (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("loads the demo data into an empty database", async () => {
    const { prisma } = database();
    expect(await seedDemoData(prisma)).toEqual({ traeger: DEMO_TRAEGER_COUNT, beratungsstellen: DEMO_BERATUNGSSTELLEN_COUNT });

    const stellen = await prisma.beratungsstelle.findMany({ include: { traeger: true } });
    expect(stellen).toHaveLength(DEMO_BERATUNGSSTELLEN_COUNT);
    expect(stellen.every((stelle) => stelle.isDemo && stelle.traeger.isDemo && stelle.name.startsWith("Demo-"))).toBe(true);
    expect(new Set(stellen.map((stelle) => stelle.ort)).size).toBeGreaterThan(3);
    expect(new Set(stellen.flatMap((stelle) => stelle.themen))).toEqual(new Set(THEMEN));
    expect(await prisma.appSetting.findUnique({ where: { key: DEMO_DATA_LOADED_AT } })).not.toBeNull();
  });

  it("does nothing the second time", async () => {
    const { prisma } = database();
    expect(await seedDemoData(prisma)).toBeNull();
    expect(await prisma.traeger.count()).toBe(DEMO_TRAEGER_COUNT);
    expect(await prisma.beratungsstelle.count()).toBe(DEMO_BERATUNGSSTELLEN_COUNT);
  });

});

describe("demo factories", () => {
  it("give the same fictional record for the same index", () => {
    expect(buildBeratungsstelle(0, "traeger-1")).toEqual({
      traegerId: "traeger-1",
      name: "Demo-Suchtberatung Berlin 1",
      strasse: "Musterstraße 1",
      plz: "10115",
      ort: "Berlin",
      themen: ["sucht"],
      isDemo: true,
    });
    expect(buildTraeger(6).name).toBe("Demo-Caritasverband Musterstadt 2");
  });

  it("use five-digit postcodes only", () => {
    const plzs = Array.from({ length: DEMO_BERATUNGSSTELLEN_COUNT }, (_, index) => buildBeratungsstelle(index, "t").plz);
    expect(plzs.every((plz) => /^\d{5}$/.test(plz))).toBe(true);
  });
});
