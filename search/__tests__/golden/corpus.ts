/**
 * The fixed corpus of the relevance golden set: 130 fictional centres ("Demo-…") in real German
 * cities, written by hand so that each golden query has a clear right answer. Changing a document
 * here can change several expectations in queries.ts — run the golden set after every edit.
 */
import type { CentreDocument } from "../../port";
import { centre, type OrtKey } from "../fixtures";

type Row = [id: string, name: string, ort: OrtKey, themen: string[], extra?: Parameters<typeof centre>[2]];

const caritas = (ort: string) => ({ id: `caritas-${ort}`, name: `Demo-Caritasverband ${ort}`, verband: "caritas" });
const diakonie = (ort: string) => ({ id: `diakonie-${ort}`, name: `Demo-Diakonisches Werk ${ort}`, verband: "diakonie" });
const awo = (ort: string) => ({ id: `awo-${ort}`, name: `Demo-AWO Kreisverband ${ort}`, verband: "awo" });
const paritaet = (ort: string) => ({ id: `paritaet-${ort}`, name: `Demo-Paritätischer ${ort}`, verband: "paritaetischer" });
const drk = (ort: string) => ({ id: `drk-${ort}`, name: `Demo-DRK Kreisverband ${ort}`, verband: "drk" });
const stadt = (ort: string) => ({ id: `stadt-${ort}`, name: `Demo-Stadtverwaltung ${ort}`, verband: "kommunal" });
const online = { geo: null, bundesweit: true, kanaele: ["chat", "email"] as CentreDocument["kanaele"] };

