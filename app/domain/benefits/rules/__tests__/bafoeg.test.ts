/**
 * BAföG verdicts and upper bounds. Expected amounts from §§ 13, 13a BAföG (29. BAföGÄndG):
 * 475 Grundbedarf + 380 / 59 Wohnpauschale + 102 + 35 (under 30) or 185 + 48 (from 30).
 */
import { describe, expect, it } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import { parseFacts } from "../../facts";
import { rule } from "../bafoeg";
import { hoechstsatzStudium, vermoegensanrechnung } from "../bafoeg/obergrenze";

const student = (alter: number) => ({ rolle: "antragsteller" as const, alter, taetigkeit: "studium" as const });

const HOECHSTSATZ: BenefitCase[] = [
  { name: "student 24 living alone → 992 € upper bound", facts: { personen: [student(24)] }, expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: 992, gruende: ["bafoeg.studium"] } } },
  { name: "student 29 → still the supplements of the students' insurance (992 €)", facts: { personen: [student(29)] }, expect: { bafoeg: { betragMonat: 992 } } },
  { name: "student 30 → supplements of § 13a Abs. 2 (1,088 €)", facts: { personen: [student(30)] }, expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: 1088 } } },
  { name: "Stichtag 2025-06-01 → same Höchstsatz 992 €", facts: { stichtag: "2025-06-01", personen: [student(24)] }, expect: { bafoeg: { betragMonat: 992 } } },
  { name: "Stichtag 2026-01-01 → 992 €", facts: { stichtag: "2026-01-01", personen: [student(24)] }, expect: { bafoeg: { betragMonat: 992 } } },
  {
    name: "student as child in the parents' household → 59 € Wohnpauschale (671 €)",
    facts: { personen: [{ rolle: "antragsteller", alter: 50, taetigkeit: "beschaeftigt" }, { rolle: "kind", alter: 20, taetigkeit: "studium" }] },
    expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: 671, gruende: ["bafoeg.wohnt_bei_eltern"] } },
  },
  {
    name: "another adult in the household → living with parents unknown, bound for living away",
    facts: { personen: [student(22), { rolle: "sonstige", alter: 52, taetigkeit: "beschaeftigt" }] },
    expect: { bafoeg: { betragMonat: 992, gruende: ["bafoeg.wohnsituation_offen"] } },
  },
  {
    name: "two students (applicant and partner) → bounds add up",
    facts: { personen: [student(24), { rolle: "partner", alter: 31, taetigkeit: "studium" }] },
    expect: { bafoeg: { betragMonat: 992 + 1088 } },
  },
  { name: "age missing → higher supplements as bound, age missing", facts: { personen: [{ rolle: "antragsteller", taetigkeit: "studium" }] }, expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: 1088, fehlend: ["personen.0.alter"] } } },
];

const ALTERSGRENZE: BenefitCase[] = [
  { name: "student 44 → no age remark", facts: { personen: [student(44)] }, expect: { bafoeg: { einschaetzung: "moeglich" } } },
  { name: "student 45 → moeglich with the age-limit explanation", facts: { personen: [student(45)] }, expect: { bafoeg: { einschaetzung: "moeglich", gruende: ["bafoeg.altersgrenze"] } } },
];

const VERMOEGEN: BenefitCase[] = [
  { name: "assets 15,000 € at 24 → within the allowance", facts: { vermoegen: 15000, personen: [student(24)] }, expect: { bafoeg: { betragMonat: 992 } } },
  {
    name: "assets 20,000 € at 24 → 5,000 € over, 416.66 € a month off",
    facts: { vermoegen: 20000, personen: [student(24)] },
    expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: 575.34, gruende: ["bafoeg.vermoegen_mindert"] } },
  },
  {
    name: "assets 30,000 € at 24 → 1,250 € a month covers the need",
    facts: { vermoegen: 30000, personen: [student(24)] },
    expect: { bafoeg: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["bafoeg.vermoegen_deckt_bedarf"] } },
  },
  { name: "assets 40,000 € at 30 → within the allowance of 45,000 €", facts: { vermoegen: 40000, personen: [student(30)] }, expect: { bafoeg: { betragMonat: 1088 } } },
  {
    name: "assets of a two-person household → not assigned to the student",
    facts: { vermoegen: 90000, personen: [student(24), { rolle: "partner", alter: 30, taetigkeit: "beschaeftigt" }] },
    expect: { bafoeg: { betragMonat: 992 } },
  },
];

