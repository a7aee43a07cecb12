import { describe, expect, it } from "vitest";
import { activeSteps } from "../../../domain/benefits/questionnaire/flow";
import { alleinerziehend, env } from "../../../domain/benefits/questionnaire/__tests__/fixtures";
import { answerText } from "../answer-text";

const questions = Object.fromEntries(activeSteps(alleinerziehend, env).flatMap((a) => a.questions.map((q) => [q.id, q])));
const nbsp = (text: string) => text.replace(/\u00a0/g, " ");

describe("answerText", () => {
  it.each([
    ["alter", 34, "34 Jahre"],
    ["k1_alter", 1, "1 Jahr"],
    ["kinder", 2, "2"],
    ["plz", "04109", "04109"],
    ["wohnart", "miete", "Zur Miete"],
    ["wohnkosten", 75_050, "750,50 € im Monat"],
    ["vermoegen", 50_000, "500 €"],
    ["unterhalt", null, "Keine Angabe"],
    ["erwerb_abzuege", ["steuern", "rv"], "Steuern (Lohnsteuer oder Einkommensteuer), Beiträge zur Rentenversicherung"],
    ["erwerb_abzuege", [], "Nichts davon"],
  ] as const)("%s = %j → %s", (id, value, text) => {
    expect(nbsp(answerText(questions[id]!, value as never))).toBe(text);
  });
});
