/**
 * The management area's side of the centres (/verwaltung/stellen): which centres an account may
 * edit, the list with its "Prüfung fällig" marks, loading one centre into the form, and saving.
 * Saving goes through the centre repository (saveCentre / markCentreVerified), so the search
 * outbox entry and the audit log entry are written in the same transaction as the change.
 *
 * Which centres: exactly those `can(actor, "beratungsstelle.bearbeiten", …)` allows
 * (app/domain/accounts/permissions.ts) – all for an account allowed everywhere, else the centres
 * and the Träger named in its memberships, and for a municipality editor the local offers of its
 * Kommune (Beratungsstelle.kommuneId). The pages still call assertCan for the one centre.
 */
import { createHash } from "node:crypto";
import { can, type Action, type Actor } from "../../domain/accounts/permissions";
import type { CentreFormData } from "../../domain/counselling/centre-form";
import { dueIfCheckedOnOrBefore, isCheckDue } from "../../domain/counselling/data-quality";
import { locateAddress, type AddressLocation } from "../../domain/counselling/import/geocode";
import { toOpeningHoursText } from "../../domain/counselling/opening-hours";
import type { PlaceLookup } from "../../domain/counselling/places/lookup";
import type { LocalDate } from "../../domain/shared/dates";
import { changedFields, recordAudit } from "../audit.server";
import { markCentreVerified, saveCentre } from "../centres.server";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { CENTRE_INCLUDE } from "../search-sync.server";
import { toCentreDetail } from "./centre-read.server";

const ACTION = "beratungsstelle.bearbeiten";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const asDate = (date: LocalDate) => new Date(`${date}T00:00:00.000Z`);

/** The centres `actor` may edit (or do `action` at) as a query condition; null when there are none. */
export function editableCentresWhere(actor: Actor, action: Action = ACTION): Prisma.BeratungsstelleWhereInput | null {
  if (can(actor, action, {})) return {};
  const stellen = new Set<string>();
  const traeger = new Set<string>();
  const kommunen = new Set<string>();
  for (const m of actor.memberships) {
    if (m.beratungsstelleId && can(actor, action, { beratungsstelleId: m.beratungsstelleId })) stellen.add(m.beratungsstelleId);
    if (m.traegerId && can(actor, action, { traegerId: m.traegerId })) traeger.add(m.traegerId);
    if (m.kommuneId && can(actor, action, { kommuneId: m.kommuneId })) kommunen.add(m.kommuneId);
  }
  const any: Prisma.BeratungsstelleWhereInput[] = [];
  if (stellen.size > 0) any.push({ id: { in: [...stellen] } });
  if (traeger.size > 0) any.push({ traegerId: { in: [...traeger] } });
  if (kommunen.size > 0) any.push({ kommuneId: { in: [...kommunen] } });
  return any.length > 0 ? { OR: any } : null;
}

const dueWhere = (heute: LocalDate): Prisma.BeratungsstelleWhereInput => ({
  OR: [{ zuletztGeprueft: null }, { zuletztGeprueft: { lte: asDate(dueIfCheckedOnOrBefore(heute)) } }],
});

export type CentreListItem = {
  id: string;
  name: string;
  ort: string;
  traeger: string;
  veroeffentlicht: boolean;
  zuletztGeprueft: LocalDate | null;
  pruefungFaellig: boolean;
};

export type CentreListQuery = { heute: LocalDate; suche?: string; nurFaellig?: boolean; seite?: number; proSeite?: number };
export type CentreList = { stellen: CentreListItem[]; gesamt: number; seite: number; seiten: number };

