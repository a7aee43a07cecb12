/**
 * A KERN fieldset of radio buttons or checkboxes: the legend is the question, hint and error are
 * linked to the fieldset with `aria-describedby`. The first option's input carries the group's
 * `id`, so an ErrorSummary link (`#id`) lands on the group. RadioGroup and CheckboxGroup are the
 * two faces of this component.
 */
import type { ReactNode } from "react";
import { describedBy, FieldError, Hint } from "./FieldMessages";

export type ChoiceGroupProps = {
  /** Group id: the form field name and the first input's id. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
};

type Props = ChoiceGroupProps & { type: "radio" | "checkbox"; checked: (value: string) => boolean };

const optionId = (groupId: string, index: number, value: string) => (index === 0 ? groupId : `${groupId}-${value}`);

export function ChoiceGroup({ id, legend, hint, error, options, type, checked }: Props) {
  const inputClass = `kern-form-check__${type}`;
  return (
    <fieldset className={error ? "kern-fieldset kern-fieldset--error" : "kern-fieldset"} aria-describedby={describedBy(id, { hint, error })}>
      <legend className="kern-label">{legend}</legend>
      <Hint id={id}>{hint}</Hint>
      <div className="kern-fieldset__body">
        {options.map((option, index) => {
          const inputId = optionId(id, index, option.value);
          return (
            <div className="kern-form-check" key={option.value}>
              <input
                className={error ? `${inputClass} ${inputClass}--error` : inputClass}
                type={type}
                id={inputId}
                name={id}
                value={option.value}
                defaultChecked={checked(option.value)}
              />
              <label className="kern-label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
