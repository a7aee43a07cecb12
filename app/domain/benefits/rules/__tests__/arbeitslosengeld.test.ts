import { describe } from "vitest";
import { runCases } from "../../__tests__/case-runner";
import type { FactsInput } from "../../facts";

type Person = FactsInput["personen"][number];
const allein = (person: Partial<Person>): FactsInput => ({ stichtag: "2026-11-22", personen: [{ rolle: "antragsteller", alter: 40, ...person }] });

describe("Arbeitslosengeld", () =>
  runCases([
    {
      name: "arbeitslos, 40 Jahre",
      facts: allein({ taetigkeit: "arbeitslos" }),
      expect: { arbeitslosengeld: { einschaetzung: "moeglich", betragMonat: null, gruende: ["arbeitslosengeld.anwartschaft_pruefen"] } },
    },
    {
      name: "bezieht Arbeitslosengeld 1.150 €",
      facts: allein({ taetigkeit: "arbeitslos", einkommen: [{ art: "arbeitslosengeld", brutto_monat: 1150 }] }),
      expect: { arbeitslosengeld: { einschaetzung: "wahrscheinlich", betragMonat: 1150, gruende: ["arbeitslosengeld.bezug"] } },
    },
    { name: "beschäftigt", facts: allein({ taetigkeit: "beschaeftigt" }), expect: { arbeitslosengeld: { einschaetzung: "unwahrscheinlich", gruende: ["arbeitslosengeld.beschaeftigt"] } } },
    {
      name: "selbstständig",
      facts: allein({ taetigkeit: "selbststaendig" }),
      expect: { arbeitslosengeld: { einschaetzung: "unwahrscheinlich", gruende: ["arbeitslosengeld.selbststaendig"] } },
    },
    { name: "Tätigkeit fehlt", facts: allein({}), expect: { arbeitslosengeld: { einschaetzung: "unklar", fehlend: ["personen.0.taetigkeit"] } } },
    {
      name: "arbeitslos mit 67",
      facts: allein({ alter: 67, taetigkeit: "arbeitslos" }),
      expect: { arbeitslosengeld: { einschaetzung: "unwahrscheinlich", gruende: ["arbeitslosengeld.altersgrenze"] } },
    },
    {
      name: "arbeitslos mit 66: hängt vom Geburtsmonat ab",
      facts: allein({ alter: 66, taetigkeit: "arbeitslos" }),
      expect: { arbeitslosengeld: { einschaetzung: "moeglich", fehlend: ["personen.0.geburtsdatum"] } },
    },
    {
      name: "arbeitslos, kann nicht arbeiten",
      facts: allein({ taetigkeit: "arbeitslos", erwerbsfaehig: false }),
      expect: { arbeitslosengeld: { einschaetzung: "unwahrscheinlich", gruende: ["arbeitslosengeld.nicht_verfuegbar"] } },
    },
    {
      name: "Partnerin arbeitslos",
      facts: {
        stichtag: "2026-11-22",
        personen: [
          { rolle: "antragsteller", alter: 40, taetigkeit: "beschaeftigt" },
          { rolle: "partner", alter: 38, taetigkeit: "arbeitslos" },
        ],
      },
      expect: { arbeitslosengeld: { einschaetzung: "moeglich" } },
    },
  ]));
