/**
 * Wohngeld (WoGG): Mietzuschuss for tenants, Lastenzuschuss for owners. The amount is computed
 * exactly as the law does (rules/wohngeld/calculate.ts); this module decides what the facts allow
 * us to say: exclusions (§§ 7, 20, 21), which facts are missing, and how sure the amount is.
 * The Mietstufe comes from the user's choice, else from the postcode (places/mietstufe.ts). When
 * it is unknown we compute every possible Mietstufe: if they all give the same amount (rent below
 * every Höchstbetrag), the Mietstufe does not matter and the amount is exact.
 */
import { euro } from "../catalog/kennzahl";
import { applicant, type Household, type Person } from "../facts";
import { mietstufeFor } from "../places/mietstufe";
import { valueAt } from "../parameters/versioned";
import { isMietstufe, MIETSTUFEN, WOHNGELD_GRENZEN, type Mietstufe } from "../parameters/wohngeld";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund, RuleContext } from "../types";
import { berechneWohngeldJeMietstufe, isExcluded, type WohngeldCalculation } from "./wohngeld/calculate";
import { toCents } from "./wohngeld/fixed-point";
import type { Freibetrag } from "./wohngeld/income";

const grund = (code: string, text: string): Grund => ({ code: `wohngeld.${code}`, text });

function result(einschaetzung: Einschaetzung, gruende: Grund[], rest: Partial<BenefitResult> = {}): BenefitResult {
  return { leistung: "wohngeld", einschaetzung, betragMonat: null, gruende, fehlendeAngaben: [], naechsteSchritte: [], ...rest };
}

type MietstufeKandidaten = { stufen: Mietstufe[]; herkunft: string; fehlend?: FehlendeAngabe };

/** The user's Mietstufe wins; else the postcode's; else every Mietstufe is possible. */
function mietstufeKandidaten(household: Household): MietstufeKandidaten {
  if (household.mietstufe !== undefined && isMietstufe(household.mietstufe)) {
    return { stufen: [household.mietstufe], herkunft: `Mietstufe ${household.mietstufe} (Ihre Angabe)` };
  }
  if (household.plz === undefined) {
    return {
      stufen: [...MIETSTUFEN],
      herkunft: "",
      fehlend: { fakt: "wohnort.plz", text: "Ihre Postleitzahl: Sie bestimmt die Mietstufe und damit den Höchstbetrag für die Miete." },
    };
  }
  const treffer = mietstufeFor(household.plz, household.stichtag);
  if (treffer === undefined) {
    return {
      stufen: [...MIETSTUFEN],
      herkunft: "",
      fehlend: { fakt: "wohnort.mietstufe", text: "Ihre Mietstufe: Zu Ihrer Postleitzahl kennen wir sie nicht sicher. Sie steht in der amtlichen Liste Ihrer Gemeinde." },
    };
  }
  if ("ambiguous" in treffer) {
    const stufen = [...new Set(treffer.ambiguous.map((t) => t.mietstufe))];
    const gemeinden = treffer.ambiguous.map((t) => `${t.gemeinde} (Mietstufe ${t.mietstufe})`).join(" oder ");
    return {
      stufen,
      herkunft: `Postleitzahl ${household.plz}: ${gemeinden}`,
      fehlend: { fakt: "wohnort.mietstufe", text: `Ihre Mietstufe: Die Postleitzahl ${household.plz} gehört zu ${gemeinden}. Bitte wählen Sie Ihre Gemeinde.` },
    };
  }
  return { stufen: [treffer.mietstufe], herkunft: `Mietstufe ${treffer.mietstufe} für ${treffer.gemeinde}` };
}

/** Children's ages decide the Freibeträge for single parents and for children's earnings (§ 17 Nr. 3, 4). */
function fehlendeKinderalter(household: Household): FehlendeAngabe[] {
  const alleinMitKindern = household.personen.every((p) => p.rolle === "antragsteller" || p.rolle === "kind");
  const verdient = (p: Person) => p.einkommen.some((e) => e.art === "erwerbstaetigkeit" || e.art === "minijob_pauschal");
  return household.personen
    .filter((p) => p.rolle === "kind" && p.alter === undefined && (alleinMitKindern || verdient(p)))
    .map((p) => ({ fakt: `personen.${p.index}.alter`, text: `Alter von Person ${p.index + 1}: Davon hängen Freibeträge beim Wohngeld ab.` }));
}

