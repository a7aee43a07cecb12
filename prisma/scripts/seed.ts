/**
 * `npm run db:seed`: loads the fictional demo data into the target database if it has no Träger
 * yet. `SEED_CENTRES=20000 npm run db:seed` loads more centres (benchmarks); default 2,000.
 */
import { parseSeedCentres, seedDemoData } from "../seed";
import { runOnTargetDatabase } from "./target";

await runOnTargetDatabase(async (db) => {
  const started = performance.now();
  const seeded = await seedDemoData(db.prisma, { centres: parseSeedCentres(process.env.SEED_CENTRES) });
  if (!seeded) return "enthält bereits Träger, keine Demodaten geladen.";
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `Demodaten geladen: ${seeded.traeger} Träger, ${seeded.beratungsstellen} Beratungsstellen in ${seconds} s.`;
});
