/**
 * The list-based appointment picker: kind, then a day of a week, then a time – each a GET form
 * with a fieldset of radio buttons, so it works without JavaScript and reads as plain questions
 * with a screen reader. The choices made so far stay visible with a link to change each.
 */
import { Form, Link } from "@remix-run/react";
import type { ChoiceLink, Option } from "../../server/booking/booking-page.server";
import { Button } from "../kern/Button";
import { DescriptionList } from "../kern/DescriptionList";
import { RadioGroup } from "../kern/RadioGroup";

export const STEP_TITLES = ["Art des Termins", "Tag", "Uhrzeit", "Ihre Angaben"] as const;

export function stepHeading(step: number): string {
  return `Schritt ${step} von ${STEP_TITLES.length}: ${STEP_TITLES[step - 1]}`;
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
