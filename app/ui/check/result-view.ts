/**
 * The engine's results as the result page shows them: friendly verdict words, "ca. … € im Monat",
 * next steps with their links, grouped with the likely benefits first, and the priority notes
 * (Vorrang) collected at the top. Plain data, built in the loader. With the interface language
 * "ls" the texts that have a Leichte-Sprache version (domain/benefits/leichte-sprache) replace
 * the standard ones; everything else stays as it is.
 */
import { CATALOG } from "../../domain/benefits/catalog";
import type { BenefitSlug } from "../../domain/benefits/slugs";
import { LS_BETRAG_HINWEIS, LS_EINSCHAETZUNG, lsBetrag, lsSchritt } from "../../domain/benefits/leichte-sprache/ergebnis";
import { lsFehlend } from "../../domain/benefits/leichte-sprache/fehlend";
import { lsGrund } from "../../domain/benefits/leichte-sprache/gruende";
import type { BenefitResult, Einschaetzung, Grund, NaechsterSchritt } from "../../domain/benefits/types";
import { formatEuro } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";

const GROUPS: ReadonlyArray<{ einschaetzung: Einschaetzung; titel: string; text: string }> = [
  {
    einschaetzung: "wahrscheinlich",
    titel: "Wahrscheinlich",
    text: "Nach Ihren Angaben haben Sie gute Chancen auf diese Leistungen. Ob und wie viel Sie bekommen, entscheidet die zuständige Stelle.",
  },
  {
    einschaetzung: "moeglich",
    titel: "Möglicherweise",
    text: "Diese Leistungen können in Frage kommen. Das hängt von Dingen ab, die wir hier nicht genau prüfen können.",
  },
  {
    einschaetzung: "unklar",
    titel: "Noch unklar",
    text: "Hier fehlen uns noch Angaben. Was genau fehlt, steht bei der Leistung.",
  },
  {
    einschaetzung: "unwahrscheinlich",
    titel: "Nach Ihren Angaben eher nicht",
    text: "Nach Ihren Angaben kommen diese Leistungen eher nicht in Frage. Wenn sich Ihre Lage ändert oder Sie unsicher sind, lassen Sie sich beraten.",
  },
];

export type StepView =
  | { art: "extern"; text: string; url: string }
  | { art: "intern"; text: string; url: string }
  | { art: "text"; text: string };

export type ResultView = {
  slug: BenefitSlug;
  titel: string;
  einschaetzung: Einschaetzung;
  einschaetzungText: string;
  betrag?: string;
  betragHinweis?: string;
  gruende: string[];
  fehlend: string[];
  schritte: StepView[];
};

export type ResultGroupView = { einschaetzung: Einschaetzung; titel: string; text: string; ergebnisse: ResultView[] };

/** Reason codes "<slug>.vorrang_…" and "<slug>.wahlrecht_…" explain which benefit comes first. */
const PRIORITY_CODE = /\.(vorrang|wahlrecht)/;

function stepView(step: NaechsterSchritt, plz: string | undefined): StepView {
  switch (step.art) {
    case "online_antrag":
      return { art: "extern", text: step.text, url: step.url };
    case "stelle":
      return { art: "text", text: `Zuständig ist in der Regel: ${step.stellenart}` };
    case "beratung": {
      const query = new URLSearchParams({ thema: step.thema, ...(plz ? { plz } : {}) });
      return { art: "intern", text: step.text, url: `/beratungsstellen?${query}` };
    }
    case "hinweis":
      return { art: "text", text: step.text };
  }
}

/** The reason as shown: in Leichte Sprache when asked for and there is a version of it. */
function grundText(grund: Grund, locale: Locale): string {
  return locale === "ls" ? (lsGrund(grund) ?? grund.text) : grund.text;
}

/** The same view with the Leichte-Sprache texts where there are some. */
function leichteSprache(view: ResultView, result: BenefitResult, plz: string | undefined): ResultView {
  const { betrag, betragHinweis, ...rest } = view;
  return {
    ...rest,
    einschaetzungText: LS_EINSCHAETZUNG[result.einschaetzung].titel,
    ...(result.betragMonat === null ? {} : { betrag: lsBetrag(formatEuro(result.betragMonat)) }),
    ...(betragHinweis === undefined ? {} : { betragHinweis: betrag === undefined ? "Wir können keinen Betrag schätzen. Das Amt rechnet ihn aus." : LS_BETRAG_HINWEIS.join(" ") }),
    gruende: result.gruende.map((grund) => grundText(grund, "ls")),
    fehlend: result.fehlendeAngaben.map((angabe) => lsFehlend(angabe) ?? angabe.text),
    schritte: result.naechsteSchritte.map((step, index) => {
      const text = lsSchritt(step, result.einschaetzung);
      return text === null ? view.schritte[index]! : { ...stepView(step, plz), text };
    }),
  };
}

function resultView(result: BenefitResult, plz: string | undefined, locale: Locale): ResultView {
  const view = germanResultView(result, plz);
  return locale === "ls" ? leichteSprache(view, result, plz) : view;
}

function germanResultView(result: BenefitResult, plz: string | undefined): ResultView {
  const group = GROUPS.find((g) => g.einschaetzung === result.einschaetzung)!;
  return {
    slug: result.leistung,
    titel: CATALOG[result.leistung].titel,
    einschaetzung: result.einschaetzung,
    einschaetzungText: group.titel,
    ...(result.betragMonat === null ? {} : { betrag: `ca. ${formatEuro(result.betragMonat)} im Monat` }),
    ...(result.betragHinweis ? { betragHinweis: result.betragHinweis } : {}),
    gruende: result.gruende.map((grund) => grund.text),
    fehlend: result.fehlendeAngaben.map((angabe) => angabe.text),
    schritte: result.naechsteSchritte.map((step) => stepView(step, plz)),
  };
}

export function resultGroups(results: readonly BenefitResult[], plz: string | undefined, locale: Locale = "de"): ResultGroupView[] {
  return GROUPS.map((group) => ({
    ...group,
    ...(locale === "ls" ? { titel: LS_EINSCHAETZUNG[group.einschaetzung].titel, text: LS_EINSCHAETZUNG[group.einschaetzung].saetze.join(" ") } : {}),
    ergebnisse: results.filter((r) => r.einschaetzung === group.einschaetzung).map((r) => resultView(r, plz, locale)),
  })).filter((group) => group.ergebnisse.length > 0);
}

/**
 * The priority notes, with the benefit they belong to – only of benefits that may apply: for an
 * unlikely one ("Hilfe zum Lebensunterhalt" when the Jobcenter is responsible) the note is noise.
 */
export function priorityNotes(results: readonly BenefitResult[], locale: Locale = "de"): Array<{ titel: string; text: string }> {
  return results.filter((result) => result.einschaetzung !== "unwahrscheinlich").flatMap((result) =>
    result.gruende.filter((grund) => PRIORITY_CODE.test(grund.code)).map((grund) => ({ titel: CATALOG[result.leistung].titel, text: grundText(grund, locale) })),
  );
}
