/**
 * German synonyms, one way: a query word on the left also finds documents containing the words
 * on the right. Targets are mostly topic slugs (every document is indexed with its topics), so a
 * person who types "Pfändung" finds the debt counsellors even if no centre text says "Pfändung".
 * Multi-word entries ("hartz iv") are matched as a phrase. Umlauts are folded when loaded, so
 * "abhängigkeit", "abhaengigkeit" and "abhangigkeit" are one entry.
 *
 * Maintained by the editorial team: add words people actually search for (see search logs of
 * empty result pages), never brand names or names of real persons.
 */
export type SynonymRule = { woerter: readonly string[]; findet: readonly string[] };

export const SYNONYM_RULES: readonly SynonymRule[] = [
  {
    woerter: [
      "drogen", "droge", "alkohol", "alkoholiker", "trinken", "saufen", "abhängigkeit", "abhängig", "rauschgift",
      "cannabis", "kiffen", "heroin", "kokain", "crystal", "medikamente", "tabletten", "entzug", "glücksspiel",
      "spielsucht", "spielhalle", "wetten", "mediensucht", "nikotin", "rauchen", "süchtig",
    ],
    findet: ["sucht"],
  },
  {
    woerter: [
      "insolvenz", "privatinsolvenz", "pfändung", "gepfändet", "mahnung", "mahnbescheid", "inkasso", "schuldner",
      "überschuldung", "überschuldet", "zahlungsunfähig", "kredit", "ratenkredit", "p-konto", "pfändungsschutzkonto",
      "gerichtsvollzieher", "vollstreckung", "offene rechnungen",
    ],
    findet: ["schulden"],
  },
  {
    woerter: [
      "hartz iv", "hartz 4", "hartz", "alg ii", "alg 2", "arbeitslosengeld", "bürgergeld", "grundsicherung",
      "sozialhilfe", "geld", "kein geld", "geldsorgen", "armut", "lebensunterhalt", "hilfe zum lebensunterhalt",
      "sozialberatung", "existenz", "jobcenter", "sozialamt", "wohngeld", "kinderzuschlag",
    ],
    findet: ["existenzsicherung"],
  },
  { woerter: ["mietschulden", "stromschulden", "energieschulden"], findet: ["schulden", "wohnungsnot"] },
  {
    woerter: [
      "obdachlos", "obdachlosigkeit", "wohnungslos", "wohnungslosigkeit", "räumung", "zwangsräumung",
      "räumungsklage", "kündigung", "notunterkunft", "wohnungsverlust",
    ],
    findet: ["wohnungsnot"],
  },
  {
    woerter: [
      "flucht", "geflüchtete", "flüchtling", "flüchtlinge", "asyl", "asylverfahren", "einwanderung", "integration",
      "aufenthalt", "aufenthaltstitel", "migranten", "ausländerbehörde", "einbürgerung",
    ],
    findet: ["migration"],
  },
  {
    woerter: ["erziehung", "eltern", "kinder", "trennung", "scheidung", "sorgerecht", "alleinerziehend", "ehe", "partnerschaft"],
    findet: ["familie"],
  },
  {
    woerter: ["schwanger", "schwangere", "abtreibung", "schwangerschaftsabbruch", "schwangerschaftskonflikt", "geburt", "baby", "verhütung"],
    findet: ["schwangerschaft"],
  },
  {
    woerter: [
      "depression", "depressiv", "psyche", "psychisch", "seelisch", "angst", "angststörung", "krise", "lebenskrise",
      "suizid", "suizidgedanken", "burnout", "trauma", "einsamkeit",
    ],
    findet: ["psychische-gesundheit"],
  },
  { woerter: ["pflegebedürftig", "pflegegrad", "pflegende", "angehörige", "demenz", "senioren", "altenpflege"], findet: ["pflege"] },
  { woerter: ["behindert", "schwerbehindert", "schwerbehinderung", "inklusion", "teilhabe", "rollstuhl", "eingliederungshilfe"], findet: ["behinderung"] },
  { woerter: ["jugendliche", "jugendlicher", "teenager", "azubi", "schüler", "schülerin", "junge menschen", "junge erwachsene"], findet: ["jugend"] },
];
