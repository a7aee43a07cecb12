/** A stored answer as the summary shows it: "450 € im Monat", "Zur Miete", "Keine Angabe". */
import type { AnswerValue, Option, Question } from "../../domain/benefits/questionnaire/types";
import { formatEuro } from "../../i18n/format";

const optionLabel = (options: readonly Option[], value: string) => options.find((option) => option.value === value)?.label ?? value;

export function answerText(question: Question, value: AnswerValue): string {
  if (value === null) return "Keine Angabe";
  switch (question.kind) {
    case "integer":
      if (!question.unit) return String(value);
      return value === 1 && question.unit === "Jahre" ? "1 Jahr" : `${value} ${question.unit}`;
    case "euro":
      return `${formatEuro(Number(value))}${question.perMonth ? " im Monat" : ""}`;
    case "plz":
      return String(value);
    case "choice":
      return optionLabel(question.options, String(value));
    case "multi":
      return Array.isArray(value) && value.length > 0 ? value.map((item) => optionLabel(question.options, item)).join(", ") : "Nichts davon";
  }
}
