import { describe } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import type { FactsInput } from "../../facts";

type Kind = FactsInput["personen"][number];
const familie = (...kinder: Kind[]): FactsInput => ({ stichtag: "2026-11-22", personen: [{ rolle: "antragsteller", alter: 45 }, ...kinder] });
const kind = (alter: number, extra: Partial<Kind> = {}): Kind => ({ rolle: "kind", alter, ...extra });

describe("Kindergeld: Altersgrenzen (§ 32 EStG)", () =>
  runCases([
    { name: "ohne Kinder", facts: familie(), expect: { kindergeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["kindergeld.keine_kinder"] } } },
    { name: "Neugeborenes", facts: familie(kind(0)), expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 259 } } },
    { name: "17 Jahre, ohne weitere Angaben", facts: familie(kind(17)), expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 259 } } },
    {
      name: "18 Jahre ohne Angabe zur Tätigkeit",
      facts: familie(kind(18)),
      expect: { kindergeld: { einschaetzung: "unklar", betragMonat: null, fehlend: ["personen.1.taetigkeit"] } },
    },
    { name: "18 Jahre in der Schule", facts: familie(kind(18, { taetigkeit: "schule" })), expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 259 } } },
    {
      name: "20 Jahre arbeitsuchend",
      facts: familie(kind(20, { taetigkeit: "arbeitslos" })),
      expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 259, gruende: ["kindergeld.arbeitsuchend"] } },
    },
    {
      name: "21 Jahre arbeitsuchend",
      facts: familie(kind(21, { taetigkeit: "arbeitslos" })),
      expect: { kindergeld: { einschaetzung: "moeglich", betragMonat: null, gruende: ["kindergeld.arbeitsuchend_ueber_21"] } },
    },
    { name: "24 Jahre im Studium", facts: familie(kind(24, { taetigkeit: "studium" })), expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 259 } } },
    {
      name: "25 Jahre im Studium",
      facts: familie(kind(25, { taetigkeit: "studium" })),
      expect: { kindergeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["kindergeld.zu_alt"] } },
    },
    {
      name: "30 Jahre mit Behinderung",
      facts: familie(kind(30, { grad_der_behinderung: 80 })),
      expect: { kindergeld: { einschaetzung: "moeglich", betragMonat: null, gruende: ["kindergeld.behinderung"] } },
    },
    {
      name: "22 Jahre, arbeitet",
      facts: familie(kind(22, { taetigkeit: "beschaeftigt" })),
      expect: { kindergeld: { einschaetzung: "unwahrscheinlich", gruende: ["kindergeld.erwerbstaetig"] } },
    },
    {
      name: "Freiwilligendienst mit 19",
      facts: familie(kind(19, { taetigkeit: "sonstige" })),
      expect: { kindergeld: { einschaetzung: "moeglich", gruende: ["kindergeld.uebergang_oder_freiwilligendienst"] } },
    },
    {
      name: "Alter des Kindes fehlt",
      facts: familie({ rolle: "kind" }),
      expect: { kindergeld: { einschaetzung: "unklar", fehlend: ["personen.1.alter"] } },
    },
  ]));

const dreiKinder: BenefitCase["facts"]["personen"] = [
  { rolle: "antragsteller", alter: 45 },
  { rolle: "kind", alter: 3 },
  { rolle: "kind", alter: 19, taetigkeit: "ausbildung" },
  { rolle: "kind", alter: 26 },
];

describe("Kindergeld: Haushaltssumme", () =>
  runCases([
    {
      name: "drei Kinder, eines zu alt: 2 × 259 €",
      facts: { stichtag: "2026-11-22", personen: dreiKinder },
      expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 518 } },
    },
    { name: "dasselbe am 31.12.2025: 2 × 255 €", facts: { stichtag: "2025-12-31", personen: dreiKinder }, expect: { kindergeld: { betragMonat: 510 } } },
    { name: "dasselbe am 01.01.2026: 2 × 259 €", facts: { stichtag: "2026-01-01", personen: dreiKinder }, expect: { kindergeld: { betragMonat: 518 } } },
    {
      name: "Geburtsdatum statt Alter: am Tag vor dem 18. Geburtstag",
      facts: { stichtag: "2026-11-22", personen: [{ rolle: "antragsteller", alter: 45 }, { rolle: "kind", geburtsdatum: "2008-11-23" }] },
      expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 259 } },
    },
    {
      name: "Geburtsdatum statt Alter: am 18. Geburtstag ohne Angabe zur Tätigkeit",
      facts: { stichtag: "2026-11-22", personen: [{ rolle: "antragsteller", alter: 45 }, { rolle: "kind", geburtsdatum: "2008-11-22" }] },
      expect: { kindergeld: { einschaetzung: "unklar", fehlend: ["personen.1.taetigkeit"] } },
    },
  ]));
