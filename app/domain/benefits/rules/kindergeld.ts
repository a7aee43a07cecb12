/**
 * Kindergeld (§§ 31, 32, 62–78 EStG): per child, by age and what an adult child is doing. The
 * amount is the household's total for the children that clearly qualify.
 */
import { formatGermanDate } from "../../shared/dates";
import { euro } from "../catalog/kennzahl";
import { kindergeldFuerKind, type KindergeldPruefung } from "../calc/kindergeld";
import { eindeutig, fehltAlter, fehltTaetigkeit } from "../calc/grundsicherung/fakten";
import { children } from "../facts";
import { KINDERGELD_PRO_KIND } from "../parameters/kindergeld";
import { valueAt } from "../parameters/versioned";
import type { BenefitRule, Einschaetzung, FehlendeAngabe, Grund } from "../types";

const GRUENDE: Record<KindergeldPruefung["grund"], string | null> = {
  minderjaehrig: "Für Kinder unter 18 Jahren gibt es Kindergeld ohne weitere Bedingungen.",
  ausbildung: "Für Kinder von 18 bis 24 Jahren in Schule, Ausbildung oder Studium gibt es weiter Kindergeld.",
  arbeitsuchend: "Für Kinder unter 21 Jahren ohne Arbeit gibt es Kindergeld, wenn sie bei der Agentur für Arbeit arbeitsuchend gemeldet sind.",
  arbeitsuchend_ueber_21:
    "Für Kinder ab 21 Jahren ohne Arbeit gibt es Kindergeld nur, wenn sie einen Ausbildungsplatz suchen und noch keinen gefunden haben.",
  uebergang_oder_freiwilligendienst:
    "Für Kinder unter 25 Jahren gibt es Kindergeld auch in einem Freiwilligendienst oder in einer Pause von höchstens vier Monaten zwischen zwei Ausbildungsabschnitten.",
  behinderung:
    "Für ein Kind mit Behinderung gibt es Kindergeld auch nach dem 25. Geburtstag, wenn die Behinderung vorher eingetreten ist und es sich nicht selbst unterhalten kann.",
  erwerbstaetig: "Für ein Kind ab 18 Jahren, das arbeitet und nicht in Ausbildung ist, gibt es nach Ihren Angaben eher kein Kindergeld.",
  zu_alt: "Für ein Kind ab 25 Jahren gibt es in der Regel kein Kindergeld mehr.",
  alter_fehlt: null,
  taetigkeit_fehlt: null,
};

export const rule: BenefitRule = {
  slug: "kindergeld",
  evaluate({ household }) {
    const kinder = children(household);
    const base = { leistung: "kindergeld" as const, naechsteSchritte: [] };
    if (kinder.length === 0) {
      return {
        ...base,
        einschaetzung: "unwahrscheinlich",
        betragMonat: null,
        gruende: [{ code: "kindergeld.keine_kinder", text: "Nach Ihren Angaben leben keine Kinder in Ihrem Haushalt." }],
        fehlendeAngaben: [],
      };
    }

    const pruefungen = kinder.map((kind) => ({ kind, pruefung: kindergeldFuerKind(kind, household.stichtag) }));
    const gruende: Grund[] = [];
    const fehlend: FehlendeAngabe[] = [];
    for (const { kind, pruefung } of pruefungen) {
      const text = GRUENDE[pruefung.grund];
      if (text && !gruende.some((g) => g.code === `kindergeld.${pruefung.grund}`)) gruende.push({ code: `kindergeld.${pruefung.grund}`, text });
      if (pruefung.grund === "alter_fehlt") fehlend.push(fehltAlter(kind));
      if (pruefung.grund === "taetigkeit_fehlt") fehlend.push(fehltTaetigkeit(kind));
    }

    const anzahl = (anspruch: KindergeldPruefung["anspruch"]) => pruefungen.filter((p) => p.pruefung.anspruch === anspruch).length;
    const sicher = anzahl("ja");
    const einschaetzung: Einschaetzung = sicher > 0 ? "wahrscheinlich" : anzahl("moeglich") > 0 ? "moeglich" : anzahl("unklar") > 0 ? "unklar" : "unwahrscheinlich";
    const proKind = valueAt(KINDERGELD_PRO_KIND, household.stichtag);
    const offen = pruefungen.length - sicher - anzahl("nein");

    return {
      ...base,
      einschaetzung,
      betragMonat: sicher > 0 ? sicher * proKind.value : null,
      betragHinweis:
        sicher > 0
          ? `${euro(proKind.value)} je Kind für ${sicher === 1 ? "1 Kind" : `${sicher} Kinder`} (Stand ${formatGermanDate(proKind.validFrom)}).` +
            (offen > 0 ? " Kinder, bei denen es noch offen ist, sind nicht mitgerechnet." : "")
          : undefined,
      gruende,
      fehlendeAngaben: eindeutig(fehlend),
      naechsteSchritte:
        einschaetzung === "unwahrscheinlich"
          ? []
          : [{ art: "hinweis", text: "Kindergeld wird höchstens sechs Monate rückwirkend gezahlt. Stellen Sie den Antrag deshalb bald." }],
    };
  },
};
