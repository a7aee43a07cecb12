/**
 * The incremental search indexer: polls the search outbox a few times a second and hands each
 * batch to processSearchOutbox (search-sync.server.ts), so a committed change is searchable
 * within about half a second. Runs inside the server process; because entries are claimed with
 * FOR UPDATE SKIP LOCKED it can run in several processes, or in a separate worker, unchanged.
 * Once an hour it deletes entries processed more than a week ago.
 */
import type { SearchPort } from "../../../search";
import type { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger.server";
import { pruneOutbox } from "../search-outbox.server";
import { processSearchOutbox } from "../search-sync.server";
import { startPoller, type Poller } from "./poller.server";

export type SearchIndexerOptions = {
  prisma: PrismaClient;
  search: SearchPort;
  logger: Pick<Logger, "info" | "warn" | "error">;
  /** Default 300 ms: with the batch time a change is searchable well within 2 s. */
  intervalMs?: number;
  batchSize?: number;
  /** Injected for tests; default Date.now. */
  now?: () => number;
};

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const KEEP_PROCESSED_MS = 7 * 24 * 60 * 60 * 1000;

export function startSearchIndexer(options: SearchIndexerOptions): Poller {
  const { prisma, search, logger } = options;
  const batchSize = options.batchSize ?? 200;
  const now = options.now ?? Date.now;
  let lastPrune = now();

  return startPoller(
    async () => {
      const batch = await processSearchOutbox(prisma, search, batchSize);
      if (batch.entries.length > 0) {
        logger.info({ entries: batch.entries.length, upserted: batch.upserted, removed: batch.removed }, "Suchindex aktualisiert");
      }
      if (now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = now();
        const pruned = await pruneOutbox(prisma, new Date(lastPrune - KEEP_PROCESSED_MS));
        if (pruned > 0) logger.info({ pruned }, "Alte Einträge der Such-Warteschlange gelöscht");
      }
      return batch.entries.length === batchSize;
    },
    {
      intervalMs: options.intervalMs ?? 300,
      onError: (error) =>
        logger.error({ err: error instanceof Error ? error.message : String(error) }, "Suchindex-Aktualisierung fehlgeschlagen"),
    },
  );
}
