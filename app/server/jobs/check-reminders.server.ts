/**
 * The 6-month reminder (issue 5, data quality): when a centre's "zuletzt geprüft" date is due
 * for a check (older than 6 months, or never checked — the dashboard's "Prüfung fällig" rule,
 * app/domain/counselling/data-quality.ts), its editors (stellenleitung and the Träger's
 * traeger_admin) get one e-mail with the link to the centre's edit page.
 *
 * Exactly once per due period: a row in `pruefung_erinnerung` keyed by centre and the state it
 * reminds about (`stand`: the date, or "nie") is inserted in the same transaction as the mails,
 * with ON CONFLICT DO NOTHING on that unique key; due centres are picked with FOR UPDATE SKIP
 * LOCKED, so two workers take different centres, and a restart finds the row and sends nothing.
 * Confirming or correcting the data sets a new date, which is a new period. The clock is injected.
 */
import { dueIfCheckedOnOrBefore } from "../../domain/counselling/data-quality";
import { formatGermanDate, localDateInBerlin } from "../../domain/shared/dates";
import { centreEditorAddresses } from "../counselling/centre-editors.server";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger.server";
import { queueMail } from "../mail/outbox.server";
import { startPoller, type Poller } from "./poller.server";

export type CheckReminderOptions = {
  prisma: PrismaClient;
  publicUrl: string;
  batchSize?: number;
  /** Test hook: runs inside the transaction after the mails were queued, before the commit. */
  beforeCommit?: () => Promise<void>;
};

type Due = { id: string; name: string; traegerId: string; kommuneId: string | null; stand: string };

function reminderText(centre: Due, link: string): string {
  return [
    "Guten Tag,",
    "",
    centre.stand === "nie"
      ? `die Angaben der Beratungsstelle „${centre.name}“ wurden noch nie bestätigt.`
      : `die Angaben der Beratungsstelle „${centre.name}“ wurden zuletzt am ${formatGermanDate(centre.stand)} geprüft, vor mehr als 6 Monaten.`,
    "Bitte prüfen Sie Adresse, Öffnungszeiten und Kontaktwege und bestätigen oder korrigieren Sie sie:",
    link,
    "",
    "Nach 12 Monaten ohne Bestätigung zeigt die öffentliche Seite einen Hinweis, dass die Angaben veraltet sein können.",
    "",
    "Diese Nachricht wurde automatisch erstellt.",
  ].join("\n");
}

/** Queues the reminders due at `now`; returns how many centres were handled. */
export async function queueDueCheckReminders(options: CheckReminderOptions, now: Date): Promise<number> {
  const { prisma, publicUrl } = options;
  const cutoff = dueIfCheckedOnOrBefore(localDateInBerlin(now));
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Due[]>(Prisma.sql`
      SELECT b.id::text AS id, b.name, b.traeger_id::text AS "traegerId", b.kommune_id::text AS "kommuneId",
             COALESCE(to_char(b.zuletzt_geprueft, 'YYYY-MM-DD'), 'nie') AS stand
      FROM beratungsstelle b
      WHERE (b.zuletzt_geprueft IS NULL OR b.zuletzt_geprueft <= ${cutoff}::date)
        AND NOT EXISTS (
          SELECT 1 FROM pruefung_erinnerung e
          WHERE e.beratungsstelle_id = b.id AND e.stand = COALESCE(to_char(b.zuletzt_geprueft, 'YYYY-MM-DD'), 'nie'))
      ORDER BY b.id
      LIMIT ${options.batchSize ?? 50}
      FOR UPDATE OF b SKIP LOCKED`);
    let handled = 0;
    for (const centre of due) {
      const claimed = await tx.$queryRaw<Array<{ id: string }>>(Prisma.sql`
        INSERT INTO pruefung_erinnerung (id, beratungsstelle_id, stand, empfaenger, created_at)
        VALUES (gen_random_uuid(), ${centre.id}::uuid, ${centre.stand}, 0, ${now})
        ON CONFLICT (beratungsstelle_id, stand) DO NOTHING
        RETURNING id::text AS id`);
      if (claimed.length === 0) continue;
      const empfaenger = await centreEditorAddresses(tx, centre);
      const link = `${publicUrl}/verwaltung/stellen/${centre.id}`;
      for (const an of empfaenger) {
        await queueMail(tx, { an, betreff: `Bitte Angaben prüfen: ${centre.name}`, text: reminderText(centre, link), anlass: "pruefung_erinnerung", sendenAb: now });
      }
      if (empfaenger.length > 0) await tx.pruefungErinnerung.update({ where: { id: claimed[0]!.id }, data: { empfaenger: empfaenger.length } });
      handled++;
    }
    await options.beforeCommit?.();
    return handled;
  });
}

export function startCheckReminders(options: CheckReminderOptions & { logger: Pick<Logger, "info" | "error">; intervalMs?: number; now?: () => Date }): Poller {
  const batchSize = options.batchSize ?? 50;
  return startPoller(
    async () => {
      const handled = await queueDueCheckReminders({ ...options, batchSize }, (options.now ?? (() => new Date()))());
      if (handled > 0) options.logger.info({ handled }, "Prüferinnerungen in den Postausgang gelegt");
      return handled === batchSize;
    },
    {
      intervalMs: options.intervalMs ?? 60 * 60_000,
      onError: (error) => options.logger.error({ err: error instanceof Error ? error.message : String(error) }, "Prüferinnerungen fehlgeschlagen"),
    },
  );
}
