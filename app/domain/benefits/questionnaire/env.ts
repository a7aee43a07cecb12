/** The questionnaire's view of the Mietstufe data: candidates per postcode, grouped by Mietstufe. */
import type { LocalDate } from "../../shared/dates";
import { mietstufeChoicesFor } from "../places/mietstufe";
import type { QuestionnaireEnv } from "./types";

/**
 * Municipalities of the same Mietstufe are one candidate: for Wohngeld only the Mietstufe counts,
 * so the user is asked only when the postcode spans different ones.
 */
export function questionnaireEnv(stichtag: LocalDate): QuestionnaireEnv {
  return {
    mietstufenFuerPlz(plz) {
      const candidates = new Map<number, string[]>();
      for (const choice of mietstufeChoicesFor(plz, stichtag)) {
        candidates.set(choice.mietstufe, [...(candidates.get(choice.mietstufe) ?? []), choice.gemeinde]);
      }
      return [...candidates].map(([mietstufe, orte]) => ({ mietstufe, orte }));
    },
  };
}
