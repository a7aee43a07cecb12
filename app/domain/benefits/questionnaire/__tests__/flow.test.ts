import { describe, expect, it } from "vitest";
import { activeSteps, firstIncompleteStep, fitsQuestion, locateStep, pruneAnswers } from "../flow";
import { STEPS } from "../steps";
import type { Answers } from "../types";
import { alleinerziehend, arbeitslos, env, grossfamilie, rentnerin } from "./fixtures";

const PERSONAS = { rentnerin, alleinerziehend, arbeitslos, grossfamilie };
const questionIds = (answers: Answers) => activeSteps(answers, env).flatMap((active) => active.questions.map((q) => q.id));
const stepIds = (answers: Answers) => activeSteps(answers, env).map((active) => active.step.id);
const without = (answers: Answers, ...ids: string[]) => Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

describe("the steps", () => {
  it.each(Object.entries(PERSONAS))("only look at answers of earlier steps (%s)", (_, answers) => {
    const earlier = new Set<string>();
    for (const step of STEPS) {
      const restricted = Object.fromEntries(Object.entries(answers).filter(([id]) => earlier.has(id)));
      expect(step.questions(restricted, env), step.id).toEqual(step.questions(answers, env));
      step.questions(answers, env).forEach((question) => earlier.add(question.id));
    }
  });

  it.each(Object.entries(PERSONAS))("ask every question with a label, a help text and a unique id (%s)", (_, answers) => {
    const questions = activeSteps(answers, env).flatMap((active) => active.questions);
    for (const question of questions) {
      expect(question.label.length, question.id).toBeGreaterThan(5);
      expect(question.hint.length, question.id).toBeGreaterThan(10);
      if ("name" in question) expect(question.name.length, question.id).toBeGreaterThan(2);
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it.each(Object.entries(PERSONAS))("every persona's answers are exactly the questions asked (%s)", (_, answers) => {
    expect(questionIds(answers).sort()).toEqual(Object.keys(answers).sort());
    expect(pruneAnswers(answers, env)).toEqual(answers);
    expect(firstIncompleteStep(answers, env)).toBeUndefined();
  });

  it("keep the three personas of the issue within five steps and twenty questions", () => {
    for (const answers of [rentnerin, alleinerziehend, arbeitslos]) {
      expect(stepIds(answers)).toEqual(["haushalt", "wohnen", "personen", "lebenslage", "einkommen"]);
      expect(questionIds(answers).length).toBeLessThanOrEqual(20);
    }
  });

  it("ask no child questions without children and no partner questions without a partner", () => {
    const ids = questionIds(arbeitslos);
    expect(ids.filter((id) => /^(k\d+_|p_)/.test(id) || id === "unterhalt")).toEqual([]);
    expect(questionIds(alleinerziehend)).toEqual(expect.arrayContaining(["k1_alter", "k2_alter", "unterhalt"]));
  });

  it("ask about pregnancy and the ability to work only where plausible", () => {
    expect(questionIds(rentnerin)).not.toContain("schwanger");
    expect(questionIds(rentnerin)).not.toContain("erwerbsfaehig");
    expect(questionIds(alleinerziehend)).toEqual(expect.arrayContaining(["schwanger", "erwerbsfaehig"]));
    const couple = locateStep("lebenslage", grossfamilie, env)!;
    const schwanger = couple.questions.find((q) => q.id === "schwanger");
    // The partner is 63: only the person asking is asked.
    expect(schwanger?.kind === "choice" && schwanger.options.map((o) => o.value)).toEqual(["nein", "ich"]);
  });

  it("ask the activity of children from 15 (BAföG, BAB, Kindergeld from 18), not of younger ones", () => {
    expect(questionIds(grossfamilie)).toContain("k1_taetigkeit");
    expect(questionIds(grossfamilie)).not.toContain("k2_taetigkeit");
    expect(questionIds({ ...grossfamilie, k2_alter: 15 })).toContain("k2_taetigkeit");
    expect(questionIds({ ...grossfamilie, k2_alter: 14 })).not.toContain("k2_taetigkeit");
  });

  it("ask for the Mietstufe only when the postcode does not decide it", () => {
    expect(questionIds(alleinerziehend)).not.toContain("mietstufe");
    const ambiguous = locateStep("wohnen", grossfamilie, env)!.questions[0]!;
    expect(ambiguous.id).toBe("mietstufe");
    expect(ambiguous.kind === "choice" && ambiguous.options.map((o) => o.label)).toEqual(["Dippoldiswalde", "Altenberg, Glashütte", "Das weiß ich nicht"]);
    const unknown = locateStep("wohnen", { ...alleinerziehend, plz: "99999" }, env)!.questions[0]!;
    expect(unknown.kind === "choice" && unknown.options).toHaveLength(8);
  });

  it("skip housing costs without a home", () => {
    expect(stepIds({ ...arbeitslos, wohnart: "ohne_wohnung" })).not.toContain("wohnen");
  });

  it("ask income questions that follow the activity", () => {
    expect(questionIds(alleinerziehend)).toEqual(expect.arrayContaining(["erwerb_brutto", "erwerb_netto", "erwerb_abzuege"]));
    expect(questionIds(rentnerin)).toEqual(expect.arrayContaining(["rente_brutto", "rente_netto", "rente_abzuege"]));
    expect(questionIds(arbeitslos)).toContain("alg");
    expect(questionIds({ ...arbeitslos, taetigkeit: "studium" })).toContain("nebenverdienst");
  });
});

describe("pruneAnswers", () => {
  it("drops the children's answers when there are no children any more", () => {
    const pruned = pruneAnswers({ ...alleinerziehend, kinder: 0 }, env);
    expect(Object.keys(pruned).filter((id) => id.startsWith("k1_") || id.startsWith("k2_") || id === "unterhalt")).toEqual([]);
    expect(pruned.erwerb_netto).toBe(120_000);
  });

  it("drops the answers of a child that is no longer counted", () => {
    const pruned = pruneAnswers({ ...alleinerziehend, kinder: 1 }, env);
    expect(pruned.k1_alter).toBe(4);
    expect(pruned.k2_alter).toBeUndefined();
  });

  it("drops the partner's answers when the partner is gone", () => {
    const pruned = pruneAnswers({ ...grossfamilie, partner: "nein" }, env);
    expect(Object.keys(pruned).filter((id) => id.startsWith("p_"))).toEqual([]);
  });

  it("drops a Mietstufe chosen for another postcode and the details after „Pflegegrad: nein“", () => {
    const pruned = pruneAnswers({ ...grossfamilie, plz: "04109", beeintraechtigung: "nein" }, env);
    expect(pruned.mietstufe).toBeUndefined();
    expect(Object.keys(pruned).filter((id) => id.endsWith("gdb") || id.endsWith("pflegegrad"))).toEqual([]);
  });

  it("drops income answers of an activity the user no longer has", () => {
    const pruned = pruneAnswers({ ...alleinerziehend, taetigkeit: "arbeitslos" }, env);
    expect(pruned.erwerb_brutto).toBeUndefined();
    expect(pruned.alg).toBeUndefined();
    expect(firstIncompleteStep(pruned, env)?.step.id).toBe("einkommen");
  });

  it("drops values that do not fit the question and ids nobody asks", () => {
    const pruned = pruneAnswers({ ...rentnerin, alter: 300, wohnart: "schloss", erfunden: "x" }, env);
    expect(pruned.alter).toBeUndefined();
    expect(pruned.wohnart).toBeUndefined();
    expect(pruned.erfunden).toBeUndefined();
  });
});

describe("fitsQuestion", () => {
  const [alter, plz] = STEPS[0]!.questions({}, env);
  it.each([
    [alter, 15, true],
    [alter, 14, false],
    [alter, 15.5, false],
    [alter, "15", false],
    [alter, null, false],
    [plz, "04109", true],
    [plz, "4109", false],
  ] as const)("%#: %j", (question, value, fits) => {
    expect(fitsQuestion(question!, value)).toBe(fits);
  });
});

describe("progress", () => {
  it("counts five steps from the start and on every step of a typical journey", () => {
    expect(locateStep("haushalt", {}, env)).toMatchObject({ number: 1, total: 5, previousId: undefined });
    expect(locateStep("wohnen", alleinerziehend, env)).toMatchObject({ number: 2, total: 5, previousId: "haushalt", nextId: "personen" });
    expect(locateStep("einkommen", alleinerziehend, env)).toMatchObject({ number: 5, total: 5, nextId: undefined });
  });

  it("counts four steps without a home and six with the Pflegegrad details", () => {
    expect(locateStep("personen", { ...without(arbeitslos, "wohnkosten", "heizkosten"), wohnart: "ohne_wohnung" }, env)).toMatchObject({ number: 2, total: 4 });
    expect(locateStep("gesundheit", grossfamilie, env)).toMatchObject({ number: 5, total: 6 });
  });

  it("does not know steps that do not apply", () => {
    expect(locateStep("gesundheit", alleinerziehend, env)).toBeUndefined();
    expect(locateStep("gibt-es-nicht", alleinerziehend, env)).toBeUndefined();
  });

  it("finds the first step that still needs answers", () => {
    expect(firstIncompleteStep({}, env)?.step.id).toBe("haushalt");
    expect(firstIncompleteStep(without(alleinerziehend, "k2_alter"), env)?.step.id).toBe("personen");
    // A question left empty on purpose counts as answered.
    expect(firstIncompleteStep(without(alleinerziehend, "unterhalt"), env)?.step.id).toBe("einkommen");
  });
});
