/**
 * Example requests for POST /api/v1/leistungscheck: the three personas of the issue. They appear
 * in the OpenAPI document and the contract tests send them, so every documented example is
 * known to be accepted.
 */
import type { FactsInput } from "../../../domain/benefits/facts";

export type Beispiel = { summary: string; value: FactsInput };

export const BEISPIELE = {
  alleinerziehend: {
    summary: "Alleinerziehend, zwei Kinder (4 und 9), Teilzeit mit 1.200 € netto, Miete 750 €",
    value: {
      stichtag: "2026-11-22",
      wohnort: { plz: "04109" },
      wohnen: { art: "miete", wohnkosten_monat: 750, heizkosten_monat: 90 },
      vermoegen: 1500,
      personen: [
        {
          rolle: "antragsteller",
          alter: 36,
          erwerbsfaehig: true,
          taetigkeit: "beschaeftigt",
          einkommen: [
            {
              art: "erwerbstaetigkeit",
              brutto_monat: 1580,
              netto_monat: 1200,
              steuern: true,
              kranken_pflegeversicherung: true,
              rentenversicherung: true,
            },
          ],
        },
        { rolle: "kind", alter: 4 },
        { rolle: "kind", alter: 9, taetigkeit: "schule" },
      ],
    },
  },
  rentnerin: {
    summary: "Allein lebend, 70 Jahre, 900 € Rente, Miete 420 €",
    value: {
      stichtag: "2026-11-22",
      wohnort: { plz: "28195" },
      wohnen: { art: "miete", wohnkosten_monat: 420, heizkosten_monat: 70 },
      vermoegen: 2000,
      personen: [
        {
          rolle: "antragsteller",
          geburtsdatum: "1956-03-14",
          taetigkeit: "rente",
          einkommen: [{ art: "rente", brutto_monat: 900, kranken_pflegeversicherung: true }],
        },
      ],
    },
  },
  arbeitslos: {
    summary: "Arbeitslos, 30 Jahre, ohne Einkommen, Miete 480 € und 70 € Heizung",
    value: {
      stichtag: "2026-11-22",
      wohnort: { plz: "44135" },
      wohnen: { art: "miete", wohnkosten_monat: 480, heizkosten_monat: 70 },
      vermoegen: 300,
      personen: [{ rolle: "antragsteller", alter: 30, erwerbsfaehig: true, taetigkeit: "arbeitslos", einkommen: [] }],
    },
  },
} satisfies Record<string, Beispiel>;
