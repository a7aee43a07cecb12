/**
 * The query parameters of GET /api/v1/beratungsstellen → the search form of the page (the same
 * search runs behind both) plus the API's own page size and yes/no filters. Strict on purpose:
 * an unknown or repeated parameter is a 400 naming it, so a typo ("umkreis=10") does not quietly
 * return unfiltered results.
 */
import { z } from "zod";
import { isLanguageCode } from "../../../domain/counselling/import/vocabulary";
import { KONTAKTKANAELE, VERBAENDE } from "../../../domain/counselling/labels";
import { DEFAULT_UMKREIS, EMPTY_FORM, type CentreSearchForm } from "../../../domain/counselling/search-form";
import { TOPIC_SLUGS } from "../../../domain/counselling/topics";
import type { FeldFehler } from "../problem.server";

export const API_DEFAULT_PER_PAGE = 20;
export const API_MAX_PER_PAGE = 100;
export const API_MIN_UMKREIS_KM = 5;
export const API_MAX_UMKREIS_KM = 100;
export const API_MAX_PAGE = 1000;

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: `${name}: ganze Zahl von ${min} bis ${max} erwartet` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: `${name}: ganze Zahl von ${min} bis ${max} erwartet` });
const yesNo = (name: string) =>
  z.enum(["true", "false"], { error: `${name}: true oder false erwartet` }).transform((value) => value === "true");
const oneOf = (name: string, values: readonly string[]) =>
  z.string().refine((value) => values.includes(value), { error: `${name}: unbekannter Wert; erlaubt sind ${values.join(", ")}` });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const schema = z.object({
  q: z.string().max(200, { error: "q: höchstens 200 Zeichen" }).optional(),
  thema: oneOf("thema", TOPIC_SLUGS).optional(),
  ort: z.string().max(100, { error: "ort: höchstens 100 Zeichen" }).optional(),
  umkreis_km: integer("umkreis_km", API_MIN_UMKREIS_KM, API_MAX_UMKREIS_KM).optional(),
  sprache: z
    .string()
    .refine(isLanguageCode, { error: "sprache: Sprachcode nach ISO 639-1 erwartet, z. B. de, tr, uk" })
    .optional(),
  kanal: oneOf("kanal", KONTAKTKANAELE).optional(),
  barrierefrei: yesNo("barrierefrei").optional(),
  anonym: yesNo("anonym").optional(),
  traeger: z
    .string()
    .refine((value) => (VERBAENDE as readonly string[]).includes(value) || UUID.test(value), {
      error: `traeger: Verband (${VERBAENDE.join(", ")}) oder Träger-id (UUID) erwartet`,
    })
    .optional(),
  sortierung: oneOf("sortierung", ["distanz", "relevanz", "name"]).optional(),
  seite: integer("seite", 1, API_MAX_PAGE).optional(),
  pro_seite: integer("pro_seite", 1, API_MAX_PER_PAGE).optional(),
});

export const API_PARAMETERS = Object.keys(schema.shape) as Array<keyof typeof schema.shape>;

export type ApiCentreQuery = {
  form: CentreSearchForm;
  perPage: number;
  /** true/false filters as given (the page's form only knows "only barrier-free"). */
  barrierefrei?: boolean;
  anonym?: boolean;
};

export function readApiCentreQuery(params: URLSearchParams): { ok: true; query: ApiCentreQuery } | { ok: false; errors: FeldFehler[] } {
  const errors: FeldFehler[] = [];
  const raw: Record<string, string> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (!(API_PARAMETERS as string[]).includes(name)) errors.push({ pfad: name, meldung: `${name}: unbekannter Parameter` });
    else if (values.length > 1) errors.push({ pfad: name, meldung: `${name}: nur einmal erlaubt` });
    else raw[name] = values[0]!.trim();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => ({ pfad: String(issue.path[0] ?? ""), meldung: issue.message })));
  } else if (parsed.data.umkreis_km !== undefined && !parsed.data.ort) {
    errors.push({ pfad: "umkreis_km", meldung: "umkreis_km: nur zusammen mit ort (Postleitzahl oder Ortsname)" });
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };

  const data = parsed.data;
  const form: CentreSearchForm = {
    ...EMPTY_FORM,
    ort: data.ort ?? "",
    umkreis: data.umkreis_km ?? DEFAULT_UMKREIS,
    stichwort: data.q ?? "",
    seite: data.seite ?? 1,
  };
  if (data.thema) form.thema = data.thema as CentreSearchForm["thema"];
  if (data.sprache) form.sprache = data.sprache;
  if (data.kanal) form.kanal = data.kanal as CentreSearchForm["kanal"];
  if (data.traeger && UUID.test(data.traeger)) form.traegerId = data.traeger;
  else if (data.traeger) form.verband = data.traeger as CentreSearchForm["verband"];
  if (data.sortierung) form.sortierung = data.sortierung as CentreSearchForm["sortierung"];
  return { ok: true, query: { form, perPage: data.pro_seite ?? API_DEFAULT_PER_PAGE, barrierefrei: data.barrierefrei, anonym: data.anonym } };
}
