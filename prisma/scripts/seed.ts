/** `npm run db:seed`: loads the fictional demo data into the target database if it has no Träger yet. */
import { seedDemoData } from "../seed";
import { runOnTargetDatabase } from "./target";

await runOnTargetDatabase(async (db) => {
  const seeded = await seedDemoData(db.prisma);
  if (!seeded) return "enthält bereits Träger, keine Demodaten geladen.";
  return `Demodaten geladen: ${seeded.traeger} Träger, ${seeded.beratungsstellen} Beratungsstellen.`;
});
