/**
 * Benefits that come before SGB II (§ 12a SGB II): Arbeitslosengeld, and Wohngeld with
 * Kinderzuschlag when together they cover the need (§ 6a Abs. 1 Nr. 3 and Abs. 1a BKGG, § 7 Abs. 1
 * S. 3 Nr. 2 WoGG). Reads the results of the rules evaluated earlier.
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import { euro } from "../../catalog/kennzahl";
import { KINDERZUSCHLAG_MINDERUNG } from "../../parameters/kinderzuschlag";
import { valueAt } from "../../parameters/versioned";
import { vorrangigerBetrag, type Vorrang } from "../../calc/grundsicherung/vorrang";
import type { RuleContext } from "../../types";

function arbeitslosengeld(earlier: RuleContext["earlier"], name: string): Pick<Vorrang, "gruende" | "naechsteSchritte"> {
  if (earlier.arbeitslosengeld?.einschaetzung !== "moeglich") return { gruende: [], naechsteSchritte: [] };
  return {
    gruende: [
      {
        code: "grundsicherungsgeld.vorrang_arbeitslosengeld",
        text: `Arbeitslosengeld geht vor. Reicht es nicht für Ihren Bedarf, bekommen Sie ergänzend ${name}.`,
      },
    ],
    naechsteSchritte: [{ art: "hinweis", text: `Beantragen Sie zuerst Arbeitslosengeld bei der Agentur für Arbeit und zusätzlich ${name} beim Jobcenter.` }],
  };
}

/** `luecke`: the estimated Grundsicherungsgeld, i.e. the need left after income and Kindergeld. */
export function pruefeVorrang(earlier: RuleContext["earlier"], luecke: Cents, name: string, stichtag: LocalDate): Vorrang {
  const alg = arbeitslosengeld(earlier, name);
  const kiz = vorrangigerBetrag(earlier.kinderzuschlag);
  const wohngeld = vorrangigerBetrag(earlier.wohngeld);
  const vorrangig = kiz + wohngeld;
  if (vorrangig === 0) return { ...alg, abgeloest: false };

  const welche = [wohngeld > 0 ? "Wohngeld" : null, kiz > 0 ? "Kinderzuschlag" : null].filter(Boolean).join(" und ");
  const rest = luecke - vorrangig;
  if (rest <= 0) {
    return {
      gruende: [
        ...alg.gruende,
        {
          code: "grundsicherungsgeld.vorrang_wohngeld_kinderzuschlag",
          text: `${welche} ${kiz > 0 && wohngeld > 0 ? "gehen" : "geht"} vor. Nach unserer Schätzung (${euro(Math.round(vorrangig))} im Monat) reicht das für Ihren Bedarf. Dann bekommen Sie ${welche} statt ${name}.`,
        },
      ],
      naechsteSchritte: [...alg.naechsteSchritte, { art: "hinweis", text: `Beantragen Sie zuerst ${welche}. ${name} kommt nur in Betracht, wenn diese niedriger ausfallen als geschätzt.` }],
      abgeloest: true,
    };
  }
  if (kiz > 0 && rest <= valueAt(KINDERZUSCHLAG_MINDERUNG, stichtag).value.erweiterterZugang) {
    return {
      gruende: [
        ...alg.gruende,
        {
          code: "grundsicherungsgeld.wahlrecht_kinderzuschlag",
          text: `Mit ${welche} fehlen Ihnen nach unserer Schätzung nur ${euro(Math.round(rest))} zu Ihrem Bedarf. Dann dürfen Sie statt ${name} Kinderzuschlag und Wohngeld wählen.`,
        },
      ],
      naechsteSchritte: alg.naechsteSchritte,
      abgeloest: true,
    };
  }
  return {
    gruende: [
      ...alg.gruende,
      {
        code: "grundsicherungsgeld.vorrang_reicht_nicht",
        text: `${welche} ${kiz > 0 && wohngeld > 0 ? "reichen" : "reicht"} nach unserer Schätzung nicht für Ihren Bedarf. Dann bekommen Sie ${name} statt dieser Leistungen.`,
      },
    ],
    naechsteSchritte: alg.naechsteSchritte,
    abgeloest: false,
  };
}
