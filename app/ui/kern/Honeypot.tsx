/**
 * The honeypot of the public forms (error reports, accessibility feedback): a field people never
 * see or reach (clipped, out of the tab order, hidden from screen readers) but simple bots fill.
 * Clipped rather than moved off-screen, so a right-to-left page does not scroll sideways.
 */
import { HONEYPOT_FIELD } from "../../domain/counselling/error-report";

export function Honeypot() {
  return (
    <div className="sp-honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>Bitte leer lassen</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
