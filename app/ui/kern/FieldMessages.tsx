/**
 * The pieces every KERN form control shares: ids for its hint and error, the `aria-describedby`
 * that links them, the hint and the inline error. Used by Field, Select, RadioGroup and
 * CheckboxGroup – the project's one form pattern (see those files).
 */
import type { ReactNode } from "react";
import { useContentMessages } from "../i18n";

const hintId = (id: string) => `${id}-hinweis`;
const errorId = (id: string) => `${id}-fehler`;

/** The ids a control is described by: its hint and, when there is one, its error. */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: string }): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="kern-hint" id={hintId(id)}>
      {children}
    </div>
  );
}

/** The inline error under a control; "Fehler:" is read out but not shown (the icon shows it). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useContentMessages();
  if (!error) return null;
  return (
    <p className="kern-error" id={errorId(id)}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">
        <span className="kern-sr-only">{t.kernErrorPrefix} </span>
        {error}
      </span>
    </p>
  );
}

/** "– optional" after the label of a field that may stay empty. */
export function OptionalMark({ optional }: { optional?: boolean }) {
  const t = useContentMessages();
  return optional ? <span className="kern-label__optional">{t.kernOptional}</span> : null;
}
