/**
 * Berufsausbildungsbeihilfe verdicts and the upper bound of § 61 Abs. 1 SGB III:
 * 442 € (§ 13 Abs. 1 Nr. 1 BAföG) + 380 € (§ 13 Abs. 2 Nr. 2 BAföG) = 822 €.
 */
import { describe } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";

const azubi = (alter: number, extra: object = {}) => ({ rolle: "antragsteller" as const, alter, taetigkeit: "ausbildung" as const, ...extra });
const verguetung = (netto: number) => [{ art: "erwerbstaetigkeit" as const, brutto_monat: netto + 200, netto_monat: netto, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: true }];

const CASES: BenefitCase[] = [
  { name: "trainee 19 in an own home → 822 € upper bound", facts: { personen: [azubi(19)] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", betragMonat: 822, gruende: ["berufsausbildungsbeihilfe.ausbildung"] } } },
  { name: "Stichtag 2025-03-01 → 822 €", facts: { stichtag: "2025-03-01", personen: [azubi(19)] }, expect: { berufsausbildungsbeihilfe: { betragMonat: 822 } } },
  { name: "Stichtag 2026-01-01 → 822 €", facts: { stichtag: "2026-01-01", personen: [azubi(19)] }, expect: { berufsausbildungsbeihilfe: { betragMonat: 822 } } },
  {
    name: "trainee living as child with the parents → unwahrscheinlich",
    facts: { personen: [{ rolle: "antragsteller", alter: 48, taetigkeit: "beschaeftigt" }, { rolle: "kind", alter: 19, taetigkeit: "ausbildung" }] },
    expect: { berufsausbildungsbeihilfe: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["berufsausbildungsbeihilfe.wohnt_bei_eltern"] } },
  },
  { name: "17 in an own home → moeglich, distance condition explained", facts: { personen: [azubi(17)] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", gruende: ["berufsausbildungsbeihilfe.unter_18"] } } },
  { name: "18 in an own home → no distance condition", facts: { personen: [azubi(18)] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", betragMonat: 822 } } },
  { name: "17 living with an own child → no distance condition", facts: { personen: [azubi(17), { rolle: "kind", alter: 1 }] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", betragMonat: 822 } } },
  { name: "net allowance 821.99 € → still below the need", facts: { personen: [azubi(20, { einkommen: verguetung(821.99) })] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", betragMonat: 822 } } },
  {
    name: "net allowance 822 € → covers the need",
    facts: { personen: [azubi(20, { einkommen: verguetung(822) })] },
    expect: { berufsausbildungsbeihilfe: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["berufsausbildungsbeihilfe.verguetung_deckt_bedarf"] } },
  },
  {
    name: "another adult in the household → living with parents unknown",
    facts: { personen: [azubi(20), { rolle: "sonstige", alter: 50 }] },
    expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", gruende: ["berufsausbildungsbeihilfe.wohnsituation_offen"] } },
  },
  { name: "age missing → moeglich, age missing", facts: { personen: [{ rolle: "antragsteller", taetigkeit: "ausbildung" }] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "moeglich", fehlend: ["personen.0.alter"] } } },
  { name: "activity of a 16-year-old missing → unklar", facts: { personen: [{ rolle: "antragsteller", alter: 16 }] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "unklar", fehlend: ["personen.0.taetigkeit"] } } },
  { name: "activity of a 66-year-old missing → unklar (below the pension age)", facts: { personen: [{ rolle: "antragsteller", alter: 66 }] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "unklar" } } },
  { name: "activity of a 68-year-old missing → not asked (above the pension age)", facts: { personen: [{ rolle: "antragsteller", alter: 68 }] }, expect: { berufsausbildungsbeihilfe: { einschaetzung: "unwahrscheinlich" } } },
  {
    name: "nobody in training, children under 15 not asked → unwahrscheinlich",
    facts: { personen: [{ rolle: "antragsteller", alter: 35, taetigkeit: "beschaeftigt" }, { rolle: "kind", alter: 9 }] },
    expect: { berufsausbildungsbeihilfe: { einschaetzung: "unwahrscheinlich", gruende: ["berufsausbildungsbeihilfe.keine_ausbildung"] } },
  },
];

describe("berufsausbildungsbeihilfe", () => runCases(CASES));
