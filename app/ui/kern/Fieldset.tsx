/**
 * A KERN fieldset that groups several controls under one legend, e.g. one row of opening hours
 * ("Öffnungszeit 2": Wochentag, von, bis). For a group of radio buttons or checkboxes use
 * ChoiceGroup (RadioGroup, CheckboxGroup) instead.
 */
import type { ReactNode } from "react";

export function Fieldset({ legend, children, className }: { legend: ReactNode; children: ReactNode; className?: string }) {
  return (
    <fieldset className={className ? `kern-fieldset ${className}` : "kern-fieldset"}>
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">{children}</div>
    </fieldset>
  );
}
