/**
 * Eingliederungshilfe (SGB IX Teil 2): the Bezugsgröße its income and asset limits are built
 * from, the contribution rules (§§ 135–139 SGB IX) and the GdB steps used to read disability facts.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

/** Jährliche Bezugsgröße (§ 18 Abs. 1 SGB IV), in cents per year. */
export const BEZUGSGROESSE_JAHR: Versioned<Cents> = [
  { validFrom: "2025-01-01", value: 4494000, source: "§ 1 Sozialversicherungsrechengrößen-Verordnung 2025 vom 25.11.2024 (BGBl. 2024 I Nr. 365)" },
  { validFrom: "2026-01-01", value: 4746000, source: "§ 1 Sozialversicherungsrechengrößen-Verordnung 2026 vom 24.11.2025 (BGBl. 2025 I Nr. 278)" },
];

export type EingliederungshilfeBeitrag = {
  /** Income limit as a share of the annual Bezugsgröße, by the main kind of income (§ 136 Abs. 2). */
  grenzeSozialversicherungspflichtig: number;
  grenzeNichtSozialversicherungspflichtig: number;
  grenzeRente: number;
  /** Increase for a partner and for each dependent child in the household (§ 136 Abs. 3). */
  zuschlagPartner: number;
  zuschlagKind: number;
  /** Monthly contribution: this share of the annual income above the limit (§ 137 Abs. 2 S. 1) … */
  beitragssatz: number;
  /** … rounded down to a multiple of this (§ 137 Abs. 2 S. 2). */
  beitragAbrunden: Cents;
  /** Protected assets as a multiple of the annual Bezugsgröße (§ 139 S. 2). */
  vermoegenVielfaches: number;
  /** For minors the parents' income counts (§ 136 Abs. 1); Volljährigkeit per § 2 BGB. */
  volljaehrigAb: number;
};

export const EINGLIEDERUNGSHILFE_BEITRAG: Versioned<EingliederungshilfeBeitrag> = [
  {
    validFrom: "2020-01-01",
    value: {
      grenzeSozialversicherungspflichtig: 0.85,
      grenzeNichtSozialversicherungspflichtig: 0.75,
      grenzeRente: 0.6,
      zuschlagPartner: 0.15,
      zuschlagKind: 0.1,
      beitragssatz: 0.02,
      beitragAbrunden: 1000,
      vermoegenVielfaches: 1.5,
      volljaehrigAb: 18,
    },
    source: "§§ 135–139 SGB IX i. d. F. des BTHG (BGBl. 2016 I S. 3234) und des Gesetzes vom 30.11.2019 (BGBl. 2019 I S. 1948); § 2 BGB",
  },
];

export type GdbStufen = {
  /** A disability is only determined from this GdB on (§ 152 Abs. 1 SGB IX). */
  feststellungAb: number;
  /** Schwerbehinderung from this GdB on (§ 2 Abs. 2 SGB IX). */
  schwerbehinderungAb: number;
};

export const GDB_STUFEN: Versioned<GdbStufen> = [
  { validFrom: "2018-01-01", value: { feststellungAb: 20, schwerbehinderungAb: 50 }, source: "§ 2 Abs. 2 und § 152 Abs. 1 SGB IX i. d. F. des BTHG (BGBl. 2016 I S. 3234)" },
];
