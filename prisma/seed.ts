/**
 * Demo data for a fresh installation: six fictional Träger across the welfare federations and
 * twenty fictional Beratungsstellen in several cities, all marked isDemo. Deterministic (see
 * tests/factories/centres.ts). Loads nothing when any Träger exists, so real data is never mixed
 * with demo data and running it twice is harmless.
 */
import type { PrismaClient } from "../app/server/generated/prisma/client";
import {
  buildBeratungsstelle,
  buildTraeger,
  DEMO_BERATUNGSSTELLEN_COUNT,
  DEMO_TRAEGER_COUNT,
  demoTraegerIndexFor,
} from "../tests/factories/centres";

export type SeedResult = { traeger: number; beratungsstellen: number };

/** AppSetting key holding the ISO time the demo data was loaded. */
export const DEMO_DATA_LOADED_AT = "demo_data_loaded_at";

/** Any fixed number; the advisory lock lets only one of several starting processes seed. */
const SEED_LOCK_KEY = 7_320_415;

/** Inserts the demo data into an empty database; returns what it inserted, or null if it did nothing. */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedResult | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    if ((await tx.traeger.count()) > 0) return null;

    const traegerIds: string[] = [];
    for (let index = 0; index < DEMO_TRAEGER_COUNT; index++) {
      const { id } = await tx.traeger.create({ data: buildTraeger(index), select: { id: true } });
      traegerIds.push(id);
    }
    const beratungsstellen = Array.from({ length: DEMO_BERATUNGSSTELLEN_COUNT }, (_, index) =>
      buildBeratungsstelle(index, traegerIds[demoTraegerIndexFor(index)]!),
    );
    await tx.beratungsstelle.createMany({ data: beratungsstellen });

    const loadedAt = new Date().toISOString();
    await tx.appSetting.upsert({
      where: { key: DEMO_DATA_LOADED_AT },
      create: { key: DEMO_DATA_LOADED_AT, value: loadedAt },
      update: { value: loadedAt },
    });
    return { traeger: traegerIds.length, beratungsstellen: beratungsstellen.length };
  });
}
