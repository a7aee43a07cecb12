/**
 * `npm run search:reindex`: rebuilds the centre index from the database, with the app's
 * configuration (DATABASE_URL or the embedded database in DATA_DIR; MEILI_HOST for Meilisearch).
 *
 * With Meilisearch this replaces the index the running app searches, and settles the search
 * outbox (see indexAllCentres). The embedded engine lives inside the server process and is rebuilt
 * at every start, so for it this command only checks that every published centre maps to a search
 * document and reports how long building the index takes; it leaves the outbox to the server.
 */
import { createSearch, prepareSearch } from "..";
import { loadCentreDocuments, indexAllCentres } from "../../app/server/search-sync.server";
import { formatEnvErrors, parseEnv } from "../../app/server/env.server";
import { runOnTargetDatabase } from "../../prisma/scripts/target";

const parsed = parseEnv(process.env);
if (!parsed.ok) {
  console.error(formatEnvErrors(parsed.errors));
  process.exit(1);
}
const config = parsed.config;

await runOnTargetDatabase(async (db) => {
  const started = performance.now();
  const search = createSearch({ meiliHost: config.MEILI_HOST, meiliApiKey: config.MEILI_API_KEY });
  if (search.engine === "meilisearch") {
    await prepareSearch(search);
    const count = await indexAllCentres(db.prisma, search);
    return `Meilisearch-Index neu aufgebaut: ${count} Beratungsstellen in ${Math.round(performance.now() - started)} ms.`;
  }
  const documents = await loadCentreDocuments(db.prisma);
  const loaded = performance.now();
  await search.replaceCentres(documents);
  return (
    `${documents.length} Beratungsstellen gelesen (${Math.round(loaded - started)} ms), eingebetteter Index geprüft ` +
    `(${Math.round(performance.now() - loaded)} ms). Der Server baut ihn bei jedem Start selbst auf; ` +
    `ein Neuaufbau von außen ist nur mit MEILI_HOST nötig.`
  );
});
