/**
 * The audit log as the logged-in account may read it (/verwaltung/protokoll): platform admins
 * everything; a traeger_admin the entries of its Träger; a kommune_redaktion those of its
 * Kommune (permission "protokoll.ansehen"). Newest first, pages of 50, filter by object type.
 */
import { can, type Actor } from "../../domain/accounts/permissions";
import { ROLE_LABELS } from "../../domain/accounts/roles";
import { aktionLabel, changedFieldLines, objektTypLabel } from "../../domain/accounts/audit-labels";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const ACTION = "protokoll.ansehen";

/** The entries `actor` may read as a query condition; null when none. */
export function readableAuditWhere(actor: Actor): Prisma.ProtokollWhereInput | null {
  if (can(actor, ACTION, {})) return {};
  const traeger = new Set<string>();
  const kommunen = new Set<string>();
  for (const m of actor.memberships) {
    if (m.traegerId && can(actor, ACTION, { traegerId: m.traegerId })) traeger.add(m.traegerId);
    if (m.kommuneId && can(actor, ACTION, { kommuneId: m.kommuneId })) kommunen.add(m.kommuneId);
  }
  const any: Prisma.ProtokollWhereInput[] = [];
  if (traeger.size > 0) any.push({ traegerId: { in: [...traeger] } });
  if (kommunen.size > 0) any.push({ kommuneId: { in: [...kommunen] } });
  return any.length > 0 ? { OR: any } : null;
}

export type AuditLine = { id: string; zeitpunkt: string; zeitpunktText: string; akteur: string; aktion: string; objektTyp: string; objektId: string; person: string | null; aenderungen: string[] };
export type AuditPage = { eintraege: AuditLine[]; gesamt: number; seite: number; seiten: number; typen: string[] };

const WHEN = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "medium" });

const VALUE_LABELS: Record<string, string> = { ...ROLE_LABELS };

function personOf(details: unknown): string | null {
  if (details && typeof details === "object" && "person" in details && typeof (details as { person: unknown }).person === "string") return (details as { person: string }).person;
  return null;
}

/** Names of the centres, Träger and accounts the entries are about (the current name). */
async function objectNames(prisma: PrismaClient, rows: Array<{ objektTyp: string; objektId: string }>): Promise<Map<string, string>> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const ids = (typ: string) => [...new Set(rows.filter((r) => r.objektTyp === typ && UUID.test(r.objektId)).map((r) => r.objektId))];
  const [stellen, traeger, benutzer] = await Promise.all([
    prisma.beratungsstelle.findMany({ where: { id: { in: ids("beratungsstelle") } }, select: { id: true, name: true } }),
    prisma.traeger.findMany({ where: { id: { in: ids("traeger") } }, select: { id: true, name: true } }),
    prisma.benutzer.findMany({ where: { id: { in: ids("benutzer") } }, select: { id: true, anzeigename: true } }),
  ]);
  return new Map([...stellen.map((s) => [s.id, s.name] as const), ...traeger.map((t) => [t.id, t.name] as const), ...benutzer.map((b) => [b.id, b.anzeigename] as const)]);
}

export async function listAuditLog(prisma: PrismaClient, actor: Actor, query: { objektTyp?: string; seite?: number; proSeite?: number }): Promise<AuditPage | null> {
  const base = readableAuditWhere(actor);
  if (!base) return null;
  const proSeite = query.proSeite ?? 50;
  const where: Prisma.ProtokollWhereInput = { AND: [base, query.objektTyp ? { objektTyp: query.objektTyp } : {}] };
  const [gesamt, typen] = await Promise.all([
    prisma.protokoll.count({ where }),
    prisma.protokoll.findMany({ where: base, distinct: ["objektTyp"], select: { objektTyp: true }, orderBy: { objektTyp: "asc" } }),
  ]);
  const seiten = Math.max(1, Math.ceil(gesamt / proSeite));
  const seite = Math.min(Math.max(1, query.seite ?? 1), seiten);
  const rows = await prisma.protokoll.findMany({ where, orderBy: [{ zeitpunkt: "desc" }, { id: "desc" }], skip: (seite - 1) * proSeite, take: proSeite });
  const names = await objectNames(prisma, rows);
  return {
    eintraege: rows.map((row) => ({
      id: row.id.toString(),
      zeitpunkt: row.zeitpunkt.toISOString(),
      zeitpunktText: `${WHEN.format(row.zeitpunkt)} Uhr`,
      akteur: row.akteur,
      aktion: aktionLabel(row.aktion),
      objektTyp: objektTypLabel(row.objektTyp),
      objektId: row.objektId,
      person: personOf(row.details) ?? names.get(row.objektId) ?? null,
      aenderungen: changedFieldLines(row.details, VALUE_LABELS),
    })),
    gesamt,
    seite,
    seiten,
    typen: typen.map((t) => t.objektTyp),
  };
}
