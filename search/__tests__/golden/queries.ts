/**
 * The relevance golden set: German queries a person might type, with the centre that must come
 * first (`within: 1`) or among the first three (`within: 3`). The corpus is corpus.ts. Cases are
 * grouped by what they exercise; a case belongs to a group by what makes it hard.
 */
import type { CentreQuery } from "../../port";
import { ORTE, type OrtKey } from "../fixtures";

export type GoldenCase = { group: string; query: CentreQuery; expected: string; within: 1 | 3 };

const near = (ort: OrtKey, km: number) => ({ lat: ORTE[ort].lat, lng: ORTE[ort].lng, km });
const text = (group: string, q: string, expected: string, within: 1 | 3 = 1): GoldenCase => ({ group, query: { text: q }, expected, within });

export const goldenCases: GoldenCase[] = [
  // Typing errors
  text("typo", "Schuldnerberatng Leipzig", "g002"),
  text("typo", "Suchtberatnug Hamburg", "g040"),
  text("typo", "Erziehungsbertung Pankow", "g012"),
  text("typo", "Drogenberatnug Kreuzberg", "g010"),
  text("typo", "Pflegestüzpunkt Spandau", "g015"),
  text("typo", "Schwangerschaftskonfliktberatnug", "g013"),
  text("typo", "Jugendmigratonsdienst", "g022"),
  text("typo", "Bahnhofsmision", "g016"),
  text("typo", "Teilhabebratung Stuttgart", "g058"),
  text("typo", "Seemansmission", "g044"),
  text("typo", "Mediensuchtberatng", "g063"),
  text("typo", "Insolvenzberatung Sarbrücken", "g112"),
  // Umlaut and ß spellings
  text("umlaut", "Alkoholberatung Koln", "g030"),
  text("umlaut", "Muenchen Schuldnerberatung", "g021"),
  text("umlaut", "Duesseldorf Sucht", "g035"),
  text("umlaut", "Nuernberg Schuldnerberatung", "g064"),
  text("umlaut", "Saarbruecken Insolvenz", "g112"),
  text("umlaut", "Goettingen Senioren", "g119"),
  text("umlaut", "Grosse Bergstrasse", "g040"),
  text("umlaut", "Wuerzburg Lebensberatung", "g126"),
  text("umlaut", "Hoechst", "g051"),
  text("umlaut", "Gehoerlosenberatung", "g121"),
  // Parts of compounds
  text("compound", "Insolvenz Berlin", "g011"),
  text("compound", "Sucht Leipzig", "g001", 3),
  text("compound", "Schulden Beratung Leipzig", "g002", 3),
  text("compound", "Schulden Köln", "g031"),
  text("compound", "Notfallhilfe Gelsenkirchen", "g124"),
  text("compound", "Glücksspiel", "g107"),
  text("compound", "Spielsucht", "g025", 3),
  text("compound", "Wohnungslose Frankfurt", "g105"),
  text("compound", "Migration Jugend München", "g022"),
  text("compound", "Familienberatung Neukölln", "g017"),
  text("compound", "Mietschulden Dortmund", "g111"),
  text("compound", "Suchtprävention", "g019"),
  text("compound", "Schwangerschaftskonfliktberatungsstelle", "g013"),
  text("compound", "Schuldnerberatungsstelle Dresden", "g061"),
  // Synonyms
  text("synonym", "Drogen Halle", "g007"),
  text("synonym", "Alkohol Hamburg", "g040"),
  text("synonym", "Abhängigkeit Essen", "g069"),
  text("synonym", "Pfändung Bremen", "g045"),
  text("synonym", "Insolvenz Rostock", "g081"),
  text("synonym", "Hartz IV Dortmund", "g068"),
  text("synonym", "Bürgergeld Würzburg", "g065"),
  text("synonym", "Geld Magdeburg", "g084"),
  text("synonym", "Obdachlos Hamburg", "g042"),
  text("synonym", "Flucht Dresden", "g100"),
  text("synonym", "Depression Hannover", "g048"),
  text("synonym", "schwanger Mainz", "g055"),
  text("synonym", "Scheidung Hamburg", "g098"),
  text("synonym", "Pflegegrad Köln", "g034"),
  text("synonym", "Rauchen Mainz", "g108"),
  text("synonym", "Kiffen Freiburg", "g110"),
  // Words that occur only in descriptions
  text("description", "Stromsperre", "g096"),
  text("description", "Demenz", "g101"),
  text("description", "Haftentlassung", "g104"),
  text("description", "Sportwetten", "g025"),
  // PLZ and place names
  text("place", "04109 Schulden", "g002", 3),
  text("place", "24103 Sucht", "g078", 3),
  text("place", "Gaarden", "g079"),
  text("place", "Schwabing", "g021"),
  text("place", "Halle Neustadt Schulden", "g008"),
  text("place", "Frankfurt Drogen", "g050"),
  text("place", "Offenbach Schulden", "g054"),
  text("place", "Bad Cannstatt", "g056"),
  text("place", "Ehrenfeld", "g032"),
  { group: "place", query: { plzPrefix: "80", thema: "schulden" }, expected: "g021", within: 1 },
  // Topic, place and filters combined
  { group: "combined", query: { thema: "sucht", umkreis: near("halle", 20) }, expected: "g007", within: 1 },
  { group: "combined", query: { text: "Schuldnerberatung", umkreis: near("essen", 20) }, expected: "g070", within: 1 },
  { group: "combined", query: { thema: "migration", umkreis: near("gelsenkirchen", 30), sprache: "tr" }, expected: "g072", within: 1 },
  { group: "combined", query: { thema: "schulden", nurBundesweit: true }, expected: "g090", within: 1 },
  { group: "combined", query: { text: "Chat", thema: "jugend" }, expected: "g093", within: 1 },
  { group: "combined", query: { thema: "sucht", offenAm: { wochentag: 7, minute: 180, datum: "2026-11-29" } }, expected: "g050", within: 3 },
  { group: "combined", query: { text: "Teilhabe", barrierefrei: true }, expected: "g058", within: 3 },
  text("combined", "Caritas Leipzig Schulden", "g002"),
  text("combined", "Diakonie Alkohol", "g030"),
  text("combined", "Arabisch Sozialberatung", "g117"),
  text("combined", "Ukrainisch Berlin", "g116"),
  text("combined", "Videoberatung Pflege", "g094"),
  text("combined", "Hilfetelefon schwanger", "g092"),
];
