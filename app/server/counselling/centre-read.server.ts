/**
 * Reading one published Beratungsstelle with everything the centre page and
 * GET /api/v1/beratungsstellen/{id} show. Unpublished centres are not found, exactly like
 * unknown ones, so a draft never leaks through a guessed slug or id.
 */
import type { HoursException, WeeklyRule } from "../../domain/counselling/opening-hours";
import type { Kontaktkanal, Verband } from "../../domain/counselling/labels";
import type { PrismaClient } from "../generated/prisma/client";
import { CENTRE_INCLUDE, type CentreRecord } from "../search-sync.server";

export type CentreDetail = {
  id: string;
  slug: string;
  name: string;
  isDemo: boolean;
  traeger: { id: string; name: string; verband: Verband; website: string | null };
  beschreibung: string;
  themen: string[];
  kanaele: Kontaktkanal[];
  sprachen: string[];
  zielgruppen: string[];
  adresse: { strasse: string; plz: string; ort: string };
  geo: { lat: number; lng: number } | null;
  kontakt: { telefon: string | null; email: string | null; website: string | null };
  barrierefreiheit: { stufenlos: boolean; wc: boolean; aufzug: boolean; hinweis: string | null };
  kosten: string;
  anonym: boolean;
  notfallzeiten: string | null;
  einzugsgebiet: { bundesweit: boolean; plz: string[]; radiusKm: number | null };
  oeffnungszeiten: WeeklyRule[];
  ausnahmen: Array<HoursException & { hinweis: string | null }>;
  /** ISO date. */
  zuletztGeprueft: string | null;
  datenquelle: string;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Exception rows → one entry per date; a row without times closes the day, a note on any row is kept. */
function exceptionsOf(rows: CentreRecord["ausnahmen"]): CentreDetail["ausnahmen"] {
  const byDate = new Map<string, CentreDetail["ausnahmen"][number] & { closed: boolean }>();
  for (const row of rows) {
    const datum = isoDate(row.datum);
    const entry = byDate.get(datum) ?? { datum, zeiten: [], hinweis: null, closed: false };
    byDate.set(datum, entry);
    if (row.von === null || row.bis === null) entry.closed = true;
    else entry.zeiten.push({ von: row.von, bis: row.bis });
    entry.hinweis ??= row.hinweis;
  }
  return [...byDate.values()].map(({ closed, ...entry }) => ({ ...entry, zeiten: closed ? [] : entry.zeiten }));
}

export function toCentreDetail(row: CentreRecord): CentreDetail {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    isDemo: row.isDemo,
    traeger: { id: row.traeger.id, name: row.traeger.name, verband: row.traeger.verband, website: row.traeger.website },
    beschreibung: row.beschreibung,
    themen: row.themen,
    kanaele: row.kanaele,
    sprachen: row.sprachen,
    zielgruppen: row.zielgruppen,
    adresse: { strasse: row.strasse, plz: row.plz, ort: row.ort },
    geo: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    kontakt: { telefon: row.telefon, email: row.email, website: row.website },
    barrierefreiheit: { stufenlos: row.stufenlos, wc: row.barrierefreiesWc, aufzug: row.aufzug, hinweis: row.barrierefreiheitHinweis },
    kosten: row.kosten,
    anonym: row.anonym,
    notfallzeiten: row.notfallzeiten,
    einzugsgebiet: { bundesweit: row.bundesweit, plz: row.einzugsgebietPlz, radiusKm: row.einzugsgebietKm },
    oeffnungszeiten: row.oeffnungszeiten.map((rule) => ({ wochentag: rule.wochentag as WeeklyRule["wochentag"], von: rule.von, bis: rule.bis })),
    ausnahmen: exceptionsOf(row.ausnahmen),
    zuletztGeprueft: row.zuletztGeprueft ? isoDate(row.zuletztGeprueft) : null,
    datenquelle: row.datenquelle,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findPublishedCentre(prisma: PrismaClient, by: { slug: string } | { id: string }): Promise<CentreDetail | null> {
  // The id column is a UUID: anything else cannot match, and PostgreSQL would reject the cast.
  if ("id" in by && !UUID.test(by.id)) return null;
  const where = "id" in by ? { id: by.id.toLowerCase(), veroeffentlicht: true } : { slug: by.slug, veroeffentlicht: true };
  const row = await prisma.beratungsstelle.findFirst({ where, include: CENTRE_INCLUDE });
  return row ? toCentreDetail(row) : null;
}
