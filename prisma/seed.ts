/**
 * Demo data for a fresh installation: about 2,000 fictional Beratungsstellen of fictional Träger
 * in over 100 real German cities, all marked isDemo (generator: tests/factories/demo-centres.ts,
 * deterministic). Loads nothing when any Träger exists, so real data is never mixed with demo
 * data and running it twice is harmless. Centres go through the repository, so they get their
 * search-outbox entries like any other change.
 */
import type { PlaceLookup } from "../app/domain/counselling/places/lookup";
import { insertRows } from "../app/server/bulk-insert.server";
import { BULK_TRANSACTION, writeCentres } from "../app/server/centres.server";
import type { Prisma, PrismaClient } from "../app/server/generated/prisma/client";
import { placeLookup } from "../app/server/places.server";
import { DEMO_CENTRES, generateDemoData } from "../tests/factories/demo-centres";
import { DEMO_KOMMUNE, DEMO_ZUSTAENDIGKEITEN } from "../tests/factories/demo-kommune";

export type SeedResult = { traeger: number; beratungsstellen: number };
export type SeedOptions = {
  /** Number of centres; default 2,000 (`SEED_CENTRES` in the db scripts sets it for benchmarks). */
  centres?: number;
  seed?: number;
  /** The place lookup to take coordinates from; default the process-wide one. */
  places?: PlaceLookup;
};

/** AppSetting key holding the ISO time the demo data was loaded. */
export const DEMO_DATA_LOADED_AT = "demo_data_loaded_at";

/** Any fixed number; the advisory lock lets only one of several starting processes seed. */
const SEED_LOCK_KEY = 7_320_415;

/** `SEED_CENTRES` as given to the db scripts: a whole number from 1 to 200,000, or absent for the default. */
export function parseSeedCentres(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 200_000) {
    throw new Error(`SEED_CENTRES: erwartet eine ganze Zahl von 1 bis 200000, nicht „${value}“.`);
  }
  return count;
}

/** Inserts the demo data into an empty database; returns what it inserted, or null if it did nothing. */
/** The first demo centres get a bookable calendar (Mo–Fr 09:00–16:00, 60 minutes), so booking can be tried. */
const DEMO_CALENDARS = 25;

async function seedDemoCalendars(tx: Prisma.TransactionClient, centreIds: string[]): Promise<void> {
  for (const beratungsstelleId of centreIds) {
    await tx.beratungskalender.create({
      data: {
        beratungsstelleId,
        bezeichnung: "Demo-Beratungskalender",
        regeln: { create: [1, 2, 3, 4, 5].map((wochentag) => ({ wochentag, von: "09:00", bis: "16:00", dauerMin: 60, pufferMin: 0, arten: ["vor_ort", "telefon"] as const })) },
      },
    });
  }
}

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult | null> {
  // Cheap check first: most starts find data and should not pay for generating it.
  if ((await prisma.traeger.count()) > 0) return null;
  const data = generateDemoData({ places: options.places ?? (await placeLookup()), centres: options.centres ?? DEMO_CENTRES, seed: options.seed });

  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    if ((await tx.traeger.count()) > 0) return null;
    const now = new Date().toISOString();
    await insertRows(
      tx,
      "traeger",
      data.traeger.map(({ id, name, verband, website, isDemo }) => ({ id, name, verband, website, is_demo: isDemo, updated_at: now })),
    );
    await writeCentres(tx, data.centres);
    await seedDemoCalendars(tx, data.centres.slice(0, DEMO_CALENDARS).map((centre) => centre.id));
    await tx.kommune.create({ data: { ...DEMO_KOMMUNE, plz: [...DEMO_KOMMUNE.plz], zustaendigkeiten: { create: DEMO_ZUSTAENDIGKEITEN.map((z) => ({ ...z })) } } });
    const loadedAt = new Date().toISOString();
    await tx.appSetting.upsert({
      where: { key: DEMO_DATA_LOADED_AT },
      create: { key: DEMO_DATA_LOADED_AT, value: loadedAt },
      update: { value: loadedAt },
    });
    return { traeger: data.traeger.length, beratungsstellen: data.centres.length };
  }, BULK_TRANSACTION);
}
