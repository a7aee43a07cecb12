/**
 * The sentences of the Leistungs-Check result page in Leichte Sprache: the verdict words and
 * the text of each group, the amount line, the note under the amount, and the standard next
 * steps every benefit gets (catalog/next-steps.ts). The reasons are in gruende.ts. The result
 * page uses these when the interface language is "ls" (app/ui/check/result-view.ts).
 */
import type { Einschaetzung, NaechsterSchritt } from "../types";

export const LS_EINSCHAETZUNG: Record<Einschaetzung, { titel: string; saetze: string[] }> = {
  wahrscheinlich: {
    titel: "Wahrscheinlich",
    saetze: [
      "Diese Leistungen bekommen Sie wahrscheinlich.",
      "Aber das Amt entscheidet.",
      "Das Amt sagt auch, wie viel Geld Sie bekommen.",
    ],
  },
  moeglich: {
    titel: "Vielleicht",
    saetze: [
      "Diese Leistungen bekommen Sie vielleicht.",
      "Das hängt von Dingen ab.",
      "Diese Dinge können wir hier nicht genau prüfen.",
    ],
  },
  unklar: {
    titel: "Wissen wir noch nicht",
    saetze: [
      "Hier fehlen uns noch Angaben von Ihnen.",
      "Bei jeder Leistung steht, was noch fehlt.",
    ],
  },
  unwahrscheinlich: {
    titel: "Eher nicht",
    saetze: [
      "Diese Leistungen bekommen Sie wohl nicht.",
      "Ändert sich Ihr Leben?",
      "Oder sind Sie unsicher?",
      "Dann lassen Sie sich beraten.",
    ],
  },
};

/** The amount line: "ca. 123 € im Monat" in the standard texts. */
export function lsBetrag(betrag: string): string {
  return `Wir schätzen: etwa ${betrag} im Monat.`;
}

/** Instead of the note on how the amount was estimated (often with paragraphs of the law). */
export const LS_BETRAG_HINWEIS = ["Das ist nur eine Schätzung.", "Das Amt rechnet genau nach."];

/** Leichte Sprache for a standard next step; null for a benefit's own steps (they stay German). */
export function lsSchritt(step: NaechsterSchritt, einschaetzung: Einschaetzung): string | null {
  switch (step.art) {
    case "online_antrag":
      return `Sie können den Antrag im Internet stellen: ${step.text.replace(/^Online-Antrag: /, "")}`;
    case "stelle":
      return `Hier stellen Sie den Antrag: ${step.stellenart}`;
    case "beratung":
      return einschaetzung === "unwahrscheinlich"
        ? "Sind Sie unsicher? Eine Beratungs-Stelle hilft Ihnen."
        : "Eine Beratungs-Stelle hilft Ihnen beim Antrag. Das kostet meist nichts.";
    case "hinweis":
      return null;
  }
}
