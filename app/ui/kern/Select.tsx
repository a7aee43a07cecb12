/** A KERN select list; same pattern as Field (label, hint, inline error, id = name = link target). */
import type { ReactNode } from "react";
import { describedBy, FieldError, Hint } from "./FieldMessages";

export type SelectProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  defaultValue?: string;
  /** Only for the control that should take the focus when the page shows again (a row just added). */
  autoFocus?: boolean;
};

export function Select({ id, label, hint, error, options, defaultValue, autoFocus }: SelectProps) {
  return (
    <div className={error ? "kern-form-input kern-form-input--error" : "kern-form-input"}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <div className="kern-form-input__select-wrapper">
        <select
          className={error ? "kern-form-input__select kern-form-input__select--error" : "kern-form-input__select"}
          id={id}
          name={id}
          defaultValue={defaultValue}
          autoFocus={autoFocus}
          aria-describedby={describedBy(id, { hint, error })}
          aria-invalid={error ? true : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
