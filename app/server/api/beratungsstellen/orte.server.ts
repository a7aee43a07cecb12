/**
 * GET /api/v1/orte?q=Leip → place suggestions while typing (the finder's "Postleitzahl oder Ort"
 * field uses it as a progressive enhancement; other portals may too). Answers from the offline
 * place lookup built at start: a PLZ prefix lists postcodes, a name prefix lists places, most
 * postcodes first. Nothing is stored or logged beyond the usual request line.
 */
import { invalidFactsProblem, jsonAnswer, problemAnswer, type FeldFehler } from "../problem.server";
import type { ApiEndpoint } from "../router.server";

export const ORTE_MAX_INPUT = 60;
export const ORTE_LIMIT = 8;

export type ApiOrtVorschlag = { anzeige: string; wert: string; plz: string | null };

/** The `q` parameter, or the field errors that refuse the request (unknown or repeated parameters included). */
export function readOrteQuery(query: URLSearchParams): { ok: true; q: string } | { ok: false; errors: FeldFehler[] } {
  const errors: FeldFehler[] = [];
  for (const name of new Set(query.keys())) {
    if (name !== "q") errors.push({ pfad: name, meldung: `${name}: unbekannter Parameter; erlaubt ist nur q` });
  }
  const values = query.getAll("q");
  if (values.length > 1) errors.push({ pfad: "q", meldung: "q: höchstens einmal angeben" });
  const q = (values[0] ?? "").trim();
  if (q.length === 0) errors.push({ pfad: "q", meldung: "q: mindestens ein Zeichen erwartet" });
  if (q.length > ORTE_MAX_INPUT) errors.push({ pfad: "q", meldung: `q: höchstens ${ORTE_MAX_INPUT} Zeichen` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, q };
}

export const orteEndpoint: ApiEndpoint = {
  path: "/api/v1/orte",
  get: ({ services, query }) => {
    const read = readOrteQuery(query);
    if (!read.ok) return problemAnswer(invalidFactsProblem(services.config.PUBLIC_URL, read.errors));
    const vorschlaege: ApiOrtVorschlag[] = services.places
      .suggest(read.q, ORTE_LIMIT)
      .map((suggestion) => ({ anzeige: suggestion.label, wert: suggestion.value, plz: suggestion.plz }));
    // The place data changes only with a release: let browsers and proxies keep answers a day.
    return jsonAnswer({ vorschlaege }, { "Cache-Control": "public, max-age=86400" });
  },
};