function vermoegenZuHoch(household: Household, gezaehlt: number): boolean {
  if (household.vermoegen === undefined) return false;
  const grenzen = valueAt(WOHNGELD_GRENZEN, household.stichtag).value;
  return household.vermoegen > grenzen.vermoegenErstesMitglied + (gezaehlt - 1) * grenzen.vermoegenJedesWeitere;
}

const FREIBETRAG_TEXT: Record<Freibetrag, string> = {
  schwerbehinderung: "Schwerbehinderung",
  alleinerziehend: "Alleinerziehende",
  kind_erwerb: "eigenes Einkommen von Kindern",
  grundrente: "Grundrentenzeiten",
};

function begruendung(household: Household, calc: WohngeldCalculation): Grund[] {
  const gruende: Grund[] = [];
  if (household.wohnart === "eigentum") {
    gruende.push(grund("lastenzuschuss", "Sie wohnen im eigenen Haus oder in der eigenen Wohnung. Dann heißt das Wohngeld Lastenzuschuss."));
  }
  if (calc.mieteUeberHoechstbetrag) {
    gruende.push(grund("hoechstbetrag", `Ihre Wohnkosten liegen über dem Höchstbetrag. Berücksichtigt werden höchstens ${euro(calc.hoechstbetrag)} im Monat.`));
  }
  const ausgeschlossen = calc.haushaltsmitglieder - calc.zuBeruecksichtigen;
  if (ausgeschlossen > 0) {
    gruende.push(
      grund(
        "mitglieder_ausgeschlossen",
        `${ausgeschlossen === 1 ? "Eine Person" : `${ausgeschlossen} Personen`} in Ihrem Haushalt bekommen Grundsicherung oder Sozialhilfe. Sie zählen beim Wohngeld nicht mit. Gerechnet wird mit dem Anteil der Miete für die übrigen Personen.`,
      ),
    );
  }
  if (calc.freibetraege.length > 0) {
    gruende.push(grund("freibetraege", `Vom Einkommen abgezogen sind Freibeträge für: ${calc.freibetraege.map((f) => FREIBETRAG_TEXT[f]).join(", ")}.`));
  }
  return gruende;
}

function hinweis(calc: WohngeldCalculation, herkunft: string): string {
  return (
    `Berechnet nach § 19 Wohngeldgesetz mit ${herkunft}, ${calc.zuBeruecksichtigen} zu berücksichtigenden Haushaltsmitgliedern, ` +
    `einer Miete oder Belastung von ${euro(toCents(calc.miete))} (mit Heizkostenentlastung) und einem Gesamteinkommen von ` +
    `${euro(toCents(calc.einkommen))} im Monat. Die Wohngeldstelle rechnet mit Ihren Nachweisen.`
  );
}

