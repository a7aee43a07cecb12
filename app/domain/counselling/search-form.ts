/**
 * The centre search form (GET, shareable URL): what is in the address bar ⇄ the form's state.
 * Pure, so the route stays thin and the rules are testable. Values that are not on offer (an
 * unknown topic, radius or language, say from an old or hand-edited link) are ignored and
 * reported, never an error page; `searchHref` writes the state back into a short URL that leaves
 * out whatever has its default value.
 *
 * URL parameters: thema, ort (also plz=, as linked from the Leistungs-Check), umkreis (km or
 * "bundesweit"), q, sprache, kanal, traeger (a welfare federation or a Träger id), nur (any of
 * barrierefrei, anonym, offen), sortierung, seite.
 */
import { isKontaktkanal, isVerband, type Kontaktkanal, type Verband } from "./labels";
import { isTopicSlug, type TopicSlug } from "./topics";

export const UMKREIS_KM = [5, 10, 25, 50, 100] as const;
export type UmkreisKm = (typeof UMKREIS_KM)[number];
/** A radius in km around the place (the form offers UMKREIS_KM), or only nationwide offers (online, phone). */
export type Umkreis = number | "bundesweit";
export const DEFAULT_UMKREIS: UmkreisKm = 25;

export const SORTIERUNGEN = ["distanz", "relevanz", "name"] as const;
export type Sortierung = (typeof SORTIERUNGEN)[number];

/** The yes/no filters, all in one checkbox group `nur`. */
export const NUR_OPTIONEN = ["barrierefrei", "anonym", "offen"] as const;
export type NurOption = (typeof NUR_OPTIONEN)[number];

export const RESULTS_PER_PAGE = 10;
const MAX_PAGE = 1000;
const TRAEGER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type CentreSearchForm = {
  thema?: TopicSlug;
  ort: string;
  umkreis: Umkreis;
  stichwort: string;
  sprache?: string;
  kanal?: Kontaktkanal;
  /** A welfare federation (the Träger filter of the form) … */
  verband?: Verband;
  /** … or one Träger by id ("weitere Stellen dieses Trägers" on a centre page). */
  traegerId?: string;
  nur: NurOption[];
  /** Absent: by distance when a place is known, else by relevance. */
  sortierung?: Sortierung;
  seite: number;
};

/** Parameters whose value was not understood and is therefore ignored. */
export type IgnoredParameter = "thema" | "umkreis" | "sprache" | "kanal" | "traeger" | "sortierung";

export const EMPTY_FORM: CentreSearchForm = { ort: "", umkreis: DEFAULT_UMKREIS, stichwort: "", nur: [], seite: 1 };

const text = (value: string | null, max: number) => (value ?? "").trim().replace(/\s+/g, " ").slice(0, max);

function readUmkreis(value: string): Umkreis | undefined {
  if (value === "bundesweit") return "bundesweit";
  const km = Number(value);
  return (UMKREIS_KM as readonly number[]).includes(km) ? km : undefined;
}

export function readCentreSearchForm(params: URLSearchParams): { form: CentreSearchForm; ignored: IgnoredParameter[] } {
  const ignored: IgnoredParameter[] = [];
  /** The value if it passes `accept`; an empty value is simply "not chosen". */
  function choice<T extends string | number>(name: IgnoredParameter, accept: (value: string) => T | undefined): T | undefined {
    const raw = text(params.get(name), 100);
    if (raw === "") return undefined;
    const value = accept(raw);
    if (value === undefined) ignored.push(name);
    return value;
  }

  const thema = choice("thema", (value) => (isTopicSlug(value) ? value : undefined));
  const umkreis = choice("umkreis", readUmkreis) ?? DEFAULT_UMKREIS;
  const sprache = choice("sprache", (value) => (/^[a-z]{2}$/.test(value) ? value : undefined));
  const kanal = choice("kanal", (value) => (isKontaktkanal(value) ? value : undefined));
  const traeger = choice("traeger", (value) => (isVerband(value) || TRAEGER_ID.test(value) ? value : undefined));
  const sortierung = choice("sortierung", (value) => (SORTIERUNGEN as readonly string[]).includes(value) ? (value as Sortierung) : undefined);
  const nur = NUR_OPTIONEN.filter((option) => params.getAll("nur").includes(option));
  const seite = Math.max(1, Math.min(MAX_PAGE, Number.parseInt(params.get("seite") ?? "1", 10) || 1));

  const form: CentreSearchForm = {
    ort: text(params.get("ort") ?? params.get("plz"), 100),
    umkreis,
    stichwort: text(params.get("q"), 200),
    nur,
    seite,
  };
  if (thema) form.thema = thema;
  if (sprache) form.sprache = sprache;
  if (kanal) form.kanal = kanal;
  if (traeger && isVerband(traeger)) form.verband = traeger;
  else if (traeger) form.traegerId = traeger;
  if (sortierung) form.sortierung = sortierung;
  return { form, ignored };
}

/**
 * True before anything is asked: no topic, place, text or filter, the default radius. The page
 * then lists the whole directory and shows no counts, which would only restate its totals.
 */
export function isBlankForm(form: CentreSearchForm): boolean {
  return !form.thema && !form.ort && !form.stichwort && form.umkreis === DEFAULT_UMKREIS && !hasFilters(form);
}

/** True when any filter beyond topic, place, radius and text narrows the results. */
export function hasFilters(form: CentreSearchForm): boolean {
  return Boolean(form.sprache || form.kanal || form.verband || form.traegerId || form.nur.length > 0);
}

/** The form without its filters (topic, place, radius and text stay). */
export function withoutFilters(form: CentreSearchForm): CentreSearchForm {
  return { thema: form.thema, ort: form.ort, umkreis: form.umkreis, stichwort: form.stichwort, nur: [], seite: 1 };
}

/** The next larger radius, or undefined at the largest. */
export function widerUmkreis(umkreis: Umkreis): UmkreisKm | undefined {
  if (umkreis === "bundesweit") return undefined;
  return UMKREIS_KM.find((km) => km > umkreis);
}

/** URL parameters for the form, defaults left out, in a fixed order. */
export function searchParamsOf(form: CentreSearchForm): URLSearchParams {
  const params = new URLSearchParams();
  if (form.thema) params.set("thema", form.thema);
  if (form.ort) params.set("ort", form.ort);
  if (form.umkreis !== DEFAULT_UMKREIS) params.set("umkreis", String(form.umkreis));
  if (form.stichwort) params.set("q", form.stichwort);
  if (form.sprache) params.set("sprache", form.sprache);
  if (form.kanal) params.set("kanal", form.kanal);
  if (form.verband ?? form.traegerId) params.set("traeger", (form.verband ?? form.traegerId)!);
  for (const option of form.nur) params.append("nur", option);
  if (form.sortierung) params.set("sortierung", form.sortierung);
  if (form.seite > 1) params.set("seite", String(form.seite));
  return params;
}

/**
 * The search page's address for the form with some changes. Any change other than the page
 * itself starts again at page 1, since the old page number would point into another list.
 */
export function searchHref(form: CentreSearchForm, changes: Partial<CentreSearchForm> = {}): string {
  const seite = changes.seite ?? (Object.keys(changes).length > 0 ? 1 : form.seite);
  const query = searchParamsOf({ ...form, ...changes, seite }).toString();
  return query ? `/beratungsstellen?${query}` : "/beratungsstellen";
}
