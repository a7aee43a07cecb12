/**
 * POST /api/v1/leistungscheck without the HTTP around it: facts in (German keys, euros), one
 * result per benefit out. The domain works in cents and camelCase; this is the one place that
 * turns its results into the API's snake_case JSON with euros.
 */
import { CATALOG } from "../../../domain/benefits/catalog";
import { evaluateAll } from "../../../domain/benefits/engine";
import { parseFacts } from "../../../domain/benefits/facts";
import type { BenefitSlug } from "../../../domain/benefits/slugs";
import type { BenefitResult, Einschaetzung, FehlendeAngabe, Grund, NaechsterSchritt } from "../../../domain/benefits/types";
import type { LocalDate } from "../../../domain/shared/dates";
import { centsToEuro } from "../../../domain/shared/money";
import type { FeldFehler } from "../problem.server";

export type ApiErgebnis = {
  leistung: BenefitSlug;
  titel: string;
  einschaetzung: Einschaetzung;
  /** Euros per month for the household; null when the facts do not allow an estimate. */
  betrag_monat: number | null;
  betrag_hinweis: string | null;
  gruende: Grund[];
  fehlende_angaben: FehlendeAngabe[];
  naechste_schritte: NaechsterSchritt[];
};

export type LeistungscheckAntwort = { stichtag: LocalDate; ergebnisse: ApiErgebnis[] };

export type LeistungscheckResult = { ok: true; antwort: LeistungscheckAntwort } | { ok: false; errors: FeldFehler[] };

/** `today` (Europe/Berlin) is the Stichtag when the request names none. */
export function leistungscheck(input: unknown, today: LocalDate): LeistungscheckResult {
  const parsed = parseFacts(input, today);
  if (!parsed.ok) return { ok: false, errors: parsed.issues.map((issue) => ({ pfad: issue.path, meldung: issue.message })) };
  return {
    ok: true,
    antwort: { stichtag: parsed.household.stichtag, ergebnisse: evaluateAll(parsed.household).map(toApiErgebnis) },
  };
}

export function toApiErgebnis(result: BenefitResult): ApiErgebnis {
  return {
    leistung: result.leistung,
    titel: CATALOG[result.leistung].titel,
    einschaetzung: result.einschaetzung,
    betrag_monat: result.betragMonat === null ? null : centsToEuro(result.betragMonat),
    betrag_hinweis: result.betragHinweis ?? null,
    gruende: result.gruende.map(({ code, text }) => ({ code, text })),
    fehlende_angaben: result.fehlendeAngaben.map(({ fakt, text }) => ({ fakt, text })),
    naechste_schritte: result.naechsteSchritte.map(copySchritt),
  };
}

/** Copies only the documented fields, so nothing the domain adds later leaks into the API unreviewed. */
function copySchritt(schritt: NaechsterSchritt): NaechsterSchritt {
  switch (schritt.art) {
    case "online_antrag":
      return { art: schritt.art, text: schritt.text, url: schritt.url };
    case "stelle":
      return { art: schritt.art, text: schritt.text, stellenart: schritt.stellenart };
    case "beratung":
      return { art: schritt.art, text: schritt.text, thema: schritt.thema };
    case "hinweis":
      return { art: schritt.art, text: schritt.text };
  }
}