export async function listEditableCentres(prisma: PrismaClient, actor: Actor, query: CentreListQuery): Promise<CentreList> {
  const proSeite = query.proSeite ?? 50;
  const base = editableCentresWhere(actor);
  if (!base) return { stellen: [], gesamt: 0, seite: 1, seiten: 1 };
  const suche = query.suche?.trim();
  const where: Prisma.BeratungsstelleWhereInput = {
    AND: [base, suche ? { name: { contains: suche, mode: "insensitive" } } : {}, query.nurFaellig ? dueWhere(query.heute) : {}],
  };
  const gesamt = await prisma.beratungsstelle.count({ where });
  const seiten = Math.max(1, Math.ceil(gesamt / proSeite));
  const seite = Math.min(Math.max(1, query.seite ?? 1), seiten);
  const rows = await prisma.beratungsstelle.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (seite - 1) * proSeite,
    take: proSeite,
    select: { id: true, name: true, ort: true, veroeffentlicht: true, zuletztGeprueft: true, traeger: { select: { name: true } } },
  });
  const stellen = rows.map((row) => {
    const zuletztGeprueft = row.zuletztGeprueft ? isoDate(row.zuletztGeprueft) : null;
    return {
      id: row.id,
      name: row.name,
      ort: row.ort,
      traeger: row.traeger.name,
      veroeffentlicht: row.veroeffentlicht,
      zuletztGeprueft,
      pruefungFaellig: isCheckDue(zuletztGeprueft, query.heute),
    };
  });
  return { stellen, gesamt, seite, seiten };
}

/** How many of the actor's centres are due for a check (the dashboard's reminder). */
export async function countDueCentres(prisma: PrismaClient, actor: Actor, heute: LocalDate): Promise<number> {
  const base = editableCentresWhere(actor);
  return base ? prisma.beratungsstelle.count({ where: { AND: [base, dueWhere(heute)] } }) : 0;
}

export type EditableCentre = {
  id: string;
  slug: string;
  traegerId: string;
  traegerName: string;
  /** Set for a local offer of a Kommune. */
  kommuneId: string | null;
  externeId: string | null;
  datenquelle: string;
  isDemo: boolean;
  zuletztGeprueft: LocalDate | null;
  geo: { lat: number; lng: number } | null;
  form: CentreFormData;
};

/** Any centre, published or not, with what the form shows; null for an unknown id. */
export async function loadEditableCentre(prisma: PrismaClient, id: string): Promise<EditableCentre | null> {
  if (!UUID.test(id)) return null;
  const row = await prisma.beratungsstelle.findUnique({ where: { id: id.toLowerCase() }, include: CENTRE_INCLUDE });
  if (!row) return null;
  const detail = toCentreDetail(row);
  return {
    id: row.id,
    slug: row.slug,
    traegerId: row.traegerId,
    traegerName: row.traeger.name,
    kommuneId: row.kommuneId,
    externeId: row.externeId,
    datenquelle: row.datenquelle,
    isDemo: row.isDemo,
    zuletztGeprueft: detail.zuletztGeprueft,
    geo: detail.geo,
    form: {
      name: detail.name,
      beschreibung: detail.beschreibung,
      adresse: detail.adresse,
      kontakt: detail.kontakt,
      themen: detail.themen,
      kanaele: detail.kanaele,
      sprachen: detail.sprachen,
      zielgruppen: detail.zielgruppen,
      barrierefreiheit: detail.barrierefreiheit,
      kosten: detail.kosten,
      anonym: detail.anonym,
      notfallzeiten: detail.notfallzeiten,
      einzugsgebiet: detail.einzugsgebiet,
      oeffnungszeiten: detail.oeffnungszeiten,
      ausnahmen: detail.ausnahmen,
      veroeffentlicht: row.veroeffentlicht,
    },
  };
}

/** The scope of a centre for assertCan (with its Kommune for a local offer). */
export const centreScope = (centre: Pick<EditableCentre, "id" | "traegerId" | "kommuneId">) => ({ traegerId: centre.traegerId, beratungsstelleId: centre.id, kommuneId: centre.kommuneId });

/**
 * Coordinates for the edited address: kept while street, PLZ and Ort stay the same (an import
 * may have given the exact door), else looked up like the importer does.
 */
