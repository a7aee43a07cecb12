/**
 * Träger in the management area (/verwaltung/traeger): the list an account may edit, creating a
 * Träger together with the invitation of its first traeger_admin (platform admins), and editing
 * the profile (name, federation, website) with an audit entry; updateTraeger queues the Träger's
 * centres for the search index in the same transaction, since their documents carry its name.
 */
import { can, type Actor } from "../../domain/accounts/permissions";
import { changedFields, recordAudit } from "../audit.server";
import { inviteStaff } from "../auth/invitations.server";
import { normaliseLoginName } from "../auth/login.server";
import type { Prisma, PrismaClient, Wohlfahrtsverband } from "../generated/prisma/client";
import { updateTraeger } from "../traeger.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TraegerProfile = { name: string; verband: Wohlfahrtsverband; website: string | null };
export type TraegerListItem = TraegerProfile & { id: string; stellen: number };

export type TraegerList = { traeger: TraegerListItem[]; gesamt: number; seite: number; seiten: number };

/** The Träger `actor` may edit, by name, a page at a time, optionally those whose name contains `suche`. */
export async function listEditableTraeger(prisma: PrismaClient, actor: Actor, query: { suche?: string; seite?: number; proSeite?: number } = {}): Promise<TraegerList> {
  const all = can(actor, "traeger.bearbeiten", {});
  const ids = actor.memberships.map((m) => m.traegerId).filter((id): id is string => id !== null && can(actor, "traeger.bearbeiten", { traegerId: id }));
  if (!all && ids.length === 0) return { traeger: [], gesamt: 0, seite: 1, seiten: 1 };
  const suche = query.suche?.trim();
  const where: Prisma.TraegerWhereInput = { AND: [all ? {} : { id: { in: ids } }, suche ? { name: { contains: suche, mode: "insensitive" } } : {}] };
  const proSeite = query.proSeite ?? 50;
  const gesamt = await prisma.traeger.count({ where });
  const seiten = Math.max(1, Math.ceil(gesamt / proSeite));
  const seite = Math.min(Math.max(1, query.seite ?? 1), seiten);
  const rows = await prisma.traeger.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (seite - 1) * proSeite,
    take: proSeite,
    select: { id: true, name: true, verband: true, website: true, _count: { select: { beratungsstellen: true } } },
  });
  return { traeger: rows.map((r) => ({ id: r.id, name: r.name, verband: r.verband, website: r.website, stellen: r._count.beratungsstellen })), gesamt, seite, seiten };
}

/** Any Träger by id (the page checks the permission); null for an unknown id. */
export async function loadTraeger(prisma: PrismaClient, id: string): Promise<(TraegerProfile & { id: string }) | null> {
  if (!UUID.test(id)) return null;
  return prisma.traeger.findUnique({ where: { id: id.toLowerCase() }, select: { id: true, name: true, verband: true, website: true } });
}

export type TraegerRefusal = "name_vergeben" | "email_vergeben" | "email_ungueltig";

export async function createTraegerWithAdmin(
  prisma: PrismaClient,
  actor: Actor,
  input: TraegerProfile & { adminEmail: string; adminName: string; now: Date; publicUrl: string },
): Promise<{ ok: true; traegerId: string } | { ok: false; code: TraegerRefusal }> {
  if (!can(actor, "traeger.anlegen", {})) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  if (await prisma.traeger.findUnique({ where: { name_verband: { name: input.name, verband: input.verband } }, select: { id: true } })) return { ok: false, code: "name_vergeben" };
  const email = normaliseLoginName(input.adminEmail);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, code: "email_ungueltig" };
  if (await prisma.benutzer.findUnique({ where: { email }, select: { id: true } })) return { ok: false, code: "email_vergeben" };
  const traegerId = await prisma.$transaction(async (tx) => {
    const created = await tx.traeger.create({ data: { name: input.name, verband: input.verband, website: input.website }, select: { id: true } });
    await recordAudit(tx, actor, {
      aktion: "traeger.angelegt",
      objektTyp: "traeger",
      objektId: created.id,
      traegerId: created.id,
      details: { felder: { name: [null, input.name], verband: [null, input.verband], website: [null, input.website] } },
    });
    return created.id;
  });
  const invited = await inviteStaff(prisma, { email, anzeigename: input.adminName, rolle: "traeger_admin", scope: { traegerId }, by: actor, now: input.now, publicUrl: input.publicUrl });
  if (!invited.ok) {
    // The address was taken in between: no Träger without its admin.
    await prisma.$transaction(async (tx) => {
      await tx.protokoll.deleteMany({ where: { objektTyp: "traeger", objektId: traegerId } });
      await tx.traeger.delete({ where: { id: traegerId } });
    });
    return { ok: false, code: invited.code };
  }
  return { ok: true, traegerId };
}

/** Saves the profile; `changed: false` when nothing differs. The caller has checked "traeger.bearbeiten". */
export async function saveTraegerProfile(prisma: PrismaClient, actor: Actor, before: TraegerProfile & { id: string }, after: TraegerProfile): Promise<{ ok: true; changed: boolean } | { ok: false; code: "name_vergeben" }> {
  const felder = changedFields({ name: before.name, verband: before.verband, website: before.website }, { ...after });
  if (Object.keys(felder).length === 0) return { ok: true, changed: false };
  const clash = await prisma.traeger.findUnique({ where: { name_verband: { name: after.name, verband: after.verband } }, select: { id: true } });
  if (clash && clash.id !== before.id) return { ok: false, code: "name_vergeben" };
  await updateTraeger(prisma, before.id, after, {
    alsoInTransaction: (tx) =>
      recordAudit(tx, actor, { aktion: "traeger.geaendert", objektTyp: "traeger", objektId: before.id, traegerId: before.id, details: JSON.parse(JSON.stringify({ felder })) as object }),
  });
  return { ok: true, changed: true };
}
