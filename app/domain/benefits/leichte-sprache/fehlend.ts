/**
 * The missing facts of a Leistungs-Check result ("Das fehlt uns noch") in Leichte Sprache, keyed
 * by the fact path (FehlendeAngabe.fakt, e.g. "personen.2.alter"); the person comes from the
 * German text (lesen.ts). __tests__/gruende.test.ts checks every missing fact the engine gives.
 */
import type { FehlendeAngabe } from "../types";
import { Leser, Unlesbar, type LsPerson } from "./lesen";

type LsFehlend = (person: LsPerson) => string[];

const frage = (person: LsPerson, sie: string, sonst: string) => (person.sie ? sie : sonst.replace("#", person.wer));

/** Patterns of fact paths, tried in order; `N` stands for a person's or an income's index. */
export const LS_FEHLEND: ReadonlyArray<readonly [RegExp, LsFehlend]> = [
  [/^wohnen\.art$/, () => ["Wie wohnen Sie?", "Zur Miete, in Ihrer eigenen Wohnung oder ohne Wohnung?"]],
  [/^wohnen\.wohnkosten_monat$/, () => ["Wie viel kostet Ihre Wohnung im Monat?", "Gemeint ist die Miete mit den Neben-Kosten.", "Die Heizung zählt nicht mit."]],
  [/^wohnen\.heizkosten_monat$/, () => ["Wie viel kostet Ihre Heizung im Monat?"]],
  [/^wohnort\.plz$/, () => ["Wie ist Ihre Post-Leit-Zahl?", "Davon hängt das Wohn-Geld ab."]],
  [/^wohnort\.mietstufe$/, () => ["Welche Miet-Stufe hat Ihr Wohn-Ort?", "Die Miet-Stufe sagt: So teuer sind Wohnungen hier.", "Ihre Gemeinde kennt die Miet-Stufe."]],
  [/^vermoegen$/, () => ["Wie viel Vermögen hat Ihr Haushalt?", "Vermögen heißt: Geld auf dem Konto oder Dinge mit viel Wert."]],
  [/^personen\.\d+\.alter$/, (p) => [frage(p, "Wie alt sind Sie?", "Wie alt ist #?")]],
  [/^personen\.\d+\.geburtsdatum$/, (p) => [frage(p, "Wann sind Sie geboren?", "Wann ist # geboren?"), "Davon hängt die Alters-Grenze ab."]],
  [/^personen\.\d+\.taetigkeit$/, (p) => [frage(p, "Was machen Sie zurzeit?", "Was macht # zurzeit?"), "Zum Beispiel: Schule, Ausbildung, Studium oder Arbeit."]],
  [/^personen\.\d+\.grad_der_behinderung$/, (p) => [frage(p, "Haben Sie eine Behinderung?", "Hat # eine Behinderung?"), "Wie hoch ist der Grad der Behinderung?"]],
  [/^personen\.\d+\.pflegegrad$/, (p) => [frage(p, "Haben Sie einen Pflege-Grad?", "Hat # einen Pflege-Grad?"), "Welchen Pflege-Grad?"]],
  [/^personen\.\d+\.einkommen\.\d+\.netto_monat$/, () => ["Wie viel Geld von diesem Einkommen kommt bei Ihnen an?", "Gemeint ist das Geld nach Steuern und Beiträgen."]],
];

export function lsFehlendSaetze(angabe: FehlendeAngabe): string[] | null {
  const treffer = LS_FEHLEND.find(([muster]) => muster.test(angabe.fakt));
  if (!treffer) return null;
  try {
    return treffer[1](new Leser(angabe.text).person());
  } catch (error) {
    if (error instanceof Unlesbar) return null;
    throw error;
  }
}

/** The missing fact in Leichte Sprache as one text, or null (then the German text stays). */
export function lsFehlend(angabe: FehlendeAngabe): string | null {
  return lsFehlendSaetze(angabe)?.join(" ") ?? null;
}
