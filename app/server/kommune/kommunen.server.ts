/**
 * Kommunen in the management area (/verwaltung/kommune) and the public "Zuständige Stelle":
 *
 * - which Kommunen an account may manage ("kommune.bearbeiten": a kommune_redaktion its own,
 *   platform admins all), one Kommune with its Zuständigkeiten and local offers;
 * - creating a Kommune with the invitation of its first kommune_redaktion (platform admins);
 * - creating, changing and deleting a Zuständigkeit, each with its audit entry (tenant: the
 *   Kommune) in the same transaction. Zuständigkeiten are not in the search index: the public
 *   pages read them by PLZ on each request, so there is no search-outbox entry to write;
 * - local offers: centres with the Kommune's kommuneId, of the Kommune's own Träger (verband
 *   kommunal, named like the Kommune), written through the centre repository (search outbox);
 * - the lookup for the public pages: the Kommunen covering a PLZ, passed to the pure
 *   zustaendigeStellen (app/domain/kommune/zustaendigkeit.ts).
 *
 * Every function that changes something is given an actor the caller has checked with assertCan.
 */
import { can, type Actor } from "../../domain/accounts/permissions";
import type { BenefitSlug } from "../../domain/benefits/slugs";
import type { CentreFormData } from "../../domain/counselling/centre-form";
import type { ZustaendigkeitData } from "../../domain/kommune/kommune-form";
import { normalisePlz, zustaendigeStellenJeLeistung, type KommuneZustaendigkeiten, type Treffer } from "../../domain/kommune/zustaendigkeit";
import { changedFields, recordAudit } from "../audit.server";
import { inviteStaff } from "../auth/invitations.server";
import { normaliseLoginName } from "../auth/login.server";
import { saveCentre } from "../centres.server";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (id: string | undefined) => (id && UUID.test(id) ? id.toLowerCase() : null);

export type KommuneListItem = { id: string; name: string; ags: string; plz: string[] };

