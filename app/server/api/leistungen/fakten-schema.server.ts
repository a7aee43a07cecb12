/**
 * The request schema of POST /api/v1/leistungscheck, generated from the zod facts schema the
 * API actually parses with (so the document cannot drift from the code), plus German
 * descriptions and what JSON Schema can say but the generator cannot: the date format and the
 * "exactly one antragsteller" rule. The remaining server-side check (geburtsdatum not after the
 * stichtag) is stated in the descriptions. A test keeps FELDER and the facts schema in step.
 */
import { z } from "zod";
import { factsSchema } from "../../../domain/benefits/facts";
import type { JsonSchema } from "../openapi-shared.server";

const withRole = (rolle: string) => ({ type: "object", properties: { rolle: { const: rolle } }, required: ["rolle"] });

/** Additions per field; the key is the field path with `[]` for list entries, "" for the whole body. */
export const FELDER: Record<string, JsonSchema> = {
  "": {
    description:
      "Die Angaben zum Haushalt. Fast alles ist freiwillig: Fehlt etwas, das eine Einschätzung braucht, lautet sie „unklar“ und `fehlende_angaben` nennt das Feld. Beträge in Euro pro Monat, Dezimalstellen erlaubt. Unbekannte Felder werden abgelehnt.",
  },
  stichtag: {
    format: "date",
    description: "Tag, für den geprüft wird (JJJJ-MM-TT). Es gelten die an diesem Tag gültigen Werte. Ohne Angabe: heute in Europe/Berlin.",
  },
  wohnort: { description: "Wohnort des Haushalts." },
  "wohnort.plz": { description: "Postleitzahl, fünfstellig. Daraus ergibt sich die Mietstufe für das Wohngeld.", examples: ["04109"] },
  "wohnort.mietstufe": {
    description: "Mietstufe nach der Wohngeldverordnung. Nur angeben, wenn sie feststeht, etwa weil die Postleitzahl mehrere Gemeinden umfasst; sie geht dann der Postleitzahl vor.",
  },
  wohnen: { description: "Die Wohnung des Haushalts." },
  "wohnen.art": { description: "miete (zur Miete), eigentum (eigene Wohnung oder eigenes Haus) oder ohne_wohnung." },
  "wohnen.wohnkosten_monat": {
    description: "Euro pro Monat. Bei Miete die Bruttokaltmiete (Miete und Nebenkosten ohne Heizung), bei Eigentum die monatliche Belastung.",
    examples: [750],
  },
  "wohnen.heizkosten_monat": { description: "Heizkosten in Euro pro Monat.", examples: [90] },
  vermoegen: { description: "Vermögen des ganzen Haushalts in Euro, etwa Erspartes und Wertpapiere." },
  personen: {
    description: "Alle Personen im Haushalt: genau eine mit rolle antragsteller, höchstens eine mit rolle partner.",
    allOf: [
      { contains: withRole("antragsteller"), minContains: 1, maxContains: 1 },
      { contains: withRole("partner"), minContains: 0, maxContains: 1 },
    ],
  },
  "personen[]": {
    description:
      "Eine Person im Haushalt. Ihr Alter kommt aus geburtsdatum (am Stichtag) oder aus alter; sind beide angegeben, zählt geburtsdatum.",
  },
  "personen[].rolle": {
    description: "antragsteller (wer fragt), partner (Ehe- oder Lebenspartner), kind oder sonstige (andere Personen im Haushalt).",
  },
  "personen[].alter": { description: "Alter in vollen Jahren am Stichtag.", examples: [34] },
  "personen[].geburtsdatum": {
    format: "date",
    description: "Geburtsdatum (JJJJ-MM-TT). Darf nicht nach dem Stichtag liegen (wird vom Server geprüft).",
  },
  "personen[].erwerbsfaehig": { description: "Kann die Person auf absehbare Zeit mindestens drei Stunden täglich arbeiten?" },
  "personen[].taetigkeit": { description: "Was die Person zurzeit hauptsächlich macht." },
  "personen[].grad_der_behinderung": { description: "Grad der Behinderung (GdB), 0 wenn keiner festgestellt ist." },
  "personen[].pflegegrad": { description: "Pflegegrad, 0 wenn keiner festgestellt ist." },
  "personen[].schwanger": { description: "Ist die Person schwanger?" },
  "personen[].bezieht_grundsicherung": { description: "Bezieht die Person selbst schon Leistungen nach dem SGB II oder SGB XII?" },
  "personen[].einkommen": { description: "Die Einkünfte der Person, je Einkunft ein Eintrag." },
  "personen[].einkommen[]": { description: "Eine Einkunft der Person." },
  "personen[].einkommen[].art": { description: "Woher die Einkunft kommt." },
  "personen[].einkommen[].brutto_monat": { description: "Brutto in Euro pro Monat.", examples: [1550] },
  "personen[].einkommen[].netto_monat": { description: "Netto (ausgezahlt) in Euro pro Monat, wenn bekannt.", examples: [1200] },
  "personen[].einkommen[].steuern": { description: "Werden von dieser Einkunft Steuern gezahlt?" },
  "personen[].einkommen[].kranken_pflegeversicherung": { description: "Werden davon Beiträge zur Kranken- und Pflegeversicherung gezahlt?" },
  "personen[].einkommen[].rentenversicherung": { description: "Werden davon Beiträge zur Rentenversicherung gezahlt?" },
  "personen[].einkommen[].grundrentenzeiten_jahre": {
    description: "Nur bei Renten: Jahre mit Grundrentenzeiten (wichtig für Freibeträge bei Grundsicherung und Wohngeld).",
  },
};

export type AnnotatedSchema = {
  schema: JsonSchema;
  /** Fields of the facts schema without an entry in FELDER. */
  ohneBeschreibung: string[];
  /** Entries of FELDER that match no field (left over after a field was renamed or removed). */
  unbekannt: string[];
};

function annotate(node: JsonSchema, path: string, felder: Record<string, JsonSchema>, seen: Set<string>, missing: string[]) {
  const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
  for (const [key, child] of Object.entries(properties)) annotate(child, path === "" ? key : `${path}.${key}`, felder, seen, missing);
  if (typeof node.items === "object" && node.items !== null) annotate(node.items as JsonSchema, `${path}[]`, felder, seen, missing);
  const extra = felder[path];
  if (extra === undefined) missing.push(path);
  else {
    Object.assign(node, extra);
    seen.add(path);
  }
}

export function buildFaktenSchema(felder: Record<string, JsonSchema> = FELDER): AnnotatedSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(factsSchema, { io: "input", target: "draft-2020-12" }) as JsonSchema;
  const seen = new Set<string>();
  const ohneBeschreibung: string[] = [];
  annotate(schema, "", felder, seen, ohneBeschreibung);
  return { schema, ohneBeschreibung, unbekannt: Object.keys(felder).filter((path) => !seen.has(path)) };
}
