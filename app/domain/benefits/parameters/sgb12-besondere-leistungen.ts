/**
 * Sozialhilfe in besonderen Lebenslagen (5. bis 9. Kapitel SGB XII): the income limit of § 85 and
 * the Pflegegrad from which Hilfe zur Pflege covers all kinds of care (§ 63). The Regelbedarf the
 * limit is built from is in `regelbedarf.ts`; the protected assets in `sgb12.ts`.
 */
import type { Versioned } from "./versioned";

export type Einkommensgrenze = {
  /** Grundbetrag = this many times Regelbedarfsstufe 1 (§ 85 Abs. 1 Nr. 1). */
  grundbetragVielfaches: number;
  /** Familienzuschlag = this share of Regelbedarfsstufe 1, rounded up to whole euros (§ 85 Abs. 1 Nr. 3). */
  familienzuschlagAnteil: number;
};

export const SGB12_EINKOMMENSGRENZE: Versioned<Einkommensgrenze> = [
  {
    // Housing costs (§ 85 Abs. 1 Nr. 2) include heating (BSG, Urteil vom 30.04.2020, B 8 SO 1/19 R).
    validFrom: "2011-01-01",
    value: { grundbetragVielfaches: 2, familienzuschlagAnteil: 0.7 },
    source: "§ 85 Abs. 1 SGB XII i. d. F. des RBEG 2011 (BGBl. 2011 I S. 453)",
  },
];

/** Pflegegrad from which Hilfe zur Pflege covers home, day and residential care; below it only a few aids (§ 63 Abs. 2). */
export const HILFE_ZUR_PFLEGE_VOLL_AB_PFLEGEGRAD: Versioned<number> = [
  { validFrom: "2017-01-01", value: 2, source: "§ 63 Abs. 1 und 2 SGB XII i. d. F. des PSG III (BGBl. 2016 I S. 3191)" },
];
