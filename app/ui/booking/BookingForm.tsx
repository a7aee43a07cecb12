/**
 * Step 4 of the booking: the short form. Name or pseudonym is the only required text; e-mail and
 * phone are optional, topic and note short. The hidden idempotency key makes a double submit
 * return the same booking. When the time was taken meanwhile, the three alternatives replace the
 * hidden time as radio buttons, and everything typed stays.
 */
import { Form, Link } from "@remix-run/react";
import { CONSENT_VALUE, NAME_MAX, NOTIZ_MAX, type BookingFormValues } from "../../domain/booking/booking-form";
import type { Option } from "../../server/booking/booking-page.server";
import { Button } from "../kern/Button";
import { CheckboxGroup } from "../kern/CheckboxGroup";
import { Field } from "../kern/Field";
import { RadioGroup } from "../kern/RadioGroup";
import { Select } from "../kern/Select";
import { Textarea } from "../kern/Textarea";

export const PRIVACY_PATH = "/termine/datenschutz";

export type BookingFormProps = {
  action: string;
  /** The picker's day step, when no alternative is left. */
  daysHref: string;
  art: string;
  zeit: string | null;
  alternatives: Option[] | null;
  values: BookingFormValues;
  errors: readonly { fieldId: string; message: string }[];
  topics: Option[];
};

export function BookingForm({ action, daysHref, art, zeit, alternatives, values, errors, topics }: BookingFormProps) {
  const error = (field: string) => errors.find((e) => e.fieldId === field)?.message;
  return (
    <Form method="post" action={action} noValidate>
      <input type="hidden" name="art" value={art} />
      <input type="hidden" name="schluessel" value={values.schluessel} />
      {zeit ? (
        <input type="hidden" name="zeit" value={zeit} />
      ) : (
        <>
          <input type="hidden" name="alternativen" value="ja" />
          {alternatives && alternatives.length > 0 ? (
            <RadioGroup id="zeit" legend="Nächste freie Zeiten" options={alternatives} error={error("zeit")} />
          ) : (
            <p className="kern-body" id="zeit">
              In der Nähe dieser Zeit ist nichts mehr frei. <Link className="kern-link" to={daysHref}>Bitte wählen Sie einen anderen Tag.</Link>
            </p>
          )}
        </>
      )}
      <Field id="name" label="Name oder Pseudonym" hint={`Sie müssen nicht Ihren echten Namen angeben. Höchstens ${NAME_MAX} Zeichen.`} autoComplete="nickname" defaultValue={values.name} error={error("name")} />
      <Field id="email" type="email" optional label="E-Mail-Adresse" hint="Nur für die Bestätigung und eine Erinnerung einen Tag vor dem Termin." autoComplete="email" defaultValue={values.email} error={error("email")} />
      <Field
        id="telefon"
        optional
        label="Telefonnummer"
        hint={art === "telefon" ? "Wenn die Beratungsstelle Sie anrufen soll. Ohne Nummer rufen Sie selbst zur vereinbarten Zeit an." : "Nur für Rückfragen der Beratungsstelle."}
        autoComplete="tel"
        defaultValue={values.telefon}
        error={error("telefon")}
      />
      <Select
        id="thema"
        label={
          <>
            Thema <span className="kern-label__optional">– optional</span>
          </>
        }
        options={[{ value: "", label: "Keine Angabe" }, ...topics]}
        defaultValue={values.thema}
        error={error("thema")}
      />
      <Textarea
        id="notiz"
        optional
        rows={3}
        label="Kurze Nachricht an die Beratungsstelle"
        hint={`Höchstens ${NOTIZ_MAX} Zeichen. Bitte schreiben Sie nur, was für die Vorbereitung nötig ist – alles Weitere besprechen Sie im Termin.`}
        defaultValue={values.notiz}
        error={error("notiz")}
      />
      <p className="kern-body">
        Ihre Angaben sieht nur die Beratungsstelle, und sie werden nur für diesen Termin verwendet. Mehr dazu in den{" "}
        <Link className="kern-link" to={PRIVACY_PATH}>
          Datenschutzhinweisen zur Terminbuchung
        </Link>
        .
      </p>
      <CheckboxGroup
        id="einwilligung"
        legend="Einwilligung"
        options={[{ value: CONSENT_VALUE, label: "Ich habe die Datenschutzhinweise gelesen und bin einverstanden, dass meine Angaben für diesen Termin gespeichert werden." }]}
        defaultValue={[values.einwilligung]}
        error={error("einwilligung")}
      />
      <div className="kern-btn-wrapper">
        <Button>Termin verbindlich buchen</Button>
      </div>
    </Form>
  );
}
