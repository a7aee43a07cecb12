/**
 * How centre documents and queries look to Meilisearch.
 *
 * Documents carry, besides the port's fields: `such_<field>` (folded words, compound parts, stems;
 * see settings/index.ts), `_geo`, `name_sort` (folded name, the final tie-breaker), `plz_prefixe`
 * (Meilisearch has no prefix filter) and opening hours as quarter-hour slots:
 *
 *   offen:          "3_0945" for every quarter hour fully inside a weekly rule (Wednesday 9:45–10:00)
 *   ausnahme_daten: dates with an exception ("2026-12-24")
 *   ausnahme_offen: "2026-12-31_1000" for every quarter hour fully open on an exception date
 *
 * Meilisearch cannot evaluate rules at query time, so "open at 10:37" asks for the quarter hour
 * 10:30 — exact for hours on quarter-hour boundaries (all hours in practice), and never showing
 * a closed centre; a centre opening at an odd minute (10:40) is found from the next quarter on.
 */
import { derivedTerms, foldGerman, isStopWord, queryTokens, splitCompound, tokenize } from "../normalize";
import type { CentreDocument, CentreQuery, HoursException, WeeklyRule } from "../port";
import { SEARCH_FIELDS, searchableTexts, type SearchField } from "../settings/fields";
import { GENERIC_PARTS } from "../settings/compound-parts.de";
import { analysedQueryWord, meilisearchSynonyms } from "../settings/index";

export type IndexedCentre = CentreDocument & {
  _geo?: { lat: number; lng: number };
  name_sort: string;
  plz_prefixe: string[];
  offen: string[];
  ausnahme_daten: string[];
  ausnahme_offen: string[];
} & { [K in `such_${SearchField}`]: string[] };

/** The port's document fields: what is retrieved from Meilisearch and handed back. */
export const DOCUMENT_ATTRIBUTES = [
  "id", "slug", "name", "traeger", "themen", "adresse", "geo", "bundesweit", "kanaele", "sprachen",
  "barrierefrei", "anonym", "zielgruppen", "beschreibung", "oeffnungszeiten", "ausnahmen", "isDemo",
] as const satisfies ReadonlyArray<keyof CentreDocument>;

const QUARTER = 15;

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}${String(minute % 60).padStart(2, "0")}`;
}

/** Quarter hours fully inside [von, bis). */
function quarters(von: number, bis: number): number[] {
  const result: number[] = [];
  for (let start = Math.ceil(von / QUARTER) * QUARTER; start + QUARTER <= bis; start += QUARTER) result.push(start);
  return result;
}

export function openSlots(rules: readonly WeeklyRule[]): string[] {
  return [...new Set(rules.flatMap((rule) => quarters(rule.von, rule.bis).map((start) => `${rule.wochentag}_${hhmm(start)}`)))];
}

export function exceptionSlots(exceptions: readonly HoursException[]): string[] {
  return exceptions.flatMap((exception) => exception.zeiten.flatMap((range) => quarters(range.von, range.bis).map((start) => `${exception.datum}_${hhmm(start)}`)));
}

function searchTerms(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (isStopWord(token)) continue;
      terms.add(token);
      terms.add(analysedQueryWord(token));
      for (const derived of derivedTerms(token)) {
        terms.add(derived);
        terms.add(analysedQueryWord(derived));
      }
    }
  }
  return [...terms];
}

export function toIndexed(document: CentreDocument): IndexedCentre {
  const texts = searchableTexts(document);
  const such = Object.fromEntries(SEARCH_FIELDS.map((field) => [`such_${field}`, searchTerms(texts[field])])) as { [K in `such_${SearchField}`]: string[] };
  const plz = document.adresse.plz;
  return {
    ...document,
    ...such,
    ...(document.geo ? { _geo: { lat: document.geo.lat, lng: document.geo.lng } } : {}),
    name_sort: foldGerman(document.name),
    plz_prefixe: Array.from({ length: plz.length }, (_, index) => plz.slice(0, index + 1)),
    offen: openSlots(document.oeffnungszeiten),
    ausnahme_daten: document.ausnahmen.map((exception) => exception.datum),
    ausnahme_offen: exceptionSlots(document.ausnahmen),
  };
}

const GENERIC = new Set(GENERIC_PARTS.map(foldGerman));
const SYNONYM_KEYS = new Set(Object.keys(meilisearchSynonyms()));

/**
 * The query text in the analysed form of the `such_*` attributes. A compound is sent as its
 * parts without generic ones ("Schwangerschaftskonfliktberatungsstelle" → "schwangerschaft
 * konflikt beratung"), as the embedded engine matches it — unless it is a synonym key itself.
 */
export function analysedQuery(text: string | undefined): string {
  return queryTokens(text ?? "")
    .flatMap((token) => {
      if (SYNONYM_KEYS.has(analysedQueryWord(token))) return [token];
      const parts = splitCompound(token).filter((part) => !GENERIC.has(part));
      return parts.length > 1 ? parts : [token];
    })
    .map(analysedQueryWord)
    .join(" ");
}

const quote = (value: string) => JSON.stringify(value);

/** Filter expressions, combined with AND by Meilisearch. */
export function filterFor(query: CentreQuery): string[] {
  const filters: string[] = [];
  if (query.thema) filters.push(`themen = ${quote(query.thema)}`);
  if (query.plzPrefix) filters.push(`plz_prefixe = ${quote(query.plzPrefix)}`);
  if (query.sprache) filters.push(`sprachen = ${quote(query.sprache)}`);
  if (query.kanal) filters.push(`kanaele = ${quote(query.kanal)}`);
  if (query.traeger) filters.push(`traeger.id = ${quote(query.traeger)}`);
  if (query.verband) filters.push(`traeger.verband = ${quote(query.verband)}`);
  if (query.barrierefrei !== undefined) filters.push(`barrierefrei = ${query.barrierefrei}`);
  if (query.anonym !== undefined) filters.push(`anonym = ${query.anonym}`);
  if (query.nurBundesweit) filters.push("bundesweit = true");
  if (query.umkreis && !query.nurBundesweit) {
    const { lat, lng, km } = query.umkreis;
    // Nationwide offers belong to every radius search, after the local ones (as in the embedded engine).
    filters.push(`(_geoRadius(${lat}, ${lng}, ${Math.round(km * 1000)}) OR bundesweit = true)`);
  }
  if (query.offenAm) {
    const { wochentag, minute, datum } = query.offenAm;
    const slot = hhmm(Math.floor(minute / QUARTER) * QUARTER);
    filters.push(`((offen = ${quote(`${wochentag}_${slot}`)} AND NOT ausnahme_daten = ${quote(datum)}) OR ausnahme_offen = ${quote(`${datum}_${slot}`)})`);
  }
  return filters;
}
