/**
 * Vocabulary of the demo generator: how the fictional Träger and centres are named, which topics
 * go together, who they are for, and the weekly hours they keep. Everything is invented; names
 * start with "Demo-" and streets are "Muster…"/"Beispiel…" streets that exist nowhere.
 */
import type { TopicSlug } from "../../app/domain/counselling/topics";
import type { Wohlfahrtsverband } from "../../app/server/generated/prisma/enums";

/** Federations weighted roughly by their share of counselling centres. */
export const VERBAND_WEIGHTS: ReadonlyArray<readonly [Wohlfahrtsverband, number]> = [
  ["caritas", 20], ["diakonie", 20], ["awo", 14], ["paritaetischer", 14], ["drk", 9], ["kommunal", 15], ["zwst", 2], ["sonstige", 6],
];

export const TRAEGER_NAME: Record<Wohlfahrtsverband, (city: string) => string> = {
  caritas: (city) => `Demo-Caritasverband ${city}`,
  diakonie: (city) => `Demo-Diakonisches Werk ${city}`,
  awo: (city) => `Demo-AWO Kreisverband ${city}`,
  paritaetischer: (city) => `Demo-Paritätische Sozialdienste ${city}`,
  drk: (city) => `Demo-DRK-Kreisverband ${city}`,
  zwst: (city) => `Demo-Jüdische Sozialarbeit ${city}`,
  kommunal: (city) => `Demo-Stadtverwaltung ${city}`,
  sonstige: (city) => `Demo-Verein für Beratung ${city}`,
};

/** "Suchtberatung der Caritas Köln": how a centre names its Träger. */
export const VERBAND_GENITIV: Record<Wohlfahrtsverband, string> = {
  caritas: "der Caritas",
  diakonie: "der Diakonie",
  awo: "der AWO",
  paritaetischer: "im Paritätischen",
  drk: "des DRK",
  zwst: "der ZWST",
  kommunal: "der Stadt",
  sonstige: "des Vereins für Beratung",
};

/** Nationwide online offers are run by a federal-level Träger seated in one city (not by municipalities). */
export const BUNDESVERBAND: Partial<Record<Wohlfahrtsverband, { name: string; sitz: string }>> = {
  caritas: { name: "Demo-Caritas Bundesverband", sitz: "Freiburg im Breisgau" },
  diakonie: { name: "Demo-Diakonie Bundesverband", sitz: "Berlin" },
  awo: { name: "Demo-AWO Bundesverband", sitz: "Berlin" },
  paritaetischer: { name: "Demo-Paritätischer Gesamtverband", sitz: "Berlin" },
  drk: { name: "Demo-DRK Generalsekretariat", sitz: "Berlin" },
  sonstige: { name: "Demo-Online-Beratung e. V.", sitz: "Hamburg" },
};

/** Topics weighted towards the first three the platform starts with. */
export const TOPIC_WEIGHTS: ReadonlyArray<readonly [TopicSlug, number]> = [
  ["sucht", 22], ["schulden", 20], ["existenzsicherung", 20], ["migration", 8], ["familie", 7], ["wohnungsnot", 6],
  ["schwangerschaft", 5], ["psychische-gesundheit", 5], ["pflege", 3], ["behinderung", 2], ["jugend", 2],
];

export const TOPIC_TITLE: Record<TopicSlug, string> = {
  sucht: "Suchtberatung",
  schulden: "Schuldnerberatung",
  existenzsicherung: "Allgemeine Sozialberatung",
  migration: "Migrationsberatung",
  familie: "Familienberatung",
  wohnungsnot: "Fachberatung Wohnungsnotfallhilfe",
  schwangerschaft: "Schwangerschaftsberatung",
  "psychische-gesundheit": "Psychosoziale Beratung",
  pflege: "Pflegeberatung",
  behinderung: "Teilhabeberatung",
  jugend: "Jugendberatung",
};

/** A second topic a centre of this topic often covers too, with its probability. */
export const SECOND_TOPIC: Partial<Record<TopicSlug, readonly [TopicSlug, number]>> = {
  schulden: ["existenzsicherung", 0.4],
  existenzsicherung: ["schulden", 0.3],
  sucht: ["psychische-gesundheit", 0.25],
  wohnungsnot: ["existenzsicherung", 0.4],
  migration: ["existenzsicherung", 0.3],
  familie: ["schwangerschaft", 0.2],
  schwangerschaft: ["familie", 0.3],
  pflege: ["behinderung", 0.2],
  jugend: ["familie", 0.2],
};