/** The Kommunen `actor` may manage, by name. */
export async function listManageableKommunen(prisma: PrismaClient, actor: Actor): Promise<KommuneListItem[]> {
  const all = can(actor, "kommune.bearbeiten", {});
  const ids = actor.memberships.map((m) => m.kommuneId).filter((id): id is string => id !== null && can(actor, "kommune.bearbeiten", { kommuneId: id }));
  if (!all && ids.length === 0) return [];
  return prisma.kommune.findMany({ where: all ? {} : { id: { in: ids } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000, select: { id: true, name: true, ags: true, plz: true } });
}

export type StoredZustaendigkeit = ZustaendigkeitData & { id: string; kommuneId: string };

const ZUSTAENDIGKEIT_SELECT = {
  id: true,
  kommuneId: true,
  leistung: true,
  name: true,
  strasse: true,
  plz: true,
  ort: true,
  oeffnungszeiten: true,
  telefon: true,
  email: true,
  onlineAntrag: true,
} as const satisfies Prisma.ZustaendigkeitSelect;

const asStored = (row: Prisma.ZustaendigkeitGetPayload<{ select: typeof ZUSTAENDIGKEIT_SELECT }>): StoredZustaendigkeit => ({ ...row, leistung: row.leistung as BenefitSlug });

export type KommuneDetail = KommuneListItem & {
  zustaendigkeiten: StoredZustaendigkeit[];
  angebote: Array<{ id: string; name: string; ort: string; veroeffentlicht: boolean }>;
};

/** Any Kommune by id with its Zuständigkeiten and local offers (the page checks the permission); null for an unknown id. */
export async function loadKommune(prisma: PrismaClient, id: string | undefined): Promise<KommuneDetail | null> {
  const key = uuidOrNull(id);
  if (!key) return null;
  const row = await prisma.kommune.findUnique({
    where: { id: key },
    select: {
      id: true,
      name: true,
      ags: true,
      plz: true,
      zustaendigkeiten: { select: ZUSTAENDIGKEIT_SELECT, orderBy: [{ leistung: "asc" }] },
      beratungsstellen: { select: { id: true, name: true, ort: true, veroeffentlicht: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;
  const { zustaendigkeiten, beratungsstellen, ...kommune } = row;
  return { ...kommune, zustaendigkeiten: zustaendigkeiten.map(asStored), angebote: beratungsstellen };
}

/** One Zuständigkeit of the Kommune `kommuneId`; null when unknown or of another Kommune. */
export async function loadZustaendigkeit(prisma: PrismaClient, kommuneId: string, id: string | undefined): Promise<StoredZustaendigkeit | null> {
  const key = uuidOrNull(id);
  if (!key) return null;
  const row = await prisma.zustaendigkeit.findFirst({ where: { id: key, kommuneId }, select: ZUSTAENDIGKEIT_SELECT });
  return row ? asStored(row) : null;
}

export type ZustaendigkeitOutcome = { ok: true; id: string; changed: boolean } | { ok: false; code: "leistung_vergeben" };

/** Creates (`before` null) or changes a Zuständigkeit of `kommuneId`; one per benefit and Kommune. */
export async function saveZustaendigkeit(prisma: PrismaClient, actor: Actor, kommuneId: string, before: StoredZustaendigkeit | null, data: ZustaendigkeitData): Promise<ZustaendigkeitOutcome> {
  const { id: _id, kommuneId: _k, ...old } = before ?? { id: null, kommuneId: null };
  const felder = changedFields(before ? old : {}, { ...data });
  if (before && Object.keys(felder).length === 0) return { ok: true, id: before.id, changed: false };
  const clash = await prisma.zustaendigkeit.findUnique({ where: { kommuneId_leistung: { kommuneId, leistung: data.leistung } }, select: { id: true } });
  if (clash && clash.id !== before?.id) return { ok: false, code: "leistung_vergeben" };
  try {
    const id = await prisma.$transaction(async (tx) => {
      const saved = before
        ? await tx.zustaendigkeit.update({ where: { id: before.id }, data, select: { id: true } })
        : await tx.zustaendigkeit.create({ data: { ...data, kommuneId }, select: { id: true } });
      await recordAudit(tx, actor, {
        aktion: before ? "zustaendigkeit.geaendert" : "zustaendigkeit.angelegt",
        objektTyp: "zustaendigkeit",
        objektId: saved.id,
        kommuneId,
        details: JSON.parse(JSON.stringify({ felder })) as Prisma.InputJsonValue,
      });
      return saved.id;
    });
    return { ok: true, id, changed: true };
  } catch (error) {
    // Two editors adding the same benefit at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "leistung_vergeben" };
    throw error;
  }
}

export async function deleteZustaendigkeit(prisma: PrismaClient, actor: Actor, zustaendigkeit: StoredZustaendigkeit): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.zustaendigkeit.delete({ where: { id: zustaendigkeit.id } });
    await recordAudit(tx, actor, {
      aktion: "zustaendigkeit.geloescht",
      objektTyp: "zustaendigkeit",
      objektId: zustaendigkeit.id,
      kommuneId: zustaendigkeit.kommuneId,
      details: { leistung: zustaendigkeit.leistung, name: zustaendigkeit.name },
    });
  });
}

export type KommuneRefusal = "ags_vergeben" | "email_vergeben" | "email_ungueltig";

/** A new Kommune and the invitation of its first kommune_redaktion (platform admins: "kommune.anlegen"). */
export async function createKommuneWithEditor(
  prisma: PrismaClient,
  actor: Actor,
  input: { name: string; ags: string; plz: string[]; redaktionName: string; redaktionEmail: string; now: Date; publicUrl: string },
): Promise<{ ok: true; kommuneId: string } | { ok: false; code: KommuneRefusal }> {
  if (!can(actor, "kommune.anlegen", {})) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  if (await prisma.kommune.findUnique({ where: { ags: input.ags }, select: { id: true } })) return { ok: false, code: "ags_vergeben" };
  const email = normaliseLoginName(input.redaktionEmail);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, code: "email_ungueltig" };
  if (await prisma.benutzer.findUnique({ where: { email }, select: { id: true } })) return { ok: false, code: "email_vergeben" };
  const kommuneId = await prisma.$transaction(async (tx) => {
    const created = await tx.kommune.create({ data: { name: input.name, ags: input.ags, plz: input.plz }, select: { id: true } });
    await recordAudit(tx, actor, {
      aktion: "kommune.angelegt",
      objektTyp: "kommune",
      objektId: created.id,
      kommuneId: created.id,
      details: { felder: { name: [null, input.name], ags: [null, input.ags], plz: [null, input.plz] } },
    });
    return created.id;
  });
  const invited = await inviteStaff(prisma, { email, anzeigename: input.redaktionName, rolle: "kommune_redaktion", scope: { kommuneId }, by: actor, now: input.now, publicUrl: input.publicUrl });
  if (!invited.ok) {
    // The address was taken in between: no Kommune without its editor.
    await prisma.$transaction(async (tx) => {
      await tx.protokoll.deleteMany({ where: { objektTyp: "kommune", objektId: kommuneId } });
      await tx.kommune.delete({ where: { id: kommuneId } });
    });
    return { ok: false, code: invited.code };
  }
  return { ok: true, kommuneId };
}

/**
 * A new local offer of the Kommune: a centre of the Kommune's own Träger (verband kommunal, named
 * like the Kommune, created on first use) with the Kommune's kommuneId, through the centre
 * repository, so the search outbox entry and the audit entry are in the same transaction.
 */
export async function createLocalOffer(prisma: PrismaClient, actor: Actor, kommune: { id: string; name: string }, data: CentreFormData, geo: { lat: number; lng: number } | null): Promise<{ id: string }> {
  const traeger = await prisma.traeger.upsert({
    where: { name_verband: { name: kommune.name, verband: "kommunal" } },
    create: { name: kommune.name, verband: "kommunal" },
    update: {},
    select: { id: true },
  });
  const saved = await saveCentre(
    prisma,
    { traegerId: traeger.id, datenquelle: `Verwaltung (${kommune.name})`, ...data, geo, zuletztGeprueft: new Date().toISOString().slice(0, 10) },
    {
      alsoInTransaction: async (tx, created) => {
        await tx.beratungsstelle.update({ where: { id: created.id }, data: { kommuneId: kommune.id } });
        await recordAudit(tx, actor, {
          aktion: "beratungsstelle.angelegt",
          objektTyp: "beratungsstelle",
          objektId: created.id,
          traegerId: traeger.id,
          kommuneId: kommune.id,
          details: JSON.parse(JSON.stringify({ felder: { name: [null, data.name], adresse: [null, data.adresse], veroeffentlicht: [null, data.veroeffentlicht], kommunal: [null, true] } })) as Prisma.InputJsonValue,
        });
      },
    },
  );
  return { id: saved.id };
}

/** The Kommunen covering `plz` with their Zuständigkeiten, in the shape of the pure lookup. */
async function kommunenAt(prisma: PrismaClient, plz: string): Promise<KommuneZustaendigkeiten[]> {
  const rows = await prisma.kommune.findMany({
    where: { plz: { has: plz } },
    select: { name: true, plz: true, zustaendigkeiten: { select: ZUSTAENDIGKEIT_SELECT } },
    take: 50,
  });
  return rows.map((row) => ({
    name: row.name,
    plz: row.plz,
    zustaendigkeiten: row.zustaendigkeiten.map(asStored).map((z) => ({
      leistung: z.leistung,
      name: z.name,
      adresse: { strasse: z.strasse, plz: z.plz, ort: z.ort },
      oeffnungszeiten: z.oeffnungszeiten,
      telefon: z.telefon,
      email: z.email,
      onlineAntrag: z.onlineAntrag,
    })),
  }));
}

/** "Zuständige Stelle" per benefit slug at `plz` (only benefits with an office); {} for no or an invalid PLZ. */
export async function zustaendigeStellenAt(prisma: PrismaClient, plz: string | null | undefined, leistungen: readonly string[]): Promise<Record<string, Treffer[]>> {
  const code = normalisePlz(plz);
  if (!code) return {};
  return zustaendigeStellenJeLeistung(await kommunenAt(prisma, code), code, leistungen);
}
