/**
 * The counsellors' chat settings on /verwaltung/gespraeche (plain POST forms): the absence note of
 * a centre shown to help seekers, and the own opt-in to the e-mail "neue Nachricht".
 */
import { Form } from "@remix-run/react";
import { ABSENCE_TEXT_MAX_LENGTH } from "../../domain/chat/absence";
import { Button } from "../kern/Button";
import { CheckboxGroup } from "../kern/CheckboxGroup";
import { Field } from "../kern/Field";

export type AbsenceFormState = { text: string; bis: string; errors: Array<{ fieldId: string; message: string }> };

export const absenceFieldIds = (stelleId: string) => ({ text: `abwesenheit_text_${stelleId}`, bis: `abwesend_bis_${stelleId}` });

export function AbsenceForm({ stelleId, stelleName, stored, state }: { stelleId: string; stelleName: string; stored: { text: string; bis: string | null }; state?: AbsenceFormState }) {
  const ids = absenceFieldIds(stelleId);
  const errorOf = (id: string) => state?.errors.find((e) => e.fieldId === id)?.message;
  return (
    <Form method="post" noValidate aria-label={`Abwesenheitsnotiz – ${stelleName}`}>
      <h3 className="kern-heading-small">Abwesenheitsnotiz für Ratsuchende</h3>
      <input type="hidden" name="aktion" value="abwesenheit" />
      <input type="hidden" name="stelle_id" value={stelleId} />
      <Field
        id={ids.text}
        label="Hinweis"
        optional
        hint={`Zum Beispiel „Wir sind bis 2. Januar nicht erreichbar.“ Erscheint beim Start und im Gespräch. Leer lassen, um den Hinweis zu entfernen. Höchstens ${ABSENCE_TEXT_MAX_LENGTH} Zeichen.`}
        defaultValue={state?.text ?? stored.text}
        error={errorOf(ids.text)}
      />
      <Field
        id={ids.bis}
        type="date"
        label="Abwesend bis"
        optional
        hint="Letzter Tag, an dem der Hinweis erscheint (TT.MM.JJJJ). Danach verschwindet er von selbst."
        defaultValue={state?.bis ?? stored.bis ?? ""}
        error={errorOf(ids.bis)}
      />
      <div className="kern-btn-wrapper">
        <Button variant="secondary">Hinweis speichern</Button>
      </div>
    </Form>
  );
}

export function MailOptInForm({ enabled }: { enabled: boolean }) {
  return (
    <Form method="post">
      <h2 className="kern-heading-medium">Benachrichtigung per E-Mail</h2>
      <p className="kern-body">
        Schreibt eine ratsuchende Person in einem Gespräch, das Sie angenommen haben, bekommen Sie eine E-Mail ohne Inhalt, nur mit dem Link zum
        Gespräch – höchstens einmal pro Stunde und Gespräch.
      </p>
      <input type="hidden" name="aktion" value="benachrichtigung" />
      <CheckboxGroup
        id="mail"
        legend="E-Mail bei neuer Nachricht"
        options={[{ value: "ja", label: "Ja, mich per E-Mail über neue Nachrichten benachrichtigen." }]}
        defaultValue={enabled ? ["ja"] : []}
      />
      <div className="kern-btn-wrapper">
        <Button variant="secondary">Einstellung speichern</Button>
      </div>
    </Form>
  );
}
