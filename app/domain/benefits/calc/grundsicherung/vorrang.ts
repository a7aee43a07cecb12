/**
 * Reading earlier results for priority rules: a benefit that comes first counts with its
 * estimated amount when it is likely or possible. Sozialhilfe (SGB XII) comes after Wohngeld when
 * Wohngeld ends the need (§ 2 SGB XII, § 7 Abs. 1 S. 3 Nr. 2 WoGG).
 */
import type { Cents } from "../../../shared/money";
import { euro } from "../../catalog/kennzahl";
import type { BenefitSlug } from "../../slugs";
import type { BenefitResult, Grund, NaechsterSchritt, RuleContext } from "../../types";

export const vorrangigerBetrag = (r: BenefitResult | undefined): Cents =>
  r && (r.einschaetzung === "wahrscheinlich" || r.einschaetzung === "moeglich") ? (r.betragMonat ?? 0) : 0;

export type Vorrang = {
  gruende: Grund[];
  naechsteSchritte: NaechsterSchritt[];
  /** True when a benefit that comes first probably covers the need. */
  abgeloest: boolean;
};

/** Wohngeld before Grundsicherung im Alter / Hilfe zum Lebensunterhalt; `luecke` is their estimated amount. */
export function wohngeldVorrangSgb12(slug: BenefitSlug, earlier: RuleContext["earlier"], luecke: Cents, name: string): Vorrang {
  const wohngeld = vorrangigerBetrag(earlier.wohngeld);
  if (wohngeld === 0) return { gruende: [], naechsteSchritte: [], abgeloest: false };
  if (wohngeld >= luecke) {
    return {
      gruende: [
        {
          code: `${slug}.vorrang_wohngeld`,
          text: `Wohngeld geht vor. Nach unserer Schätzung (${euro(Math.round(wohngeld))} im Monat) reicht es für Ihren Bedarf. Dann bekommen Sie Wohngeld statt ${name}.`,
        },
      ],
      naechsteSchritte: [{ art: "hinweis", text: `Beantragen Sie zuerst Wohngeld. ${name} kommt in Betracht, wenn das Wohngeld niedriger ausfällt als geschätzt.` }],
      abgeloest: true,
    };
  }
  return {
    gruende: [
      {
        code: `${slug}.wohngeld_reicht_nicht`,
        text: `Wohngeld reicht nach unserer Schätzung nicht für Ihren Bedarf. Dann bekommen Sie ${name} statt Wohngeld.`,
      },
    ],
    naechsteSchritte: [],
    abgeloest: false,
  };
}
