/**
 * The list-based appointment picker: kind, then a day of a week, then a time – each a GET form
 * with a fieldset of radio buttons, so it works without JavaScript and reads as plain questions
 * with a screen reader. The choices made so far stay visible with a link to change each.
 */
import { Form, Link } from "@remix-run/react";
import type { ChoiceLink, Option, PickerView } from "../../server/booking/booking-page.server";
import { Button } from "../kern/Button";
import { DescriptionList } from "../kern/DescriptionList";
import { RadioGroup } from "../kern/RadioGroup";

export const STEP_TITLES = ["Art des Termins", "Tag", "Uhrzeit", "Ihre Angaben"] as const;
/** Moving a booking keeps its kind: day, time, then confirming the new time. */
export const MOVE_STEP_TITLES = ["Tag", "Uhrzeit", "Neue Zeit bestätigen"] as const;

export function stepHeading(step: number, titles: readonly string[] = STEP_TITLES): string {
  return `Schritt ${step} von ${titles.length}: ${titles[step - 1]}`;
}

export function ChosenSummary({ chosen }: { chosen: readonly ChoiceLink[] }) {
  if (chosen.length === 0) return null;
  return (
    <section aria-labelledby="ihre-auswahl" className="sp-booking-chosen">
      <h2 className="kern-heading-small" id="ihre-auswahl">
        Ihre Auswahl
      </h2>
      <DescriptionList
        items={chosen.map((choice) => ({
          key: choice.label,
          term: choice.label,
          value: (
            <>
              {choice.value}{" "}
              <Link className="kern-link" to={choice.href}>
                ändern<span className="kern-sr-only"> ({choice.label})</span>
              </Link>
            </>
          ),
        }))}
      />
    </section>
  );
}

function Hidden({ values }: { values: Record<string, string | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
    </>
  );
}

export function KindStep({ base, options, value, error }: { base: string; options: Option[]; value?: string; error?: string }) {
  return (
    <Form method="get" action={base}>
      <Hidden values={{ schritt: "1" }} />
      <RadioGroup id="art" legend="Wie möchten Sie beraten werden?" options={options} defaultValue={value} error={error} />
      <div className="kern-btn-wrapper">
        <Button>Weiter</Button>
      </div>
    </Form>
  );
}

export type WeekData = { woche: string; label: string; days: Option[]; previous: string | null; next: string | null; previousLabel: string | null; nextLabel: string | null };

export function DayStep({ base, art, week, value, error }: { base: string; art: string; week: WeekData; value?: string; error?: string }) {
  return (
    <>
      <h3 className="kern-heading-small">Woche vom {week.label}</h3>
      {week.days.length > 0 ? (
        <Form method="get" action={base}>
          <Hidden values={{ art, woche: week.woche, schritt: "2" }} />
          <RadioGroup id="tag" legend="An welchem Tag möchten Sie kommen oder angerufen werden?" hint="Es werden nur Tage mit freien Zeiten angezeigt." options={week.days} defaultValue={value} error={error} />
          <div className="kern-btn-wrapper">
            <Button>Weiter</Button>
          </div>
        </Form>
      ) : (
        <p className="kern-body">In dieser Woche ist keine Zeit mehr frei. Bitte sehen Sie in einer anderen Woche nach.</p>
      )}
      <nav aria-label="Andere Wochen" className="sp-booking-weeks">
        <ul className="kern-list">
          {week.previous ? (
            <li>
              <Link className="kern-link" to={week.previous}>
                Vorherige Woche ({week.previousLabel})
              </Link>
            </li>
          ) : null}
          {week.next ? (
            <li>
              <Link className="kern-link" to={week.next}>
                Nächste Woche ({week.nextLabel})
              </Link>
            </li>
          ) : (
            <li>Weiter im Voraus kann noch nicht gebucht werden.</li>
          )}
        </ul>
      </nav>
    </>
  );
}

export function TimeStep({ base, art, tag, dayLabel, options, error }: { base: string; art: string; tag: string; dayLabel: string; options: Option[]; error?: string }) {
  return (
    <Form method="get" action={base}>
      <Hidden values={{ art, tag, schritt: "3" }} />
      <RadioGroup id="zeit" legend={`Welche Uhrzeit am ${dayLabel}?`} hint="Alle Zeiten in deutscher Zeit (Berlin)." options={options} error={error} />
      <div className="kern-btn-wrapper">
        <Button>Weiter</Button>
      </div>
    </Form>
  );
}

/**
 * The picker's GET steps for a view from pickerView: kind (1), day (2) and time (3); nothing for
 * step 4, which each page fills itself (the booking form, the confirmation of a move).
 */
export function PickerSteps({ view, base }: { view: Pick<PickerView, "step" | "error" | "arten" | "week" | "times" | "chosen" | "params">; base: string }) {
  const art = view.params.art;
  const error = view.error?.message;
  if (view.step === 1) return <KindStep base={base} options={view.arten} value={art} error={error} />;
  if (view.step === 2 && view.week && art) return <DayStep base={base} art={art} week={view.week} error={error} />;
  if (view.step === 3 && view.times && art && view.params.tag) {
    const dayLabel = view.chosen.find((c) => c.label === "Tag")?.value ?? view.params.tag;
    return <TimeStep base={base} art={art} tag={view.params.tag} dayLabel={dayLabel} options={view.times} error={error} />;
  }
  return null;
}
