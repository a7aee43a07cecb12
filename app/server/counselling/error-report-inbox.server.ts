/**
 * The inbox of "Fehler melden" reports (/verwaltung/meldungen, issue 5): the reports of the
 * centres where the account may "fehlermeldung.bearbeiten" (its stellenleitung, the Träger's
 * traeger_admin, for a local offer the Kommune's kommune_redaktion, platform admins), open ones first; resolving or rejecting one with a note and an
 * audit entry in the same transaction. Times are formatted here (Europe/Berlin).
 */
import { can, type Actor } from "../../domain/accounts/permissions";
import { ERROR_REPORT_STATUS_LABEL, type ErrorReportStatus } from "../../domain/counselling/error-report";
import { recordAudit } from "../audit.server";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { editableCentresWhere } from "./centre-editing.server";

const ACTION = "fehlermeldung.bearbeiten";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const INBOX_PAGE_SIZE = 50;

const DATE_TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
const formatInstant = (instant: Date) => `${DATE_TIME.format(instant)} Uhr`;

function reportsWhere(actor: Actor): Prisma.FehlermeldungWhereInput | null {
  const centres = editableCentresWhere(actor, ACTION);
  return centres ? { beratungsstelle: centres } : null;
}

export type InboxItem = { id: string; stelle: string; eingegangen: string; status: ErrorReportStatus; statusLabel: string; auszug: string };
export type InboxPage = { items: InboxItem[]; offen: number; gesamt: number; seite: number; seiten: number };

/** Open reports first (oldest open first: they have waited longest), then the closed ones, newest first. */
export async function listErrorReports(prisma: PrismaClient, actor: Actor, seite = 1): Promise<InboxPage> {
  const where = reportsWhere(actor);
  if (!where) return { items: [], offen: 0, gesamt: 0, seite: 1, seiten: 1 };
  const [gesamt, offen] = await Promise.all([prisma.fehlermeldung.count({ where }), prisma.fehlermeldung.count({ where: { AND: [where, { status: "offen" }] } })]);
  const seiten = Math.max(1, Math.ceil(gesamt / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, seite), seiten);
  const skip = (current - 1) * INBOX_PAGE_SIZE;
  const select = { id: true, nachricht: true, status: true, createdAt: true, beratungsstelle: { select: { name: true } } } as const;
  // Two queries keep each ordering simple: open oldest first, closed newest first.
  const openRows = skip < offen ? await prisma.fehlermeldung.findMany({ where: { AND: [where, { status: "offen" }] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip, take: INBOX_PAGE_SIZE, select }) : [];
  const rest = INBOX_PAGE_SIZE - openRows.length;
  const closedRows =
    rest > 0
      ? await prisma.fehlermeldung.findMany({ where: { AND: [where, { status: { not: "offen" } }] }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: Math.max(0, skip - offen), take: rest, select })
      : [];
  const items = [...openRows, ...closedRows].map((row) => ({
    id: row.id,
    stelle: row.beratungsstelle.name,
    eingegangen: formatInstant(row.createdAt),
    status: row.status,
    statusLabel: ERROR_REPORT_STATUS_LABEL[row.status],
    auszug: row.nachricht.length > 120 ? `${row.nachricht.slice(0, 119)}…` : row.nachricht,
  }));
  return { items, offen, gesamt, seite: current, seiten };
}

/** Open reports of the account's centres (the dashboard tile). */
export async function countOpenErrorReports(prisma: PrismaClient, actor: Actor): Promise<number> {
  const where = reportsWhere(actor);
  return where ? prisma.fehlermeldung.count({ where: { AND: [where, { status: "offen" }] } }) : 0;
}

export type ErrorReportDetail = {
  id: string;
  stelle: { id: string; name: string; slug: string; traegerId: string; kommuneId: string | null };
  nachricht: string;
  kontakt: string | null;
  eingegangen: string;
  status: ErrorReportStatus;
  statusLabel: string;
  notiz: string | null;
  bearbeitet: string | null;
};

/** One report, if `actor` may handle it: null for an unknown id, a 403 Response for another tenant's. */
export async function loadErrorReport(prisma: PrismaClient, actor: Actor, id: string): Promise<ErrorReportDetail | null> {
  if (!UUID.test(id)) return null;
  const row = await prisma.fehlermeldung.findUnique({
    where: { id: id.toLowerCase() },
    include: { beratungsstelle: { select: { id: true, name: true, slug: true, traegerId: true, kommuneId: true } } },
  });
  if (!row) return null;
  if (!can(actor, ACTION, { traegerId: row.beratungsstelle.traegerId, beratungsstelleId: row.beratungsstelle.id, kommuneId: row.beratungsstelle.kommuneId })) {
    throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403, statusText: "Forbidden" });
  }
  return {
    id: row.id,
    stelle: row.beratungsstelle,
    nachricht: row.nachricht,
    kontakt: row.kontakt,
    eingegangen: formatInstant(row.createdAt),
    status: row.status,
    statusLabel: ERROR_REPORT_STATUS_LABEL[row.status],
    notiz: row.notiz,
    bearbeitet: row.erledigtAm ? `${formatInstant(row.erledigtAm)} von ${row.bearbeitetVonName ?? "unbekannt"}` : null,
  };
}

export type ResolveOutcome = { ok: true } | { ok: false; code: "schon_bearbeitet" };

/**
 * Closes an open report as erledigt or abgelehnt with the note; only the first of two editors
 * acting at once wins (the update is conditional on "offen"). The audit entry records the new
 * status, not the note's or the report's text.
 */
export async function resolveErrorReport(
  prisma: PrismaClient,
  actor: Actor,
  report: Pick<ErrorReportDetail, "id" | "stelle">,
  input: { status: Exclude<ErrorReportStatus, "offen">; notiz: string; now: Date },
): Promise<ResolveOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.fehlermeldung.updateMany({
      where: { id: report.id, status: "offen" },
      data: { status: input.status, notiz: input.notiz, erledigtAm: input.now, bearbeitetVonId: actor.benutzerId, bearbeitetVonName: actor.anzeigename },
    });
    if (count === 0) return { ok: false, code: "schon_bearbeitet" } as const;
    await recordAudit(tx, actor, {
      aktion: input.status === "erledigt" ? "fehlermeldung.erledigt" : "fehlermeldung.abgelehnt",
      objektTyp: "fehlermeldung",
      objektId: report.id,
      traegerId: report.stelle.traegerId,
      kommuneId: report.stelle.kommuneId,
      details: { beratungsstelleId: report.stelle.id, status: input.status },
    });
    return { ok: true } as const;
  });
}
