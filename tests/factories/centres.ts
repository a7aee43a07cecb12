/**
 * Deterministic, obviously fictional Träger and Beratungsstellen for tests and the demo seed.
 * The same index always gives the same record; nothing is random. Names start with "Demo-",
 * streets are invented ("Musterstraße"), PLZ and Ort are real German places so that searching
 * by postcode behaves realistically. No people, no phone numbers.
 */
import type { Wohlfahrtsverband } from "../../app/server/generated/prisma/enums";

export const THEMEN = ["sucht", "schulden", "existenzsicherung"] as const;
export type Thema = (typeof THEMEN)[number];

export type TraegerData = { name: string; verband: Wohlfahrtsverband; isDemo: boolean };

export type BeratungsstelleData = {
  traegerId: string;
  name: string;
  strasse: string;
  plz: string;
  ort: string;
  themen: Thema[];
  isDemo: boolean;
};

const TRAEGER: readonly { name: string; verband: Wohlfahrtsverband }[] = [
  { name: "Demo-Caritasverband Musterstadt", verband: "caritas" },
  { name: "Demo-Diakonie Beispielhausen", verband: "diakonie" },
  { name: "Demo-AWO Kreisverband Musterland", verband: "awo" },
  { name: "Demo-Paritätischer Musterverein", verband: "paritaetischer" },
  { name: "Demo-DRK Beispielkreis", verband: "drk" },
  { name: "Demo-Sozialamt Musterstadt", verband: "kommunal" },
];

const ORTE: readonly { plz: string; ort: string }[] = [
  { plz: "10115", ort: "Berlin" },
  { plz: "20095", ort: "Hamburg" },
  { plz: "50667", ort: "Köln" },
  { plz: "80331", ort: "München" },
  { plz: "04109", ort: "Leipzig" },
  { plz: "60311", ort: "Frankfurt am Main" },
  { plz: "44135", ort: "Dortmund" },
];

const STRASSEN = ["Musterstraße", "Beispielweg", "Demoallee", "Probegasse", "Testplatz"] as const;

/** Topic combinations in a fixed rotation: single topics first, then overlaps. */
const THEMEN_SETS: readonly Thema[][] = [
  ["sucht"],
  ["schulden"],
  ["existenzsicherung"],
  ["schulden", "existenzsicherung"],
  ["sucht", "existenzsicherung"],
  ["sucht", "schulden", "existenzsicherung"],
];

const THEMA_TITEL: Record<Thema, string> = {
  sucht: "Suchtberatung",
  schulden: "Schuldnerberatung",
  existenzsicherung: "Sozialberatung",
};

/** Element `index` of a non-empty list, cycling. */
function cycle<T>(list: readonly T[], index: number): T {
  return list[index % list.length]!;
}

/** The `index`-th fictional Träger; after the six federations the names get a running number. */
export function buildTraeger(index: number, overrides: Partial<TraegerData> = {}): TraegerData {
  const base = cycle(TRAEGER, index);
  const round = Math.floor(index / TRAEGER.length);
  return { name: round === 0 ? base.name : `${base.name} ${round + 1}`, verband: base.verband, isDemo: true, ...overrides };
}

/** The `index`-th fictional Beratungsstelle, run by the Träger with id `traegerId`. */
export function buildBeratungsstelle(
  index: number,
  traegerId: string,
  overrides: Partial<BeratungsstelleData> = {},
): BeratungsstelleData {
  const { plz, ort } = cycle(ORTE, index);
  const themen = cycle(THEMEN_SETS, index);
  return {
    traegerId,
    name: `Demo-${THEMA_TITEL[themen[0]!]} ${ort} ${index + 1}`,
    strasse: `${cycle(STRASSEN, index)} ${index + 1}`,
    plz,
    ort,
    themen: [...themen],
    isDemo: true,
    ...overrides,
  };
}

export const DEMO_TRAEGER_COUNT = TRAEGER.length;
export const DEMO_BERATUNGSSTELLEN_COUNT = 20;

/** Which demo Träger (by index) runs the demo Beratungsstelle with the given index. */
export function demoTraegerIndexFor(beratungsstelleIndex: number): number {
  return beratungsstelleIndex % DEMO_TRAEGER_COUNT;
}
