/**
 * Deletes anonymous conversations (messages with them) 48 h after they were closed or after
 * 30 days without activity (CHAT_DELETE_CLOSED_AFTER_HOURS, CHAT_DELETE_IDLE_AFTER_DAYS).
 * Runs every 10 minutes; the clock is injected for tests.
 */
import type { RetentionPolicy } from "../../domain/chat/retention";
import type { ChatStore } from "../chat/store.server";
import type { Logger } from "../logger.server";
import { startPoller, type Poller } from "./poller.server";

export async function runChatRetention(store: ChatStore, policy: RetentionPolicy, now: Date, logger?: Logger): Promise<number> {
  const deleted = await store.deleteExpired(now, policy);
  if (deleted > 0) logger?.info({ deleted }, "Abgelaufene Chat-Gespräche gelöscht");
  return deleted;
}

export function startChatRetention(options: { store: ChatStore; policy: RetentionPolicy; logger: Logger; intervalMs?: number }): Poller {
  return startPoller(
    async () => {
      await runChatRetention(options.store, options.policy, new Date(), options.logger);
      return false;
    },
    {
      intervalMs: options.intervalMs ?? 10 * 60_000,
      onError: (error) => options.logger.error({ err: error instanceof Error ? error.message : String(error) }, "Chat-Löschlauf fehlgeschlagen"),
    },
  );
}
