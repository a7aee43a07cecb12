/**
 * The JSON shapes of GET /api/v1/beratungsstellen and GET /api/v1/beratungsstellen/{id}, built
 * from the search outcome and the centre detail. Field names are German snake_case like the rest
 * of the API; times are "HH:MM" in Europe/Berlin ("24:00" closes at midnight).
 */
import type { CentreHit } from "../../../../search";
import { formatTime } from "../../../domain/counselling/opening-hours";
import type { CentreDetail } from "../../counselling/centre-read.server";
import type { CentreSearchOutcome } from "../../counselling/centre-search.server";

export type ApiTreffer = {
  id: string;
  slug: string;
  name: string;
  url: string;
  traeger: { id: string; name: string; verband: string };
  themen: string[];
  distanz_km: number | null;
  adresse: { strasse: string; plz: string; ort: string };
  kanaele: string[];
  sprachen: string[];
  bundesweit: boolean;
  demo: boolean;
};

export type ApiTrefferliste = {
  treffer: ApiTreffer[];
  gesamt: number;
  seite: number;
  pro_seite: number;
  ort: { name: string; plz: string | null; lat: number; lng: number } | null;
  facetten: Record<string, Record<string, number>>;
};

const pageUrl = (publicUrl: string, slug: string) => `${publicUrl}/beratungsstellen/${encodeURIComponent(slug)}`;

function toTreffer(hit: CentreHit, publicUrl: string): ApiTreffer {
  return {
    id: hit.id,
    slug: hit.slug,
    name: hit.name,
    url: pageUrl(publicUrl, hit.slug),
    traeger: { id: hit.traeger.id, name: hit.traeger.name, verband: hit.traeger.verband },
    themen: hit.themen,
    distanz_km: hit.distanzKm ?? null,
    adresse: hit.adresse,
    kanaele: hit.kanaele,
    sprachen: hit.sprachen,
    bundesweit: hit.bundesweit,
    demo: hit.isDemo,
  };
}

export function trefferliste(
  outcome: Extract<CentreSearchOutcome, { kind: "results" }>,
  page: { seite: number; proSeite: number },
  publicUrl: string,
): ApiTrefferliste {
  const facetten: Record<string, Record<string, number>> = {};
  for (const [facet, counts] of Object.entries(outcome.facets)) if (counts) facetten[facet] = counts;
  return {
    treffer: outcome.hits.map((hit) => toTreffer(hit, publicUrl)),
    gesamt: outcome.total,
    seite: page.seite,
    pro_seite: page.proSeite,
    ort: outcome.place ? { name: outcome.place.name, plz: outcome.place.plz, lat: outcome.place.lat, lng: outcome.place.lng } : null,
    facetten,
  };
}

const hhmm = (minutes: number) => formatTime(minutes).padStart(5, "0");
const range = ({ von, bis }: { von: number; bis: number }) => ({ von: hhmm(von), bis: hhmm(bis) });

export function beratungsstelle(detail: CentreDetail, publicUrl: string) {
  return {
    id: detail.id,
    slug: detail.slug,
    name: detail.name,
    url: pageUrl(publicUrl, detail.slug),
    demo: detail.isDemo,
    traeger: detail.traeger,
    beschreibung: detail.beschreibung,
    themen: detail.themen,
    kanaele: detail.kanaele,
    sprachen: detail.sprachen,
    zielgruppen: detail.zielgruppen,
    adresse: detail.adresse,
    geo: detail.geo,
    kontakt: detail.kontakt,
    barrierefreiheit: detail.barrierefreiheit,
    kosten: detail.kosten,
    anonym: detail.anonym,
    notfallzeiten: detail.notfallzeiten,
    einzugsgebiet: { bundesweit: detail.einzugsgebiet.bundesweit, plz: detail.einzugsgebiet.plz, radius_km: detail.einzugsgebiet.radiusKm },
    oeffnungszeiten: detail.oeffnungszeiten.map((rule) => ({ wochentag: rule.wochentag, ...range(rule) })),
    ausnahmen: detail.ausnahmen.map((exception) => ({
      datum: exception.datum,
      geschlossen: exception.zeiten.length === 0,
      zeiten: exception.zeiten.map(range),
      hinweis: exception.hinweis,
    })),
    zuletzt_geprueft: detail.zuletztGeprueft,
    datenquelle: detail.datenquelle,
  };
}

export type ApiBeratungsstelle = ReturnType<typeof beratungsstelle>;
