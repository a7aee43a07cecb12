/**
 * Grundsicherung für Arbeitsuchende (SGB II): Bürgergeld until 30.06.2026, Grundsicherungsgeld
 * from 01.07.2026 (13. SGB II-Änderungsgesetz, BGBl. 2026 I Nr. 107). The Regelbedarfe are in
 * `regelbedarf.ts`. Amounts in cents per month.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

export type Sgb2Rechtsstand = {
  /** Name of the benefit in texts. */
  bezeichnung: string;
  /**
   * From 01.07.2026 housing costs above this multiple of the local appropriate level are not
   * recognised even in the first year (§ 22 Abs. 1 SGB II n. F.); null before.
   */
  kduDeckelInKarenzzeit: number | null;
};

export const SGB2_RECHTSSTAND: Versioned<Sgb2Rechtsstand> = [
  { validFrom: "2023-01-01", value: { bezeichnung: "Bürgergeld", kduDeckelInKarenzzeit: null }, source: "SGB II i. d. F. des Bürgergeld-Gesetzes (BGBl. 2022 I S. 2328)" },
  {
    validFrom: "2026-07-01",
    value: { bezeichnung: "Grundsicherungsgeld", kduDeckelInKarenzzeit: 1.5 },
    source: "SGB II i. d. F. des 13. SGB II-Änderungsgesetzes (BGBl. 2026 I Nr. 107), § 22 Abs. 1 SGB II",
  },
];

export type MehrbedarfAlleinerziehend = {
  /** With one child under 7, or two or three children under 16. */
  grundsatz: number;
  /** Per minor child, when that gives more. */
  jeKind: number;
  hoechstens: number;
};

/** Shares of Regelbedarfsstufe 1; § 30 Abs. 3 SGB XII has the same figures. */
export const MEHRBEDARF_ALLEINERZIEHEND: Versioned<MehrbedarfAlleinerziehend> = [
  { validFrom: "2005-01-01", value: { grundsatz: 0.36, jeKind: 0.12, hoechstens: 0.6 }, source: "§ 21 Abs. 3 SGB II; § 30 Abs. 3 SGB XII" },
];

/** Share of the person's Regelbedarf after the 12th week of pregnancy; § 30 Abs. 2 SGB XII has the same. */
export const MEHRBEDARF_SCHWANGERSCHAFT: Versioned<number> = [{ validFrom: "2005-01-01", value: 0.17, source: "§ 21 Abs. 2 SGB II; § 30 Abs. 2 SGB XII" }];

/** Added to the need of every child and young adult under 25 (§ 72 SGB II, § 145 SGB XII). */
export const KINDERSOFORTZUSCHLAG: Versioned<Cents> = [
  { validFrom: "2025-01-01", value: 2500, source: "§ 72 SGB II, § 145 SGB XII i. d. F. des Steuerfortentwicklungsgesetzes (BGBl. 2024 I Nr. 449)" },
];

export type Erwerbstaetigenfreibetrag = {
  /** Basic allowance for work-related costs and insurance (§ 11b Abs. 2 S. 1 SGB II). */
  grundfreibetrag: Cents;
  /** Brackets on gross earnings (§ 11b Abs. 3 SGB II): share of the part from `ab` to `bis`. */
  stufen: ReadonlyArray<{ ab: Cents; bis: Cents; satz: number }>;
  /** Upper end of the last bracket for people with a minor child (§ 11b Abs. 3 S. 3 SGB II). */
  obergrenzeMitKind: Cents;
};

export const ERWERBSTAETIGENFREIBETRAG: Versioned<Erwerbstaetigenfreibetrag> = [
  {
    validFrom: "2023-07-01",
    value: {
      grundfreibetrag: 10000,
      stufen: [
        { ab: 10000, bis: 52000, satz: 0.2 },
        { ab: 52000, bis: 100000, satz: 0.3 },
        { ab: 100000, bis: 120000, satz: 0.1 },
      ],
      obergrenzeMitKind: 150000,
    },
    source: "§ 11b Abs. 2 und 3 SGB II i. d. F. des Bürgergeld-Gesetzes (BGBl. 2022 I S. 2328)",
  },
];

/** Lump sum for private insurance, deducted from the income of adults without earnings (which have the 100 € instead). */
export const VERSICHERUNGSPAUSCHALE: Versioned<Cents> = [
  { validFrom: "2023-01-01", value: 3000, source: "§ 6 Abs. 1 Nr. 1 Bürgergeld-Verordnung (zuvor § 6 Alg II-V), ab 01.07.2026 Grundsicherungsgeld-Verordnung" },
];

/** Assets left out of account, for the whole Bedarfsgemeinschaft (unused amounts can be shifted). */
export type Sgb2Vermoegensfreibetrag =
  /** Bürgergeld: in the first year (Karenzzeit) only assets above these amounts count (§ 12 Abs. 4 SGB II a. F.). */
  | { art: "karenzzeit"; erstePerson: Cents; jedeWeiterePerson: Cents }
  /** Grundsicherungsgeld: per person by age, no Karenzzeit (§ 12 Abs. 2 SGB II n. F.); `abAlter` in completed years. */
  | { art: "nach_alter"; stufen: ReadonlyArray<{ abAlter: number; betrag: Cents }> };

export const SGB2_VERMOEGENSFREIBETRAG: Versioned<Sgb2Vermoegensfreibetrag> = [
  {
    validFrom: "2023-01-01",
    value: { art: "karenzzeit", erstePerson: 4000000, jedeWeiterePerson: 1500000 },
    source: "§ 12 Abs. 3 und 4 SGB II i. d. F. des Bürgergeld-Gesetzes (BGBl. 2022 I S. 2328)",
  },
  {
    // Unverified against the BGBl. text: two secondary sources quoting it agree on 30/40/50 years
    // and 20,000 €; the government draft had 20 years and 15,000 €.
    validFrom: "2026-07-01",
    value: {
      art: "nach_alter",
      stufen: [
        { abAlter: 0, betrag: 500000 },
        { abAlter: 30, betrag: 1000000 },
        { abAlter: 40, betrag: 1250000 },
        { abAlter: 50, betrag: 2000000 },
      ],
    },
    source: "§ 12 Abs. 2 SGB II i. d. F. von Art. 1 Nr. 10 des 13. SGB II-Änderungsgesetzes (BGBl. 2026 I Nr. 107)",
  },
];
