/**
 * Missing facts the Grundsicherung-type rules share, with the paths of the API request, and
 * the small text helpers they use.
 */
import type { Household, Person } from "../../facts";
import type { FehlendeAngabe } from "../../types";

export const FEHLT_WOHNKOSTEN: FehlendeAngabe = {
  fakt: "wohnen.wohnkosten_monat",
  text: "Wie hoch sind Ihre Wohnkosten im Monat (Miete mit Nebenkosten, ohne Heizung)?",
};

export const FEHLT_HEIZKOSTEN: FehlendeAngabe = { fakt: "wohnen.heizkosten_monat", text: "Wie hoch sind Ihre Heizkosten im Monat?" };

export const FEHLT_VERMOEGEN: FehlendeAngabe = {
  fakt: "vermoegen",
  text: "Wie viel Vermögen hat Ihr Haushalt ungefähr, zum Beispiel Erspartes oder Wertpapiere?",
};

export const fehltAlter = (p: Person): FehlendeAngabe => ({
  fakt: `personen.${p.index}.alter`,
  text: p.rolle === "antragsteller" ? "Wie alt sind Sie?" : `Wie alt ist Person ${p.index + 1}?`,
});

export const fehltGeburtsdatum = (p: Person): FehlendeAngabe => ({
  fakt: `personen.${p.index}.geburtsdatum`,
  text: `Wann ${p.rolle === "antragsteller" ? "sind Sie" : `ist Person ${p.index + 1}`} geboren? Die Altersgrenze hängt vom Geburtsmonat ab.`,
});

export const fehltTaetigkeit = (p: Person): FehlendeAngabe => ({
  fakt: `personen.${p.index}.taetigkeit`,
  text: `${p.rolle === "antragsteller" ? "Was machen Sie" : `Was macht Person ${p.index + 1}`} zurzeit: Schule, Ausbildung, Arbeit oder etwas anderes?`,
});

/** Housing facts the need depends on; nothing is missing for people without a flat. */
export function fehlendeWohnkosten(h: Household): FehlendeAngabe[] {
  if (h.wohnart === "ohne_wohnung") return [];
  const fehlend: FehlendeAngabe[] = [];
  if (h.wohnkosten === undefined) fehlend.push(FEHLT_WOHNKOSTEN);
  if (h.heizkosten === undefined) fehlend.push(FEHLT_HEIZKOSTEN);
  return fehlend;
}

/** Each fact once, in the order first named. */
export function eindeutig(fehlend: FehlendeAngabe[]): FehlendeAngabe[] {
  const gesehen = new Set<string>();
  return fehlend.filter((f) => !gesehen.has(f.fakt) && gesehen.add(f.fakt));
}
