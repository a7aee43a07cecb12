/** `npm run db:migrate`: applies pending migrations to the target database (see target.ts). */
import { migrate } from "../migrate";
import { runOnTargetDatabase } from "./target";

await runOnTargetDatabase(async (db) => {
  const { applied, durationMs } = await migrate(db.url);
  if (applied.length === 0) return "bereits aktuell, keine Migration nötig.";
  return `${applied.length} Migration(en) angewendet in ${durationMs} ms: ${applied.join(", ")}`;
});
