/** Hilfe zum Lebensunterhalt (3. Kapitel SGB XII), 2026 figures. */
import { describe } from "vitest";
import { runCases } from "../../__tests__/case-runner";
import type { FactsInput } from "../../facts";

const haushalt = (personen: FactsInput["personen"], wohnkosten = 600, heizkosten = 60): FactsInput => ({
  stichtag: "2026-11-22",
  wohnen: { art: "miete", wohnkosten_monat: wohnkosten, heizkosten_monat: heizkosten },
  vermoegen: 0,
  personen,
});

describe("Hilfe zum Lebensunterhalt", () =>
  runCases([
    {
      // Per head 330 €. Pensioner: 563 + 12 % (67.56) + 330 = 960.56 € need, 1,300 € income →
      // 339.44 € left for the child: 390 + 25 + 330 − 259 − 339.44 = 146.56 €.
      name: "Rentnerin mit Kind 10: das Kind bekommt Hilfe zum Lebensunterhalt",
      facts: haushalt([
        { rolle: "antragsteller", alter: 70, einkommen: [{ art: "rente", brutto_monat: 1300 }] },
        { rolle: "kind", alter: 10 },
      ]),
      expect: {
        // "moeglich" when the Wohngeld estimate covers the child's need (Wohngeld comes first).
        "hilfe-zum-lebensunterhalt": { einschaetzung: ["wahrscheinlich", "moeglich"], betragMonat: 146.56 },
        "grundsicherung-im-alter": { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherung-im-alter.einkommen_reicht"] },
      },
    },
    {
      // A minor gets Stufe 4 in SGB XII: 471 + 25 + 300 + 50.
      name: "16 Jahre, allein, kann nicht arbeiten",
      facts: haushalt([{ rolle: "antragsteller", alter: 16, erwerbsfaehig: false }], 300, 50),
      expect: { "hilfe-zum-lebensunterhalt": { einschaetzung: "wahrscheinlich", betragMonat: 846 }, grundsicherungsgeld: { einschaetzung: "unwahrscheinlich" } },
    },
    {
      name: "Haushalt mit erwerbsfähiger Person",
      facts: haushalt([{ rolle: "antragsteller", alter: 40 }, { rolle: "kind", alter: 3 }]),
      expect: { "hilfe-zum-lebensunterhalt": { einschaetzung: "unwahrscheinlich", gruende: ["hilfe-zum-lebensunterhalt.vorrang_grundsicherungsgeld"] } },
    },
    {
      name: "40 Jahre, kann nicht arbeiten: Grundsicherung bei Erwerbsminderung geht vor",
      facts: haushalt([{ rolle: "antragsteller", alter: 40, erwerbsfaehig: false }]),
      expect: { "hilfe-zum-lebensunterhalt": { einschaetzung: "unwahrscheinlich", gruende: ["hilfe-zum-lebensunterhalt.vorrang_grundsicherung_im_alter"] } },
    },
    {
      name: "Alter fehlt",
      facts: haushalt([{ rolle: "antragsteller" }]),
      expect: { "hilfe-zum-lebensunterhalt": { einschaetzung: "unklar", fehlend: ["personen.0.alter"] } },
    },
  ]));