const SCHULE_AUSBILDUNG: BenefitCase[] = [
  {
    name: "pupil 15 living as child with the parents → moeglich, no amount",
    facts: { personen: [{ rolle: "antragsteller", alter: 45, taetigkeit: "beschaeftigt" }, { rolle: "kind", alter: 15, taetigkeit: "schule" }] },
    expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: null, gruende: ["bafoeg.schule_bei_eltern"] } },
  },
  {
    name: "pupil 14 → before Klasse 10, nobody else in training",
    facts: { personen: [{ rolle: "antragsteller", alter: 45, taetigkeit: "beschaeftigt" }, { rolle: "kind", alter: 14, taetigkeit: "schule" }] },
    expect: { bafoeg: { einschaetzung: "unwahrscheinlich", gruende: ["bafoeg.keine_ausbildung"] } },
  },
  { name: "adult pupil living alone → moeglich", facts: { personen: [{ rolle: "antragsteller", alter: 20, taetigkeit: "schule" }] }, expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: null, gruende: ["bafoeg.schule"] } } },
  { name: "training → only if school-based", facts: { personen: [{ rolle: "antragsteller", alter: 19, taetigkeit: "ausbildung" }] }, expect: { bafoeg: { einschaetzung: "moeglich", betragMonat: null, gruende: ["bafoeg.ausbildung_schulisch"] } } },
];

const OFFEN: BenefitCase[] = [
  { name: "activity missing at 30 → unklar", facts: { personen: [{ rolle: "antragsteller", alter: 30 }] }, expect: { bafoeg: { einschaetzung: "unklar", fehlend: ["personen.0.taetigkeit"], gruende: ["bafoeg.taetigkeit_offen"] } } },
  { name: "pensioner → unwahrscheinlich", facts: { personen: [{ rolle: "antragsteller", alter: 70, taetigkeit: "rente" }] }, expect: { bafoeg: { einschaetzung: "unwahrscheinlich", betragMonat: null } } },
  { name: "activity missing at 50 → not asked (age limit)", facts: { personen: [{ rolle: "antragsteller", alter: 50 }] }, expect: { bafoeg: { einschaetzung: "unwahrscheinlich" } } },
];

describe("bafoeg: Höchstsatz as upper bound", () => runCases(HOECHSTSATZ));
describe("bafoeg: age limit of 45", () => runCases(ALTERSGRENZE));
describe("bafoeg: own assets (one-person household)", () => runCases(VERMOEGEN));
describe("bafoeg: school and training", () => runCases(SCHULE_AUSBILDUNG));
describe("bafoeg: missing facts", () => runCases(OFFEN));

describe("bafoeg: calculation helpers", () => {
  it("Höchstsatz by age and housing", () => {
    expect(hoechstsatzStudium(24, false, "2026-11-22")).toBe(99200);
    expect(hoechstsatzStudium(24, true, "2026-11-22")).toBe(67100);
    expect(hoechstsatzStudium(30, false, "2025-03-01")).toBe(108800);
    expect(hoechstsatzStudium(undefined, false, "2025-03-01")).toBe(108800);
  });
  it("assets above the allowance are spread over twelve months, rounded down", () => {
    expect(vermoegensanrechnung(2000000, 24, "2026-11-22")).toEqual({ freibetrag: 1500000, abzugMonat: 41666 });
    expect(vermoegensanrechnung(4600000, 30, "2026-11-22")).toEqual({ freibetrag: 4500000, abzugMonat: 8333 });
    expect(vermoegensanrechnung(1000000, undefined, "2026-11-22")).toEqual({ freibetrag: 4500000, abzugMonat: 0 });
  });
});

describe("other household members", () => {
  it("are not asked for their activity (the check does not ask about them), but count when given", () => {
    const facts = (sonstige: Record<string, unknown>) => {
      const parsed = parseFacts({ personen: [{ rolle: "antragsteller", alter: 40, taetigkeit: "beschaeftigt" }, { rolle: "sonstige", alter: 20, ...sonstige }] }, "2026-11-22");
      if (!parsed.ok) throw new Error("invalid facts");
      return rule.evaluate({ household: parsed.household, earlier: {} });
    };
    expect(facts({}).fehlendeAngaben.map((f) => f.fakt)).not.toContain("personen.1.taetigkeit");
    expect(facts({ taetigkeit: "studium" }).einschaetzung).toBe("moeglich");
  });
});
