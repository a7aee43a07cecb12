/**
 * The list of a form's errors at the top of the page (a KERN danger alert, since KERN has no
 * error summary of its own). Each message links to its field (`#id`). With JavaScript the summary
 * takes the focus when it appears, so keyboard and screen reader users land on it; without
 * JavaScript pages put it first in <main> and start their title with "Fehler: ".
 */
import { useEffect, useRef, type MouseEvent } from "react";

export type FormError = { fieldId: string; message: string };

/** Moves the focus to the field itself (a plain fragment link only scrolls to it). */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

export function ErrorSummary({ errors, title }: { errors: readonly FormError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.fieldId}:${error.message}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  const heading = title ?? (errors.length === 1 ? "Bitte prüfen Sie eine Angabe" : `Bitte prüfen Sie ${errors.length} Angaben`);
  return (
    <div className="kern-alert kern-alert--danger sp-error-summary" role="region" tabIndex={-1} ref={ref} aria-labelledby="fehlerliste-titel">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="fehlerliste-titel">
          {heading}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a className="kern-link" href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
