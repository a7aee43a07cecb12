/**
 * Small deterministic builders for tests: the same index always gives the same record, names
 * start with "Demo-", streets are invented, PLZ and Ort are real places. For the large, realistic
 * demo data set see demo-centres.ts.
 */
import type { CentreInput } from "../../app/server/centres.server";
import type { Prisma } from "../../app/server/generated/prisma/client";
import type { Wohlfahrtsverband } from "../../app/server/generated/prisma/enums";

export type TraegerData = { name: string; verband: Wohlfahrtsverband; isDemo: boolean };

const TRAEGER: readonly { name: string; verband: Wohlfahrtsverband }[] = [
  { name: "Demo-Caritasverband Musterstadt", verband: "caritas" },
  { name: "Demo-Diakonie Beispielhausen", verband: "diakonie" },
  { name: "Demo-AWO Kreisverband Musterland", verband: "awo" },
  { name: "Demo-Paritätischer Musterverein", verband: "paritaetischer" },
  { name: "Demo-DRK Beispielkreis", verband: "drk" },
  { name: "Demo-Sozialamt Musterstadt", verband: "kommunal" },
];

const ORTE: readonly { plz: string; ort: string; lat: number; lng: number }[] = [
  { plz: "10115", ort: "Berlin", lat: 52.532, lng: 13.385 },
  { plz: "20095", ort: "Hamburg", lat: 53.551, lng: 10.0 },
  { plz: "50667", ort: "Köln", lat: 50.938, lng: 6.957 },
  { plz: "80331", ort: "München", lat: 48.137, lng: 11.575 },
  { plz: "04109", ort: "Leipzig", lat: 51.34, lng: 12.371 },
  { plz: "60311", ort: "Frankfurt am Main", lat: 50.112, lng: 8.683 },
  { plz: "44135", ort: "Dortmund", lat: 51.514, lng: 7.466 },
];

const THEMEN_SETS = [["sucht"], ["schulden"], ["existenzsicherung"], ["schulden", "existenzsicherung"]] as const;
const TITEL: Record<string, string> = { sucht: "Suchtberatung", schulden: "Schuldnerberatung", existenzsicherung: "Sozialberatung" };

const cycle = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/** The `index`-th fictional Träger; after the six federations the names get a running number. */
export function buildTraeger(index: number, overrides: Partial<TraegerData> = {}): TraegerData {
  const base = cycle(TRAEGER, index);
  const round = Math.floor(index / TRAEGER.length);
  return { name: round === 0 ? base.name : `${base.name} ${round + 1}`, verband: base.verband, isDemo: true, ...overrides };
}

/** A raw centre row (for tests of the database itself; application code writes through the repository). */
export function buildBeratungsstelle(
  index: number,
  traegerId: string,
  overrides: Partial<Prisma.BeratungsstelleUncheckedCreateInput> = {},
): Prisma.BeratungsstelleUncheckedCreateInput {
  const { plz, ort } = cycle(ORTE, index);
  const themen = [...cycle(THEMEN_SETS, index)];
  return {
    traegerId,
    slug: `demo-beratungsstelle-${index + 1}`,
    name: `Demo-${TITEL[themen[0]!]} ${ort} ${index + 1}`,
    strasse: `Musterstraße ${index + 1}`,
    plz,
    ort,
    themen,
    datenquelle: "Testdaten",
    veroeffentlicht: true,
    isDemo: true,
    ...overrides,
  };
}

/** Repository input for the `index`-th test centre, published, with weekday hours. */
export function buildCentreInput(index: number, traegerId: string, overrides: Partial<CentreInput> = {}): CentreInput {
  const { plz, ort, lat, lng } = cycle(ORTE, index);
  const themen = [...cycle(THEMEN_SETS, index)];
  return {
    traegerId,
    name: `Demo-${TITEL[themen[0]!]} ${ort} ${index + 1}`,
    themen,
    kanaele: ["vor_ort", "telefon"],
    sprachen: ["de"],
    adresse: { strasse: `Musterstraße ${index + 1}`, plz, ort },
    geo: { lat, lng },
    oeffnungszeiten: [1, 2, 3, 4].map((wochentag) => ({ wochentag: wochentag as 1 | 2 | 3 | 4, von: 540, bis: 960 })),
    ausnahmen: [{ datum: "2026-12-24", zeiten: [], hinweis: "Heiligabend" }],
    datenquelle: "Testdaten",
    veroeffentlicht: true,
    isDemo: true,
    ...overrides,
  };
}
