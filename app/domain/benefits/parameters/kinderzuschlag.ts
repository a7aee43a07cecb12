/**
 * Kinderzuschlag (§ 6a BKGG), amounts in cents per month unless stated otherwise.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

/**
 * Höchstbetrag per child. § 6a Abs. 2 BKGG derives it from the child's existence minimum in the
 * Existenzminimumbericht minus Kindergeld and forbids a decrease; 2025 and 2026 both give
 * 272 € (the formula would give 270 €), plus the Sofortzuschlag of 25 €.
 */
export const KINDERZUSCHLAG_HOECHSTBETRAG: Versioned<Cents> = [
  { validFrom: "2025-01-01", value: 29700, source: "§ 6a Abs. 2 BKGG; 15. Existenzminimumbericht (BT-Drs. 20/13550); Sofortzuschlag 25 € (SteFeG, BGBl. 2024 I Nr. 449)" },
  { validFrom: "2026-01-01", value: 29700, source: "§ 6a Abs. 2 BKGG; 15. Existenzminimumbericht (BT-Drs. 20/13550); Sofortzuschlag 25 €" },
];

/** Gross income the parents need at least (Kindergeld, Wohngeld and Kinderzuschlag not counted). */
export const KINDERZUSCHLAG_MINDESTEINKOMMEN: Versioned<{ alleinerziehend: Cents; paar: Cents }> = [
  { validFrom: "2008-10-01", value: { alleinerziehend: 60000, paar: 90000 }, source: "§ 6a Abs. 1 Nr. 2 BKGG (BGBl. 2008 I S. 1854)" },
];

export type KinderzuschlagMinderung = {
  /** Share of the parents' income above their own need that reduces the total (§ 6a Abs. 6 BKGG). */
  elterneinkommen: number;
  /** Share of a child's own income (maintenance, Unterhaltsvorschuss, earnings) that reduces its amount (§ 6a Abs. 3 BKGG). */
  kindeseinkommen: number;
  /** The family may still get it when at most this much is missing to leave SGB II need (§ 6a Abs. 1a BKGG). */
  erweiterterZugang: Cents;
};

export const KINDERZUSCHLAG_MINDERUNG: Versioned<KinderzuschlagMinderung> = [
  {
    validFrom: "2020-01-01",
    value: { elterneinkommen: 0.45, kindeseinkommen: 0.45, erweiterterZugang: 10000 },
    source: "§ 6a Abs. 1a, 3 und 6 BKGG i. d. F. des Starke-Familien-Gesetzes (BGBl. 2019 I S. 530)",
  },
];

/**
 * Housing costs in the Existenzminimumbericht, euros per year. Their ratio decides which share
 * of the family's housing costs counts as the parents' need (§ 6a Abs. 5 BKGG).
 */
export type WohnkostenExistenzminimum = { alleinstehend: number; paar: number; kind: number };

export const KINDERZUSCHLAG_WOHNKOSTEN: Versioned<WohnkostenExistenzminimum> = [
  {
    // Paar: the 2024 figures continue, as the parameter file of GETTSIM has them.
    validFrom: "2025-01-01",
    value: { alleinstehend: 4092 + 1092, paar: 5892 + 1500, kind: 1236 + 300 },
    source: "§ 6a Abs. 5 BKGG; 15. Existenzminimumbericht (BT-Drs. 20/13550), Übersicht 4: Bruttokaltmiete + Heizkosten",
  },
  {
    validFrom: "2026-01-01",
    value: { alleinstehend: 4212 + 1128, paar: 6324 + 1524, kind: 1272 + 312 },
    source: "§ 6a Abs. 5 BKGG; 15. Existenzminimumbericht (BT-Drs. 20/13550), Übersicht 4: Bruttokaltmiete + Heizkosten",
  },
];
