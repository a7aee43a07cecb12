/**
 * Wohngeld figures (WoGG). The 2nd Fortschreibungsverordnung (Art. 1 V. v. 21.10.2024,
 * BGBl. 2024 I Nr. 314) set the values in force from 1 January 2025; there is no update for
 * 2026 (§ 43 WoGG updates every second year), so the 2025 entries hold through 31.12.2026.
 * Checked against gesetze-im-internet.de/wogg (§§ 12, 16, 17, 17a, 19, 21, Anlagen 1–3) and the
 * BMWSB "Beispiele für die Berechnung des Wohngelds" (Stand 01.01.2025).
 *
 * Amounts are cents; the coefficients a, b, c are the decimal values of the law's notation
 * (e.g. "4,797E-4" = 0.0004797).
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

export type Mietstufe = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const MIETSTUFEN: readonly Mietstufe[] = [1, 2, 3, 4, 5, 6, 7];

export function isMietstufe(value: number): value is Mietstufe {
  return (MIETSTUFEN as readonly number[]).includes(value);
}

/** Amounts the law lists for 1–5 household members plus an amount for each further member. */
export type NachGroesse = { bisFuenf: readonly [Cents, Cents, Cents, Cents, Cents]; jeWeiteres: Cents };

/** Values for 1–12 members counted (index 0 = one member). */
type Zwoelf<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];

export type Koeffizienten = { a: number; b: number; c: number };

export type WohngeldTabellen = {
  /** Anlage 2: a, b, c by number of members counted. */
  koeffizienten: Zwoelf<Koeffizienten>;
  /** Anlage 3 Nr. 1: values of M and Y below these are replaced by them. */
  mindestM: Zwoelf<Cents>;
  mindestY: Zwoelf<Cents>;
  /** Anlage 1 / § 12 Abs. 1: Höchstbeträge for rent or Belastung by Mietstufe. */
  hoechstbetraege: Readonly<Record<Mietstufe, NachGroesse>>;
  /** § 12 Abs. 7: Klimakomponente, added to the Höchstbetrag. */
  klimakomponente: NachGroesse;
  /** § 12 Abs. 6: Entlastung bei den Heizkosten (CO2 part plus dauerhafte Heizkostenkomponente), added to the rent. */
  heizkostenentlastung: NachGroesse;
  /** § 19 Abs. 3: added for the 13th and each further member counted. */
  zuschlagUeberZwoelf: Cents;
};

export const WOHNGELD_TABELLEN: Versioned<WohngeldTabellen> = [
  {
    validFrom: "2025-01-01",
    value: {
      koeffizienten: [
        { a: 0.04, b: 0.0004797, c: 0.0000408 },
        { a: 0.03, b: 0.0003571, c: 0.0000304 },
        { a: 0.02, b: 0.0002917, c: 0.0000245 },
        { a: 0.01, b: 0.0002163, c: 0.0000176 },
        { a: 0, b: 0.0001907, c: 0.0000172 },
        { a: -0.01, b: 0.0001722, c: 0.0000166 },
        { a: -0.02, b: 0.0001592, c: 0.0000165 },
        { a: -0.03, b: 0.0001583, c: 0.0000165 },
        { a: -0.04, b: 0.0001376, c: 0.0000166 },
        { a: -0.06, b: 0.0001249, c: 0.0000166 },
        { a: -0.09, b: 0.0001141, c: 0.0000196 },
        { a: -0.12, b: 0.0001107, c: 0.0000221 },
      ],
      mindestM: [5400, 6700, 7900, 9200, 10300, 10300, 11500, 12800, 14000, 15200, 18700, 29800],
      mindestY: [39600, 67900, 90600, 113200, 135800, 158500, 181100, 203700, 226400, 249000, 271700, 294300],
      hoechstbetraege: {
        1: { bisFuenf: [36100, 43700, 52100, 60800, 69400], jeWeiteres: 8200 },
        2: { bisFuenf: [40800, 49300, 58700, 68600, 78200], jeWeiteres: 9400 },
        3: { bisFuenf: [45600, 55100, 65700, 76600, 87500], jeWeiteres: 10600 },
        4: { bisFuenf: [51100, 61900, 73700, 85800, 98200], jeWeiteres: 11900 },
        5: { bisFuenf: [56200, 68000, 80900, 94600, 108000], jeWeiteres: 12900 },
        6: { bisFuenf: [61500, 74500, 88700, 103500, 118300], jeWeiteres: 14900 },
        7: { bisFuenf: [67700, 82000, 97500, 113900, 130200], jeWeiteres: 16300 },
      },
      klimakomponente: { bisFuenf: [1920, 2480, 2960, 3440, 3920], jeWeiteres: 480 },
      // 14.40 + 96, 18.60 + 124, 22.20 + 148, 25.80 + 172, 29.40 + 196; each further 3.60 + 24.
      heizkostenentlastung: { bisFuenf: [11040, 14260, 17020, 19780, 22540], jeWeiteres: 2760 },
      zuschlagUeberZwoelf: 6500,
    },
    source:
      "§ 12 Abs. 1, 6, 7, § 19 Abs. 1–3 WoGG mit Anlagen 1–3, Werte der Zweiten Verordnung zur Fortschreibung des Wohngeldes (Art. 1 V. v. 21.10.2024, BGBl. 2024 I Nr. 314), gültig 01.01.2025–31.12.2026",
  },
];

