/**
 * Building blocks for search tests: a complete, obviously fictional centre document with
 * overridable fields, and real coordinates of the German cities the tests use.
 */
import type { CentreDocument } from "../port";
import { parseOpeningHours } from "../../app/domain/counselling/opening-hours";

export const ORTE = {
  berlin: { ort: "Berlin", plz: "10117", lat: 52.52, lng: 13.405 },
  hamburg: { ort: "Hamburg", plz: "20095", lat: 53.5511, lng: 9.9937 },
  muenchen: { ort: "München", plz: "80331", lat: 48.1372, lng: 11.5756 },
  koeln: { ort: "Köln", plz: "50667", lat: 50.9375, lng: 6.9603 },
  duesseldorf: { ort: "Düsseldorf", plz: "40210", lat: 51.2277, lng: 6.7735 },
  leipzig: { ort: "Leipzig", plz: "04109", lat: 51.3397, lng: 12.3731 },
  halle: { ort: "Halle (Saale)", plz: "06108", lat: 51.4825, lng: 11.9697 },
  dresden: { ort: "Dresden", plz: "01067", lat: 51.0504, lng: 13.7373 },
  frankfurt: { ort: "Frankfurt am Main", plz: "60311", lat: 50.1109, lng: 8.6821 },
  stuttgart: { ort: "Stuttgart", plz: "70173", lat: 48.7758, lng: 9.1829 },
  nuernberg: { ort: "Nürnberg", plz: "90402", lat: 49.4521, lng: 11.0767 },
  bremen: { ort: "Bremen", plz: "28195", lat: 53.0793, lng: 8.8017 },
  hannover: { ort: "Hannover", plz: "30159", lat: 52.3759, lng: 9.732 },
  dortmund: { ort: "Dortmund", plz: "44135", lat: 51.5136, lng: 7.4653 },
  essen: { ort: "Essen", plz: "45127", lat: 51.4556, lng: 7.0116 },
  muenster: { ort: "Münster", plz: "48143", lat: 51.9607, lng: 7.6261 },
  freiburg: { ort: "Freiburg im Breisgau", plz: "79098", lat: 47.999, lng: 7.8421 },
  kiel: { ort: "Kiel", plz: "24103", lat: 54.3233, lng: 10.1228 },
  rostock: { ort: "Rostock", plz: "18055", lat: 54.0924, lng: 12.0991 },
  erfurt: { ort: "Erfurt", plz: "99084", lat: 50.9848, lng: 11.0299 },
  magdeburg: { ort: "Magdeburg", plz: "39104", lat: 52.1205, lng: 11.6276 },
  saarbruecken: { ort: "Saarbrücken", plz: "66111", lat: 49.2402, lng: 6.9969 },
  mainz: { ort: "Mainz", plz: "55116", lat: 49.9929, lng: 8.2473 },
  wuerzburg: { ort: "Würzburg", plz: "97070", lat: 49.7913, lng: 9.9534 },
  goettingen: { ort: "Göttingen", plz: "37073", lat: 51.5413, lng: 9.9158 },
  potsdam: { ort: "Potsdam", plz: "14467", lat: 52.3906, lng: 13.0645 },
  offenbach: { ort: "Offenbach am Main", plz: "63065", lat: 50.0956, lng: 8.7761 },
  gelsenkirchen: { ort: "Gelsenkirchen", plz: "45879", lat: 51.5177, lng: 7.0857 },
} as const;
export type OrtKey = keyof typeof ORTE;

type Overrides = Partial<Omit<CentreDocument, "adresse" | "traeger">> & {
  ort?: OrtKey;
  strasse?: string;
  traeger?: Partial<CentreDocument["traeger"]>;
  hours?: string;
};

export function centre(id: string, name: string, overrides: Overrides = {}): CentreDocument {
  const { ort = "berlin", strasse = "Musterstraße 1", traeger, hours, ...rest } = overrides;
  const place = ORTE[ort];
  const parsed = parseOpeningHours(hours ?? "Mo-Fr 09:00-16:00");
  if (!parsed.ok) throw new Error(`Öffnungszeiten in der Testfixture ungültig: ${parsed.error.code}`);
  return {
    id,
    slug: id,
    name,
    traeger: { id: "traeger-demo", name: "Demo-Träger e. V.", verband: "sonstige", ...traeger },
    themen: [],
    adresse: { strasse, plz: place.plz, ort: place.ort },
    geo: { lat: place.lat, lng: place.lng },
    bundesweit: false,
    kanaele: ["vor_ort"],
    sprachen: ["de"],
    barrierefrei: false,
    anonym: false,
    zielgruppen: [],
    beschreibung: "",
    oeffnungszeiten: parsed.rules,
    ausnahmen: [],
    isDemo: true,
    ...rest,
  };
}

/** A point a given distance north of a place (1° latitude ≈ 111.2 km). */
export function northOf(ort: OrtKey, km: number): { lat: number; lng: number } {
  return { lat: ORTE[ort].lat + km / 111.195, lng: ORTE[ort].lng };
}