export const TOPIC_DESCRIPTION: Record<TopicSlug, string> = {
  sucht: "Wir beraten Menschen mit Fragen zu Alkohol, Drogen, Medikamenten, Glücksspiel oder Medien – und ihre Angehörigen.",
  schulden: "Wir helfen bei Schulden, Mahnungen und Kontopfändung, verhandeln mit Gläubigern und begleiten in die Verbraucherinsolvenz.",
  existenzsicherung: "Wir beraten bei Geldsorgen, Anträgen auf Sozialleistungen und Fragen zu Bescheiden von Jobcenter und Sozialamt.",
  migration: "Wir beraten zugewanderte Menschen zu Aufenthalt, Sprachkursen, Arbeit, Anerkennung und Sozialleistungen.",
  familie: "Wir beraten Eltern, Paare und Familien bei Fragen zu Erziehung, Trennung und Zusammenleben.",
  wohnungsnot: "Wir helfen, wenn die Wohnung gekündigt ist, Räumung droht oder Sie keine Wohnung haben.",
  schwangerschaft: "Wir beraten zu Schwangerschaft, finanziellen Hilfen und – auf Wunsch anonym – im Schwangerschaftskonflikt.",
  "psychische-gesundheit": "Wir begleiten Menschen in seelischen Krisen und ihre Angehörigen und vermitteln weitere Hilfen.",
  pflege: "Wir beraten Pflegebedürftige und Angehörige zu Pflegegrad, Leistungen und Entlastung im Alltag.",
  behinderung: "Wir beraten Menschen mit Behinderung und ihre Angehörigen zu Teilhabe, Assistenz und Leistungen.",
  jugend: "Wir beraten junge Menschen zu Ausbildung, Geld, Wohnen und Konflikten in der Familie.",
};

export const ZIELGRUPPEN: Record<TopicSlug, readonly string[]> = {
  sucht: ["Betroffene", "Angehörige", "Jugendliche und junge Erwachsene"],
  schulden: ["Privatpersonen", "Familien", "ehemals Selbstständige"],
  existenzsicherung: ["Erwachsene", "Familien", "Alleinerziehende", "Seniorinnen und Senioren"],
  migration: ["Menschen mit Migrationsgeschichte", "Geflüchtete", "Familien"],
  familie: ["Eltern", "Paare", "Alleinerziehende"],
  wohnungsnot: ["Wohnungslose Menschen", "Menschen mit drohendem Wohnungsverlust"],
  schwangerschaft: ["Schwangere", "werdende Väter", "Paare"],
  "psychische-gesundheit": ["Betroffene", "Angehörige"],
  pflege: ["Pflegebedürftige", "pflegende Angehörige"],
  behinderung: ["Menschen mit Behinderung", "Angehörige"],
  jugend: ["Jugendliche", "junge Erwachsene bis 27 Jahre"],
};

export const NOTFALLZEITEN: Partial<Record<TopicSlug, readonly [string, number]>> = {
  schulden: ["Notfallsprechstunde bei Kontopfändung: Di 8:00–9:00 Uhr", 0.25],
  sucht: ["Krisentelefon Mo–Fr bis 20:00 Uhr", 0.1],
  wohnungsnot: ["Vermittlung einer Notunterkunft täglich 8:00–22:00 Uhr (telefonisch)", 0.3],
  "psychische-gesundheit": ["Krisendienst: telefonisch rund um die Uhr", 0.3],
};

/** Probability that a centre of this topic offers anonymous counselling. */
export const ANONYM: Partial<Record<TopicSlug, number>> = { sucht: 0.8, schwangerschaft: 0.9, "psychische-gesundheit": 0.6, schulden: 0.3 };

/** Languages besides German, with the chance a centre offers them (higher for migration counselling). */
export const LANGUAGES: ReadonlyArray<readonly [string, number]> = [
  ["en", 0.35], ["tr", 0.18], ["ar", 0.15], ["ru", 0.14], ["uk", 0.14], ["pl", 0.07], ["fa", 0.07], ["fr", 0.04],
  ["ro", 0.05], ["bg", 0.03], ["it", 0.03], ["es", 0.03], ["ku", 0.03], ["so", 0.02], ["ti", 0.02],
];

export const STREETS = [
  "Musterstraße", "Beispielweg", "Demoallee", "Probegasse", "Am Musterplatz", "Beispielring", "Musterweg",
  "Demostraße", "Beispielallee", "Am Mustergarten", "Testgasse", "Musterhof",
] as const;

export const DISTRICTS = ["Nord", "Süd", "Ost", "West", "Mitte", "Innenstadt"] as const;

export const BARRIEREFREIHEIT_HINWEISE = [
  "Eingang über den Hof, Klingel links.",
  "Rampe am Seiteneingang; bitte vorher anrufen.",
  "Beratungsraum im Erdgeschoss.",
  "Aufzug vorhanden, Türbreite 90 cm.",
  "Hausbesuche nach Absprache möglich.",
] as const;

type Day = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Weekly patterns: [days, from, to] in minutes; several of them keep evening hours or close on Fridays. */
export const HOURS_TEMPLATES: ReadonlyArray<readonly [ReadonlyArray<readonly [readonly Day[], number, number]>, number]> = [
  [[[[1, 2, 3, 4], 540, 960], [[5], 540, 720]], 30],
  [[[[1, 2, 3, 4, 5], 540, 720], [[2, 4], 840, 1080]], 15],
  [[[[1, 3], 600, 1140], [[2, 4], 540, 900]], 12],
  [[[[1, 2, 3, 4], 510, 990]], 12],
  [[[[2, 4], 540, 780]], 6],
  [[[[1, 2, 3, 4, 5], 600, 1020], [[3], 1020, 1200]], 10],
  [[[[1, 2, 3, 4, 5], 540, 1020], [[6], 600, 780]], 8],
  [[[[1], 780, 1140], [[2, 3, 4, 5], 540, 780]], 7],
];

/** Online offers answer longer, some every day. */
export const ONLINE_HOURS: ReadonlyArray<ReadonlyArray<readonly [readonly Day[], number, number]>> = [
  [[[1, 2, 3, 4, 5], 540, 1200]],
  [[[1, 2, 3, 4, 5, 6, 7], 480, 1320]],
];
