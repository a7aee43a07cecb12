/**
 * Weekly opening hours and date exceptions of the centre form as rows of plain fields. Rows are
 * added and removed with submit buttons (`aktion=zeit-hinzufuegen`, `aktion=zeit-entfernen-2`):
 * the whole form goes to the server and comes back with the row added or removed, nothing
 * saved – so it works without JavaScript. The control named by `focusId` takes the focus then.
 */
import type { CentreFormValues } from "../../domain/counselling/centre-form";
import { exceptionFieldId, hoursFieldId } from "../../domain/counselling/centre-form";
import { WOCHENTAG_LANG } from "../../domain/counselling/labels";
import { Button } from "../kern/Button";
import { Field } from "../kern/Field";
import { Fieldset } from "../kern/Fieldset";
import { RadioGroup } from "../kern/RadioGroup";
import { Select } from "../kern/Select";

type Errors = Readonly<Record<string, string>>;

const DAYS = Object.entries(WOCHENTAG_LANG).map(([value, label]) => ({ value, label }));
const TIME_HINT = "z. B. 09:00";

export function WeeklyHoursRows({ rows, errors, focusId }: { rows: CentreFormValues["zeiten"]; errors: Errors; focusId?: string }) {
  return (
    <>
      {rows.length === 0 ? <p className="kern-body">Keine Öffnungszeiten eingetragen.</p> : null}
      {rows.map((row, index) => {
        const id = (part: "tag" | "von" | "bis") => hoursFieldId(index, part);
        return (
          <Fieldset key={index} legend={`Öffnungszeit ${index + 1}`} className="sp-zeile">
            <Select id={id("tag")} label="Wochentag" options={DAYS} defaultValue={row.tag} error={errors[id("tag")]} autoFocus={focusId === id("tag")} />
            <Field id={id("von")} label="von" hint={TIME_HINT} defaultValue={row.von} error={errors[id("von")]} width={4} />
            <Field id={id("bis")} label="bis" hint={TIME_HINT} defaultValue={row.bis} error={errors[id("bis")]} width={4} />
            <div className="kern-btn-wrapper">
              <Button variant="tertiary" icon="delete" name="aktion" value={`zeit-entfernen-${index}`}>
                {`Öffnungszeit ${index + 1} entfernen`}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div className="kern-btn-wrapper">
        <Button variant="secondary" icon="add" name="aktion" value="zeit-hinzufuegen" autoFocus={focusId === "zeit-hinzufuegen"}>
          Zeile hinzufügen
        </Button>
      </div>
    </>
  );
}

const ART = [
  { value: "geschlossen", label: "Ganztägig geschlossen" },
  { value: "zeiten", label: "Andere Öffnungszeiten (von – bis)" },
];

export function ExceptionRows({ rows, errors, focusId }: { rows: CentreFormValues["ausnahmen"]; errors: Errors; focusId?: string }) {
  return (
    <>
      {rows.length === 0 ? <p className="kern-body">Keine Ausnahmen eingetragen.</p> : null}
      {rows.map((row, index) => {
        const id = (part: "datum" | "art" | "von" | "bis" | "hinweis") => exceptionFieldId(index, part);
        return (
          <Fieldset key={index} legend={`Ausnahme ${index + 1}`} className="sp-zeile">
            <Field id={id("datum")} label="Datum" hint="TT.MM.JJJJ" defaultValue={row.datum} error={errors[id("datum")]} autoFocus={focusId === id("datum")} />
            <RadioGroup id={id("art")} legend="An diesem Tag" options={ART} defaultValue={row.art} error={errors[id("art")]} />
            <Field id={id("von")} label="von" hint="Nur bei anderen Öffnungszeiten" defaultValue={row.von} error={errors[id("von")]} width={4} />
            <Field id={id("bis")} label="bis" hint="Nur bei anderen Öffnungszeiten" defaultValue={row.bis} error={errors[id("bis")]} width={4} />
            <Field id={id("hinweis")} label="Hinweis für Besucherinnen und Besucher" optional hint="z. B. Teamfortbildung" defaultValue={row.hinweis} error={errors[id("hinweis")]} />
            <div className="kern-btn-wrapper">
              <Button variant="tertiary" icon="delete" name="aktion" value={`ausnahme-entfernen-${index}`}>
                {`Ausnahme ${index + 1} entfernen`}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div className="kern-btn-wrapper">
        <Button variant="secondary" icon="add" name="aktion" value="ausnahme-hinzufuegen" autoFocus={focusId === "ausnahme-hinzufuegen"}>
          Ausnahme hinzufügen
        </Button>
      </div>
    </>
  );
}