export function locateEditedAddress(centre: EditableCentre, adresse: CentreFormData["adresse"], places: Pick<PlaceLookup, "byPostcode" | "resolve">): AddressLocation {
  const same = centre.form.adresse.strasse === adresse.strasse && centre.form.adresse.plz === adresse.plz && centre.form.adresse.ort === adresse.ort;
  if (same && centre.geo) return { ok: true, geo: centre.geo };
  return locateAddress(adresse, places);
}

/** Readable audit values: hours as their text form rather than minutes. */
function auditView(form: CentreFormData, geo: EditableCentre["geo"]): Record<string, unknown> {
  return { ...form, oeffnungszeiten: toOpeningHoursText(form.oeffnungszeiten), geo };
}

/**
 * The state of the editable data as a short fingerprint: the edit page sends it along with the
 * form ("stand"), so a save over someone else's change made in the meantime is noticed.
 */
export function editRevision(centre: EditableCentre): string {
  return createHash("sha256").update(JSON.stringify(auditView(centre.form, centre.geo))).digest("hex").slice(0, 24);
}

export type EditConflict = {
  /** "Feld: gespeichert → Ihre Eingabe" for every field the save would change now. */
  felder: Record<string, [unknown, unknown]>;
  /** Who made the last change, and when (from the audit log); null when it is not recorded. */
  zuletzt: { akteur: string; zeitpunkt: Date } | null;
};

/** What saving `data` over the centre as it is stored now would change, and who changed it last. */
export async function editConflict(prisma: PrismaClient, centre: EditableCentre, data: CentreFormData, geo: EditableCentre["geo"]): Promise<EditConflict> {
  const last = await prisma.protokoll.findFirst({
    where: { objektTyp: "beratungsstelle", objektId: centre.id, aktion: { in: ["beratungsstelle.geaendert", "beratungsstelle.angelegt"] } },
    orderBy: { id: "desc" },
    select: { akteur: true, zeitpunkt: true },
  });
  return { felder: changedFields(auditView(centre.form, centre.geo), auditView(data, geo)), zuletzt: last };
}

export type EditOutcome = { changed: boolean };

/** Saves the form's data with an audit entry listing the changed fields; nothing is written when nothing changed. */
export async function saveCentreEdit(
  prisma: PrismaClient,
  actor: Actor,
  centre: EditableCentre,
  data: CentreFormData,
  geo: EditableCentre["geo"],
): Promise<EditOutcome> {
  const felder = changedFields(auditView(centre.form, centre.geo), auditView(data, geo));
  if (Object.keys(felder).length === 0) return { changed: false };
  await saveCentre(
    prisma,
    {
      id: centre.id,
      slug: centre.slug,
      externeId: centre.externeId,
      traegerId: centre.traegerId,
      datenquelle: centre.datenquelle,
      isDemo: centre.isDemo,
      zuletztGeprueft: centre.zuletztGeprueft,
      ...data,
      geo,
    },
    {
      alsoInTransaction: (tx) =>
        recordAudit(tx, actor, {
          aktion: "beratungsstelle.geaendert",
          objektTyp: "beratungsstelle",
          objektId: centre.id,
          traegerId: centre.traegerId,
          kommuneId: centre.kommuneId,
          details: JSON.parse(JSON.stringify({ felder })) as Prisma.InputJsonValue,
        }),
    },
  );
  return { changed: true };
}

/** "Daten geprüft": the editor confirms the data as of `heute`. */
export async function confirmCentreData(prisma: PrismaClient, actor: Actor, centre: EditableCentre, heute: LocalDate): Promise<boolean> {
  return markCentreVerified(prisma, centre.id, heute, {
    alsoInTransaction: (tx) =>
      recordAudit(tx, actor, {
        aktion: "beratungsstelle.geprueft",
        objektTyp: "beratungsstelle",
        objektId: centre.id,
        traegerId: centre.traegerId,
        kommuneId: centre.kommuneId,
        details: { felder: { zuletztGeprueft: [centre.zuletztGeprueft, heute] } },
      }),
  });
}