const ROWS: Row[] = [
  // Leipzig
  ["g001", "Demo-Suchtberatungsstelle Leipzig-Grünau", "leipzig", ["sucht"], { traeger: diakonie("Leipzig"), strasse: "Stuttgarter Allee 16" }],
  ["g002", "Demo-Schuldnerberatung Leipzig", "leipzig", ["schulden"], { traeger: caritas("Leipzig") }],
  ["g003", "Demo-Allgemeine Sozialberatung Leipzig", "leipzig", ["existenzsicherung"], { traeger: awo("Leipzig") }],
  ["g004", "Demo-Wohnungsnotfallhilfe Leipzig", "leipzig", ["wohnungsnot"], { traeger: caritas("Leipzig") }],
  ["g005", "Demo-Migrationsberatung für Erwachsene Leipzig", "leipzig", ["migration"], { sprachen: ["de", "ar", "fa"] }],
  ["g006", "Demo-Erziehungs- und Familienberatung Leipzig", "leipzig", ["familie"], { traeger: stadt("Leipzig") }],
  // Halle
  ["g007", "Demo-Drogenhilfe Halle", "halle", ["sucht"], { traeger: paritaet("Halle") }],
  ["g008", "Demo-Schuldnerberatung Halle-Neustadt", "halle", ["schulden"], { traeger: awo("Halle") }],
  // Berlin
  ["g010", "Demo-Drogenberatung Kreuzberg", "berlin", ["sucht"], { beschreibung: "Beratung zu Cannabis, Kokain und Partydrogen." }],
  ["g011", "Demo-Schuldner- und Insolvenzberatung Berlin-Mitte", "berlin", ["schulden"], { traeger: diakonie("Berlin") }],
  ["g012", "Demo-Erziehungsberatungsstelle Pankow", "berlin", ["familie"]],
  ["g013", "Demo-Schwangerschaftskonfliktberatung Berlin", "berlin", ["schwangerschaft"], { anonym: true }],
  ["g014", "Demo-Berliner Krisendienst Nord", "berlin", ["psychische-gesundheit"], { hours: "Mo-So 00:00-24:00", kanaele: ["vor_ort", "telefon"] }],
  ["g015", "Demo-Pflegestützpunkt Spandau", "berlin", ["pflege"], { traeger: stadt("Berlin") }],
  ["g016", "Demo-Bahnhofsmission Berlin Zoo", "berlin", ["wohnungsnot", "existenzsicherung"], { beschreibung: "Erste Hilfe für Menschen ohne Obdach, Kleiderkammer." }],
  ["g017", "Demo-Türkischsprachige Familienberatung Neukölln", "berlin", ["familie", "migration"], { sprachen: ["de", "tr"] }],
  ["g018", "Demo-Ergänzende unabhängige Teilhabeberatung Berlin", "berlin", ["behinderung"], { barrierefrei: true }],
  // Potsdam
  ["g019", "Demo-Suchtpräventionsfachstelle Potsdam", "potsdam", ["sucht", "jugend"]],
  // München
  ["g020", "Demo-Suchthilfe München", "muenchen", ["sucht"], { traeger: caritas("München") }],
  ["g021", "Demo-Schuldnerberatung München-Schwabing", "muenchen", ["schulden"]],
  ["g022", "Demo-Jugendmigrationsdienst München", "muenchen", ["migration", "jugend"], { sprachen: ["de", "uk", "ru"] }],
  ["g023", "Demo-Sozialdienst katholischer Frauen München", "muenchen", ["schwangerschaft", "familie"], { traeger: caritas("München") }],
  ["g024", "Demo-Wohnungslosenhilfe Isar", "muenchen", ["wohnungsnot"]],
  ["g025", "Demo-Glücksspielsucht-Fachstelle Bayern", "muenchen", ["sucht"], { beschreibung: "Spezialisiert auf Sportwetten und Automatenspiel." }],
  // Köln
  ["g030", "Demo-Alkoholberatung Köln", "koeln", ["sucht"], { traeger: diakonie("Köln") }],
  ["g031", "Demo-Verbraucherinsolvenzberatung Köln", "koeln", ["schulden"]],
  ["g032", "Demo-Sozialberatung Köln-Ehrenfeld", "koeln", ["existenzsicherung"], { traeger: caritas("Köln") }],
  ["g033", "Demo-Frauenberatungsstelle Köln", "koeln", ["familie", "psychische-gesundheit"], { zielgruppen: ["Frauen"] }],
  ["g034", "Demo-Pflegeberatung Köln-Porz", "koeln", ["pflege"]],
  // Düsseldorf
  ["g035", "Demo-Suchtberatung Düsseldorf-Gerresheim", "duesseldorf", ["sucht"]],
  ["g036", "Demo-Mieterberatung Düsseldorf", "duesseldorf", ["wohnungsnot"], { beschreibung: "Hilfe bei Mietschulden und drohender Räumung." }],
  ["g037", "Demo-Flüchtlingsberatung Düsseldorf", "duesseldorf", ["migration"], { sprachen: ["de", "ar", "ti"] }],
  // Hamburg
  ["g040", "Demo-Suchtberatung Hamburg-Altona", "hamburg", ["sucht"], { strasse: "Große Bergstraße 2" }],
  ["g041", "Demo-Schuldnerberatung Hamburg-Harburg", "hamburg", ["schulden"], { traeger: drk("Hamburg") }],
  ["g042", "Demo-Obdachlosenhilfe St. Pauli", "hamburg", ["wohnungsnot"]],
  ["g043", "Demo-Elternberatung Wandsbek", "hamburg", ["familie"]],
  ["g044", "Demo-Seemannsmission Hamburg", "hamburg", ["existenzsicherung"], { sprachen: ["de", "en", "pl"] }],
  // Bremen
  ["g045", "Demo-Schuldnerberatung Bremen-Vegesack", "bremen", ["schulden"]],
  ["g046", "Demo-Migrationsdienst Bremen", "bremen", ["migration"], { sprachen: ["de", "ku", "ar"] }],
  // Hannover
  ["g047", "Demo-Fachstelle Sucht Hannover", "hannover", ["sucht"]],
  ["g048", "Demo-Sozialpsychiatrischer Dienst Hannover", "hannover", ["psychische-gesundheit"], { traeger: stadt("Hannover") }],
  ["g049", "Demo-Beratung für pflegende Angehörige Hannover", "hannover", ["pflege"]],
  // Frankfurt, Offenbach, Mainz
  ["g050", "Demo-Drogennotdienst Frankfurt", "frankfurt", ["sucht"], { hours: "Mo-So 00:00-24:00" }],
  ["g051", "Demo-Schuldnerberatung Frankfurt-Höchst", "frankfurt", ["schulden"], { traeger: awo("Frankfurt") }],
  ["g052", "Demo-Existenzsicherungsberatung Frankfurt", "frankfurt", ["existenzsicherung"]],
  ["g053", "Demo-Jugendberatung Offenbach", "offenbach", ["jugend"]],
  ["g054", "Demo-Schuldnerberatung Offenbach", "offenbach", ["schulden"]],
  ["g055", "Demo-Schwangerenberatung Mainz", "mainz", ["schwangerschaft"], { traeger: diakonie("Mainz") }],
  // Stuttgart
  ["g056", "Demo-Suchtberatung Stuttgart-Bad Cannstatt", "stuttgart", ["sucht"]],
  ["g057", "Demo-Budgetberatung Stuttgart", "stuttgart", ["schulden"], { beschreibung: "Haushaltsplan, Kontoführung und Pfändungsschutzkonto." }],
  ["g058", "Demo-Teilhabeberatung Stuttgart", "stuttgart", ["behinderung"], { barrierefrei: true }],
  // Dresden
  ["g060", "Demo-Suchtberatung Dresden-Neustadt", "dresden", ["sucht"]],
  ["g061", "Demo-Schuldnerberatung Dresden", "dresden", ["schulden"], { traeger: diakonie("Dresden") }],
  ["g062", "Demo-Beratung bei Wohnungsverlust Dresden", "dresden", ["wohnungsnot"]],
  // Nürnberg, Würzburg
  ["g063", "Demo-Mediensuchtberatung Nürnberg", "nuernberg", ["sucht", "jugend"], { beschreibung: "Wenn Computerspiele und Smartphone den Alltag bestimmen." }],
  ["g064", "Demo-Schuldnerberatung Nürnberg", "nuernberg", ["schulden"]],
  ["g065", "Demo-Bürgergeldberatung Würzburg", "wuerzburg", ["existenzsicherung"]],
  // Ruhrgebiet
  ["g066", "Demo-Suchtberatung Dortmund-Hörde", "dortmund", ["sucht"]],
  ["g067", "Demo-Schuldnerberatung Dortmund", "dortmund", ["schulden"], { traeger: awo("Dortmund") }],
  ["g068", "Demo-Arbeitslosenzentrum Dortmund", "dortmund", ["existenzsicherung"], { beschreibung: "Beratung zu Bürgergeld und Jobcenter-Bescheiden." }],
  ["g069", "Demo-Suchthilfe Essen", "essen", ["sucht"]],
  ["g070", "Demo-Schuldnerberatung Essen-Steele", "essen", ["schulden"]],
  ["g071", "Demo-Sozialberatung Gelsenkirchen", "gelsenkirchen", ["existenzsicherung", "schulden"], { sprachen: ["de", "tr", "ro", "bg"] }],
  ["g072", "Demo-Integrationsagentur Gelsenkirchen", "gelsenkirchen", ["migration"], { sprachen: ["de", "tr"] }],
  // Münster, Göttingen
  ["g073", "Demo-Suchtberatung Münster", "muenster", ["sucht"], { traeger: caritas("Münster") }],
  ["g074", "Demo-Studierendenberatung Münster", "muenster", ["psychische-gesundheit", "jugend"]],
  ["g075", "Demo-Schuldnerberatung Göttingen", "goettingen", ["schulden"]],
  // Freiburg
  ["g076", "Demo-Suchtberatung Freiburg", "freiburg", ["sucht"]],
  ["g077", "Demo-Pflegestützpunkt Freiburg", "freiburg", ["pflege"]],
  // Norden
  ["g078", "Demo-Suchtberatung Kiel", "kiel", ["sucht"]],
  ["g079", "Demo-Schuldnerberatung Kiel-Gaarden", "kiel", ["schulden"]],
  ["g080", "Demo-Familienzentrum Rostock", "rostock", ["familie"]],
  ["g081", "Demo-Schuldnerberatung Rostock", "rostock", ["schulden"]],
  // Mitte und Osten
  ["g082", "Demo-Suchtberatung Erfurt", "erfurt", ["sucht"]],
  ["g083", "Demo-Schuldnerberatung Erfurt", "erfurt", ["schulden"]],
  ["g084", "Demo-Sozialberatung Magdeburg", "magdeburg", ["existenzsicherung"]],
  ["g085", "Demo-Psychosoziale Kontaktstelle Magdeburg", "magdeburg", ["psychische-gesundheit"]],
  ["g086", "Demo-Schuldnerberatung Saarbrücken", "saarbruecken", ["schulden"], { sprachen: ["de", "fr"] }],
  ["g087", "Demo-Suchtberatung Saarbrücken", "saarbruecken", ["sucht"], { sprachen: ["de", "fr"] }],
  // Nationwide offers
  ["g090", "Demo-Online-Schuldnerberatung", "berlin", ["schulden"], { ...online, anonym: true }],
  ["g091", "Demo-Sucht-Hotline bundesweit", "berlin", ["sucht"], { bundesweit: true, kanaele: ["telefon"], anonym: true, hours: "Mo-So 00:00-24:00" }],
  ["g092", "Demo-Hilfetelefon Schwangere in Not", "berlin", ["schwangerschaft"], { ...online, kanaele: ["telefon", "chat"], anonym: true }],
  ["g093", "Demo-Chatberatung für junge Menschen", "berlin", ["jugend", "psychische-gesundheit"], { ...online, anonym: true }],
  ["g094", "Demo-Videoberatung Pflege", "berlin", ["pflege"], { ...online, kanaele: ["video"] }],
  // More variety for topics, Träger and descriptions
  ["g095", "Demo-Kontaktladen Leipzig-Ost", "leipzig", ["sucht", "wohnungsnot"], { beschreibung: "Spritzentausch, Frühstück und Beratung für Drogengebrauchende." }],
  ["g096", "Demo-Energieschuldenberatung Leipzig", "leipzig", ["schulden", "existenzsicherung"], { beschreibung: "Wenn eine Stromsperre droht." }],
  ["g097", "Demo-Ehe-, Familien- und Lebensberatung Köln", "koeln", ["familie"], { traeger: caritas("Köln") }],
  ["g098", "Demo-Trennungs- und Scheidungsberatung Hamburg", "hamburg", ["familie"]],
  ["g099", "Demo-Frühe Hilfen Dresden", "dresden", ["familie", "schwangerschaft"]],
  ["g100", "Demo-Asylverfahrensberatung Dresden", "dresden", ["migration"], { sprachen: ["de", "ar", "fa", "ps"] }],
  ["g101", "Demo-Angehörigenberatung Demenz Nürnberg", "nuernberg", ["pflege"]],
  ["g102", "Demo-Beratungsstelle für Menschen mit Behinderung Essen", "essen", ["behinderung"], { barrierefrei: true, kanaele: ["vor_ort", "video"] }],
  ["g103", "Demo-Jugendberufshilfe Bremen", "bremen", ["jugend"]],
  ["g104", "Demo-Straffälligenhilfe Hannover", "hannover", ["existenzsicherung"], { beschreibung: "Beratung nach der Haftentlassung." }],
  ["g105", "Demo-Zentrale Beratungsstelle für Wohnungslose Frankfurt", "frankfurt", ["wohnungsnot"], { traeger: diakonie("Frankfurt") }],
  ["g106", "Demo-Mobile Suchtberatung Kiel", "kiel", ["sucht"], { kanaele: ["vor_ort", "telefon", "video"] }],
  ["g107", "Demo-Fachstelle Glücksspiel Stuttgart", "stuttgart", ["sucht"]],
  ["g108", "Demo-Raucherentwöhnung Mainz", "mainz", ["sucht"], { beschreibung: "Kurse zum Rauchstopp." }],
  ["g109", "Demo-Medikamentenabhängigkeit Beratung Würzburg", "wuerzburg", ["sucht"]],
  ["g110", "Demo-Cannabisberatung Freiburg", "freiburg", ["sucht", "jugend"]],
  ["g111", "Demo-Mietschuldnerberatung Dortmund", "dortmund", ["schulden", "wohnungsnot"]],
  ["g112", "Demo-Insolvenzberatung Saarbrücken", "saarbruecken", ["schulden"], { traeger: stadt("Saarbrücken") }],
  ["g113", "Demo-Rentenberatung Rostock", "rostock", ["existenzsicherung"], { zielgruppen: ["Senioren"] }],
  ["g114", "Demo-Grundsicherungsberatung Erfurt", "erfurt", ["existenzsicherung"]],
  ["g115", "Demo-Sozialberatung für Geflüchtete Potsdam", "potsdam", ["migration", "existenzsicherung"], { sprachen: ["de", "uk", "ru"] }],
  ["g116", "Demo-Ukrainische Beratungsstelle Berlin", "berlin", ["migration"], { sprachen: ["uk", "ru", "de"] }],
  ["g117", "Demo-Arabischsprachige Sozialberatung Essen", "essen", ["existenzsicherung", "migration"], { sprachen: ["ar", "de"] }],
  ["g118", "Demo-Kinder- und Jugendtelefon", "berlin", ["jugend"], { bundesweit: true, kanaele: ["telefon"], anonym: true }],
  ["g119", "Demo-Seniorenberatung Göttingen", "goettingen", ["pflege"], { zielgruppen: ["Senioren"] }],
  ["g120", "Demo-Selbsthilfekontaktstelle Magdeburg", "magdeburg", ["psychische-gesundheit", "sucht"]],
  ["g121", "Demo-Gehörlosenberatung Hamburg", "hamburg", ["behinderung"], { barrierefrei: true }],
  ["g122", "Demo-Männerberatung Stuttgart", "stuttgart", ["familie"], { zielgruppen: ["Männer"] }],
  ["g123", "Demo-Sozialkaufhaus Offenbach", "offenbach", ["existenzsicherung"], { beschreibung: "Möbel, Kleidung und Beratung zum Bildungs- und Teilhabepaket." }],
  ["g124", "Demo-Wohnungsnotfallhilfe Gelsenkirchen", "gelsenkirchen", ["wohnungsnot"]],
  ["g125", "Demo-Schuldnerberatung der Verbraucherzentrale Mainz", "mainz", ["schulden"]],
  ["g126", "Demo-Lebensberatung Würzburg", "wuerzburg", ["psychische-gesundheit", "familie"], { traeger: diakonie("Würzburg") }],
  ["g127", "Demo-Pflegeberatung Erfurt", "erfurt", ["pflege"]],
  ["g128", "Demo-Schwangerschaftsberatung Rostock", "rostock", ["schwangerschaft"]],
  ["g129", "Demo-Suchtberatung Göttingen", "goettingen", ["sucht"]],
  ["g130", "Demo-Familienhebammen Münster", "muenster", ["schwangerschaft", "familie"]],
];

export const goldenCorpus: CentreDocument[] = ROWS.map(([id, name, ort, themen, extra]) => centre(id, name, { ort, themen, ...extra }));