export type WohngeldEinkommensregeln = {
  /** § 16 Satz 1: deducted for each of taxes, KV/PV and RV contributions paid. */
  pauschalerAbzugProzent: number;
  /** § 9a Satz 1 Nr. 1a EStG (via § 14 Abs. 1 WoGG): Arbeitnehmer-Pauschbetrag per year. */
  arbeitnehmerPauschbetragJahr: Cents;
  /** § 9a Satz 1 Nr. 3 EStG: Werbungskosten lump sum for pensions (§ 22 EStG) per year. */
  rentenPauschbetragJahr: Cents;
  /** § 10 Abs. 1 BEEG (kept by § 14 Abs. 2 Nr. 6 WoGG): Elterngeld free per month. */
  elterngeldFreiMonat: Cents;
  /** § 17 Nr. 1: per severely disabled member (GdB 100, or below 100 with care at home). */
  freibetragSchwerbehindertJahr: Cents;
  /** § 17 Nr. 3: once per household for a member living only with children, one under 18. */
  freibetragAlleinerziehendJahr: Cents;
  alleinerziehendKindUnter: number;
  /** § 17 Nr. 4: a child's own earned income, up to this amount, if the child is under `kindErwerbUnter`. */
  freibetragKindErwerbHoechstJahr: Cents;
  kindErwerbUnter: number;
  /** § 17a: Grundrentenfreibetrag with at least this many years of Grundrentenzeiten. */
  grundrenteMindestJahre: number;
  grundrenteSockelJahr: Cents;
  grundrenteSatzProzent: number;
  /** § 17a Abs. 1 Satz 2: cap = 12 × this share of Regelbedarfsstufe 1. */
  grundrenteHoechstAnteilRegelbedarfProzent: number;
};

export const WOHNGELD_EINKOMMEN: Versioned<WohngeldEinkommensregeln> = [
  {
    validFrom: "2025-01-01",
    value: {
      pauschalerAbzugProzent: 10,
      arbeitnehmerPauschbetragJahr: 123000,
      rentenPauschbetragJahr: 10200,
      elterngeldFreiMonat: 30000,
      freibetragSchwerbehindertJahr: 180000,
      freibetragAlleinerziehendJahr: 132000,
      alleinerziehendKindUnter: 18,
      freibetragKindErwerbHoechstJahr: 120000,
      kindErwerbUnter: 25,
      grundrenteMindestJahre: 33,
      grundrenteSockelJahr: 120000,
      grundrenteSatzProzent: 30,
      grundrenteHoechstAnteilRegelbedarfProzent: 50,
    },
    source:
      "§§ 14, 16, 17, 17a WoGG (i. d. F. des Wohngeld-Plus-Gesetzes, BGBl. 2022 I S. 2160); § 9a Satz 1 Nr. 1a und Nr. 3 EStG; § 10 Abs. 1 BEEG",
  },
];

export type WohngeldGrenzen = {
  /** § 21 Nr. 1: no Wohngeld if it would be below this amount per month. */
  mindestbetragMonat: Cents;
  /** § 21 Nr. 3 with WoGVwV Nr. 21.37: substantial assets, as a rule above these amounts. */
  vermoegenErstesMitglied: Cents;
  vermoegenJedesWeitere: Cents;
};

export const WOHNGELD_GRENZEN: Versioned<WohngeldGrenzen> = [
  {
    validFrom: "2025-01-01",
    value: { mindestbetragMonat: 1000, vermoegenErstesMitglied: 6_000_000, vermoegenJedesWeitere: 3_000_000 },
    source: "§ 21 Nr. 1 und Nr. 3 WoGG; Allgemeine Verwaltungsvorschrift zum WoGG (WoGVwV) Nr. 21.37",
  },
];

/** The amount for `members` household members from a table that lists 1–5 plus a per-member step. */
export function nachGroesse(table: NachGroesse, members: number): Cents {
  if (members <= 5) return table.bisFuenf[members - 1]!;
  return table.bisFuenf[4] + (members - 5) * table.jeWeiteres;
}
