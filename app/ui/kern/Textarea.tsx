/**
 * A KERN multi-line text input; same pattern as Field (label, hint, inline error, id = name =
 * ErrorSummary link target, uncontrolled, validated on the server). A length limit is stated in
 * the hint rather than enforced with `maxLength`, which would cut pasted text off silently.
 */
import type { ReactNode } from "react";
import { describedBy, FieldError, Hint, OptionalMark } from "./FieldMessages";

export type TextareaProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
  rows?: number;
};

export function Textarea({ id, label, hint, error, defaultValue, optional, rows = 5 }: TextareaProps) {
  return (
    <div className={error ? "kern-form-input kern-form-input--error" : "kern-form-input"}>
      <label className="kern-label" htmlFor={id}>
        {label} <OptionalMark optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <textarea
        className={error ? "kern-form-input__input kern-form-input__input--error" : "kern-form-input__input"}
        id={id}
        name={id}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
