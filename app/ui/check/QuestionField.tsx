/** One question of the Leistungs-Check as the matching KERN form control. */
import type { Question } from "../../domain/benefits/questionnaire/types";
import { CheckboxGroup } from "../kern/CheckboxGroup";
import { ExternalLink } from "../kern/ExternalLink";
import { Field } from "../kern/Field";
import { RadioGroup } from "../kern/RadioGroup";
import { Select } from "../kern/Select";

export function QuestionField({ question, value, error }: { question: Question; value: string | string[]; error?: string }) {
  const hint = question.hilfeLink ? (
    <>
      {question.hint} <ExternalLink href={question.hilfeLink.url}>{question.hilfeLink.titel}</ExternalLink>
    </>
  ) : (
    question.hint
  );
  const common = { id: question.id, hint, error };
  const text = typeof value === "string" ? value : "";
  switch (question.kind) {
    case "integer":
      return <Field {...common} label={question.label} defaultValue={text} inputMode="numeric" width={2} />;
    case "euro":
      return <Field {...common} label={question.label} defaultValue={text} inputMode="decimal" width={4} optional={question.optional} />;
    case "plz":
      return <Field {...common} label={question.label} defaultValue={text} inputMode="numeric" autoComplete="postal-code" width={4} />;
    case "choice":
      return question.display === "select" ? (
        <Select {...common} label={question.label} options={question.options} defaultValue={text} />
      ) : (
        <RadioGroup {...common} legend={question.label} options={question.options} defaultValue={text} />
      );
    case "multi":
      return <CheckboxGroup {...common} legend={question.label} options={question.options} defaultValue={Array.isArray(value) ? value : []} />;
  }
}
