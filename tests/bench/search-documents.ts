/**
 * Deterministic synthetic centre documents for the search benchmark: the same count always gives
 * the same documents. Centres cluster around 28 real German cities (as real centres do, which is
 * the hard case for radius queries), names and descriptions are composed from German fragments
 * so the vocabulary has compounds, umlauts and a long tail of words. All names start "Demo-".
 */
import { parseOpeningHours, type WeeklyRule } from "../../app/domain/counselling/opening-hours";
import { ORTE } from "../../search/__tests__/fixtures";
import type { CentreDocument, Kanal } from "../../search/port";
import { createRandom } from "../factories/prng";

const TOPICS = [
  ["sucht", ["Suchtberatungsstelle", "Suchtberatung", "Fachstelle für Suchtprävention", "Drogenberatung", "Alkoholberatung", "Glücksspielberatung"]],
  ["schulden", ["Schuldnerberatung", "Schuldner- und Insolvenzberatung", "Budgetberatung", "Verbraucherinsolvenzberatung"]],
  ["existenzsicherung", ["Allgemeine Sozialberatung", "Sozialberatung", "Beratung zur Existenzsicherung", "Bürgergeldberatung"]],
  ["wohnungsnot", ["Fachberatung Wohnungsnotfallhilfe", "Wohnungslosenhilfe", "Beratung bei Wohnungsverlust"]],
  ["familie", ["Erziehungsberatung", "Familienberatungsstelle", "Ehe- und Lebensberatung"]],
  ["schwangerschaft", ["Schwangerschaftsberatung", "Schwangerschaftskonfliktberatung"]],
  ["migration", ["Migrationsberatung für Erwachsene", "Jugendmigrationsdienst", "Flüchtlingsberatung"]],
  ["psychische-gesundheit", ["Sozialpsychiatrischer Dienst", "Krisendienst", "Psychosoziale Beratungsstelle"]],
  ["pflege", ["Pflegestützpunkt", "Pflegeberatung", "Beratung für pflegende Angehörige"]],
  ["behinderung", ["Ergänzende unabhängige Teilhabeberatung", "Beratung für Menschen mit Behinderung"]],
  ["jugend", ["Jugendberatung", "Jugendberufshilfe", "Anlaufstelle für junge Menschen"]],
] as const;

const VERBAENDE = ["caritas", "diakonie", "awo", "paritaetischer", "drk", "zwst", "kommunal", "sonstige"] as const;
const TRAEGER_NAMEN: Record<(typeof VERBAENDE)[number], string> = {
  caritas: "Demo-Caritasverband",
  diakonie: "Demo-Diakonisches Werk",
  awo: "Demo-AWO Kreisverband",
  paritaetischer: "Demo-Paritätischer Wohlfahrtsverband",
  drk: "Demo-DRK Kreisverband",
  zwst: "Demo-Jüdische Gemeinde",
  kommunal: "Demo-Stadtverwaltung",
  sonstige: "Demo-Verein für Sozialarbeit",
};
const STADTTEILE = ["Nord", "Süd", "Ost", "West", "Mitte", "Altstadt", "Neustadt", "Innenstadt", "am Hauptbahnhof", "Lindenau", "Gartenstadt"];
const STRASSEN = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Marktplatz", "Kirchgasse", "Am Mühlbach", "Friedrich-Ebert-Straße", "Rosenweg", "Kastanienallee", "Uferstraße"];
const SAETZE = [
  "Wir beraten vertraulich und kostenlos.",
  "Beratung auch in einfacher Sprache möglich.",
  "Termine nach Vereinbarung, offene Sprechstunde am Dienstag.",
  "Unterstützung bei Anträgen an Jobcenter und Sozialamt.",
  "Hilfe für Angehörige und Betroffene.",
  "Gruppenangebote und Selbsthilfegruppen im Haus.",
  "Wir vermitteln in weiterführende Hilfen und Therapie.",
  "Aufsuchende Arbeit im Stadtteil.",
  "Beratung zu Pfändungsschutzkonto und Haushaltsplan.",
  "Begleitung zu Ämtern und Behörden.",
  "Die Beratungsstelle ist mit Bus und Bahn gut erreichbar.",
  "Kinderbetreuung während der Beratung nach Absprache.",
];
const SPRACHEN = ["en", "tr", "ar", "ru", "uk", "pl", "fa", "fr", "ro", "ku"];
const HOURS = ["Mo-Do 09:00-16:00 | Fr 09:00-12:00", "Mo-Fr 08:00-12:00 | Di, Do 13:00-17:00", "Mo, Mi 10:00-18:00", "Mo-Fr 09:00-15:00", "Di-Sa 10:00-14:00"];

export function benchDocuments(count: number, seed = 4): CentreDocument[] {
  const random = createRandom(seed);
  const orte = Object.values(ORTE);
  const hours: WeeklyRule[][] = HOURS.map((text) => {
    const parsed = parseOpeningHours(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.rules;
  });
  const documents: CentreDocument[] = [];
  for (let index = 0; index < count; index++) {
    const [thema, titel] = random.pick(TOPICS);
    const zweitThema = random.chance(0.3) ? random.pick(TOPICS)[0] : undefined;
    const ort = random.pick(orte);
    const verband = random.pick(VERBAENDE);
    const bundesweit = random.chance(0.02);
    const online = bundesweit && random.chance(0.5);
    const kanaele = new Set<Kanal>(online ? ["chat"] : ["vor_ort"]);
    if (random.chance(0.6)) kanaele.add("telefon");
    if (random.chance(0.2)) kanaele.add("video");
    if (random.chance(0.3)) kanaele.add("email");
    const sprachen = new Set(["de"]);
    while (random.chance(0.35)) sprachen.add(random.pick(SPRACHEN));
    const name = `Demo-${random.pick(titel)} ${ort.ort} ${random.pick(STADTTEILE)}`;
    documents.push({
      id: `bench-${index}`,
      slug: `bench-${index}`,
      name,
      traeger: { id: `traeger-${verband}-${ort.plz}`, name: `${TRAEGER_NAMEN[verband]} ${ort.ort}`, verband },
      themen: zweitThema && zweitThema !== thema ? [thema, zweitThema] : [thema],
      adresse: { strasse: `${random.pick(STRASSEN)} ${random.int(1, 120)}`, plz: `${ort.plz.slice(0, 3)}${String(random.int(0, 99)).padStart(2, "0")}`, ort: ort.ort },
      geo: online ? null : { lat: ort.lat + (random.next() - 0.5) * 0.3, lng: ort.lng + (random.next() - 0.5) * 0.45 },
      bundesweit,
      kanaele: [...kanaele],
      sprachen: [...sprachen],
      barrierefrei: random.chance(0.5),
      anonym: random.chance(0.3),
      zielgruppen: random.chance(0.4) ? [random.pick(["Erwachsene", "Jugendliche", "Familien", "Frauen", "Männer", "Senioren"])] : [],
      beschreibung: [random.pick(SAETZE), random.pick(SAETZE), `Kennziffer ${random.int(1000, 99999)}.`].join(" "),
      oeffnungszeiten: online ? hours[0]!.map((rule) => ({ ...rule, von: 0, bis: 1440 })) : random.pick(hours),
      ausnahmen: random.chance(0.1) ? [{ datum: "2026-12-24", zeiten: [] }] : [],
      isDemo: true,
    });
  }
  return documents;
}
