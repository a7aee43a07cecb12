/**
 * `npm run db:reset`: drops everything in the target database's public schema (including
 * `_prisma_migrations`), applies all migrations and loads the demo data (SEED_CENTRES sets how
 * many centres, default 2,000). Refused when NODE_ENV=production, so it cannot wipe a live
 * database by accident.
 */
import { resetDatabase } from "../migrate";
import { parseSeedCentres, seedDemoData } from "../seed";
import { runOnTargetDatabase } from "./target";

if (process.env.NODE_ENV === "production") {
  console.error("db:reset ist bei NODE_ENV=production gesperrt.");
  process.exit(1);
}

await runOnTargetDatabase(async (db) => {
  const { applied } = await resetDatabase(db.url);
  const seeded = await seedDemoData(db.prisma, { centres: parseSeedCentres(process.env.SEED_CENTRES) });
  return `geleert, ${applied.length} Migration(en) angewendet, ${seeded?.traeger ?? 0} Träger und ${seeded?.beratungsstellen ?? 0} Beratungsstellen geladen.`;
});
