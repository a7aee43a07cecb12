/**
 * A KERN text input with label, hint and inline error. The form pattern of the project:
 *
 * - every control has a visible label and a hint, both linked: the hint and the error are in
 *   `aria-describedby`, the error also sets `aria-invalid`;
 * - the control's `id` is also its `name` and the target of the ErrorSummary's link;
 * - values are uncontrolled (`defaultValue`), so the form works without JavaScript; after a
 *   failed submission the page renders again with what the user typed;
 * - validation happens on the server (zod); there is no `required`/`pattern` in the browser,
 *   so every user gets the same, explained messages.
 */
import type { ReactNode } from "react";
import { describedBy, FieldError, Hint, OptionalMark } from "./FieldMessages";

export type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
  /** Keyboard on touch devices: "numeric" for whole numbers, "decimal" for amounts. */
  inputMode?: "text" | "numeric" | "decimal";
  autoComplete?: string;
  /** KERN's narrow widths for short answers: 2 (age) or 4 (postcode). */
  width?: 2 | 4;
  /** "password" for passwords (never given a defaultValue), "email" for addresses. */
  type?: "text" | "password" | "email" | "date";
  /** Only for the field that should take the focus when the page shows again (a row just added). */
  autoFocus?: boolean;
  /** id of a <datalist> with suggestions (a progressive enhancement; without JavaScript it stays empty). */
  list?: string;
  onInput?: (value: string) => void;
};

export function Field({ id, label, hint, error, defaultValue, optional, inputMode = "text", autoComplete, width, type = "text", autoFocus, list, onInput }: FieldProps) {
  const inputClasses = ["kern-form-input__input", width ? `kern-form-input__input--width-${width}` : null, error ? "kern-form-input__input--error" : null];
  return (
    <div className={error ? "kern-form-input kern-form-input--error" : "kern-form-input"}>
      <label className="kern-label" htmlFor={id}>
        {label} <OptionalMark optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <input
        className={inputClasses.filter(Boolean).join(" ")}
        id={id}
        name={id}
        type={type}
        inputMode={type === "text" ? inputMode : undefined}
        autoComplete={autoComplete ?? "off"}
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        list={list}
        onInput={onInput ? (event) => onInput(event.currentTarget.value) : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