function evaluate({ household }: RuleContext): BenefitResult {
  if (applicant(household).beziehtGrundsicherung) {
    return result("unwahrscheinlich", [
      grund(
        "transferleistung",
        "Sie bekommen nach Ihren Angaben Grundsicherung oder Sozialhilfe. Darin sind die Wohnkosten meist enthalten. Wohngeld gibt es dann in der Regel nicht zusätzlich.",
      ),
    ]);
  }
  if (household.wohnart === "ohne_wohnung") {
    return result("unwahrscheinlich", [grund("keine_wohnkosten", "Wohngeld ist ein Zuschuss zu Miete oder Wohnkosten. Ohne eigene Wohnung kommt es nicht in Frage.")]);
  }
  const gezaehlt = household.personen.filter((p) => !isExcluded(p));
  if (gezaehlt.every((p) => p.taetigkeit === "studium" || p.taetigkeit === "ausbildung")) {
    return result("unwahrscheinlich", [
      grund(
        "ausbildungsfoerderung",
        "Wenn alle im Haushalt studieren oder eine Ausbildung machen, gibt es meist kein Wohngeld. Vorrang haben BAföG oder Berufsausbildungsbeihilfe. Ausnahmen gibt es, etwa wenn diese Förderung wegen des Alters nicht möglich ist.",
      ),
    ]);
  }
  if (vermoegenZuHoch(household, gezaehlt.length)) {
    return result("unwahrscheinlich", [grund("vermoegen", "Nach Ihren Angaben ist Ihr Vermögen höher als die Grenze, bis zu der Wohngeld in der Regel gezahlt wird.")]);
  }

  const kandidaten = mietstufeKandidaten(household);
  const kinderalter = fehlendeKinderalter(household);
  if (household.wohnkosten === undefined) {
    const fehlend: FehlendeAngabe[] = [{ fakt: "wohnen.wohnkosten_monat", text: "Ihre monatliche Bruttokaltmiete (Miete mit Nebenkosten ohne Heizung) oder Belastung als Eigentümer." }];
    if (kandidaten.fehlend) fehlend.push(kandidaten.fehlend);
    return result("unklar", [grund("wohnkosten_fehlen", "Ohne Ihre Wohnkosten können wir Wohngeld nicht einschätzen.")], { fehlendeAngaben: [...fehlend, ...kinderalter] });
  }

  const berechnungen = berechneWohngeldJeMietstufe({ stichtag: household.stichtag, wohnkosten: household.wohnkosten, personen: household.personen }, kandidaten.stufen);
  const betraege = berechnungen.map((c) => c.betragMonat);
  const niedrigste = berechnungen[betraege.indexOf(Math.min(...betraege))]!;
  const hoechster = Math.max(...betraege);
  const mietstufeEgal = niedrigste.betragMonat === hoechster;
  const fehlendeAngaben = [...(mietstufeEgal || !kandidaten.fehlend ? [] : [kandidaten.fehlend]), ...kinderalter];
  const herkunft = mietstufeEgal && kandidaten.stufen.length > 1 ? "einer beliebigen Mietstufe (Ihre Wohnkosten liegen unter allen Höchstbeträgen)" : kandidaten.herkunft;
  const gruende = begruendung(household, niedrigste);

  // Wohngeld is a supplement to income the household lives on; without any income the Wohngeldstelle
  // refers to Grundsicherung, which covers rent and living costs together (its plausibility check).
  if (niedrigste.einkommen === 0n) {
    return result(
      "unwahrscheinlich",
      [grund("kein_einkommen", "Wohngeld ist ein Zuschuss zu einem eigenen Einkommen. Ohne Einkommen ist meist Grundsicherungsgeld oder Sozialhilfe die passende Leistung."), ...gruende],
      mietstufeEgal ? { betragHinweis: `Rechnerisch ergäben sich ${euro(niedrigste.betragMonat)}. ${hinweis(niedrigste, herkunft)}`, fehlendeAngaben } : { fehlendeAngaben },
    );
  }

  if (!mietstufeEgal) {
    const spanne = `zwischen ${euro(niedrigste.betragMonat)} und ${euro(hoechster)} im Monat, je nach Mietstufe`;
    if (niedrigste.betragMonat === 0) {
      return result("unklar", [grund("mietstufe_entscheidet", `Ob Sie Wohngeld bekommen, hängt von Ihrer Mietstufe ab. Möglich sind ${spanne}.`), ...gruende], {
        fehlendeAngaben,
      });
    }
    return result("moeglich", [grund("mietstufe_entscheidet", `Nach Ihren Angaben kommt Wohngeld in Frage: ${spanne}.`), ...gruende], {
      betragMonat: niedrigste.betragMonat,
      betragHinweis: `Mindestens dieser Betrag: ${hinweis(niedrigste, "der niedrigsten möglichen Mietstufe")}`,
      fehlendeAngaben,
    });
  }

  const calc = niedrigste;
  if (calc.betragMonat === 0) {
    const text =
      calc.formelBetrag > 0
        ? `Nach Ihren Angaben ergäbe sich weniger als ${euro(valueAt(WOHNGELD_GRENZEN, household.stichtag).value.mindestbetragMonat)} Wohngeld im Monat. So kleine Beträge werden nicht gezahlt.`
        : "Nach Ihren Angaben ist Ihr Einkommen für Wohngeld eher zu hoch.";
    return result("unwahrscheinlich", [grund(calc.formelBetrag > 0 ? "unter_mindestbetrag" : "einkommen_zu_hoch", text), ...gruende], {
      betragMonat: 0,
      betragHinweis: hinweis(calc, herkunft),
      fehlendeAngaben,
    });
  }
  return result(fehlendeAngaben.length > 0 ? "moeglich" : "wahrscheinlich", [grund("betrag", `Nach Ihren Angaben bekommen Sie etwa ${euro(calc.betragMonat)} Wohngeld im Monat.`), ...gruende], {
    betragMonat: calc.betragMonat,
    betragHinweis: hinweis(calc, herkunft),
    fehlendeAngaben,
  });
}

export const rule: BenefitRule = { slug: "wohngeld", evaluate };
