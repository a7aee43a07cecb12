/**
 * The feedback form of the accessibility statement: POST to the page itself, errors in the
 * ErrorSummary (rendered at the top by the route) and inline, typed text kept; after sending,
 * POST-redirect-GET with a thank-you flash. Honeypot as on the error-report form.
 */
import { Form } from "@remix-run/react";
import { FEEDBACK_FIELDS, FEEDBACK_MAX, type FeedbackField } from "../../domain/accessibility/feedback";
import { Alert } from "../kern/Alert";
import { Button } from "../kern/Button";
import { ErrorSummary } from "../kern/ErrorSummary";
import { Field } from "../kern/Field";
import { Honeypot } from "../kern/Honeypot";
import { Textarea } from "../kern/Textarea";

export type FeedbackState = {
  errors: Partial<Record<FeedbackField, string>>;
  values: Record<FeedbackField, string>;
  refused?: string;
};

export function FeedbackProblems({ state }: { state?: FeedbackState }) {
  const errors = FEEDBACK_FIELDS.filter((field) => state?.errors[field]).map((field) => ({ fieldId: field, message: state!.errors[field]! }));
  return (
    <>
      <ErrorSummary errors={errors} />
      {state?.refused ? (
        <Alert kind="warning" title="Rückmeldung nicht gesendet" live="assertive">
          <p className="kern-body">{state.refused}</p>
        </Alert>
      ) : null}
    </>
  );
}

export function FeedbackForm({ state, sent }: { state?: FeedbackState; sent: string | null }) {
  return (
    <>
      {sent ? (
        <Alert kind="success" title="Vielen Dank für Ihre Rückmeldung">
          <p className="kern-body">{sent}</p>
        </Alert>
      ) : null}
      <Form method="post" noValidate className="sp-feedback-form" key={sent ?? "form"}>
        <Textarea
          id="nachricht"
          label="Was konnten Sie nicht nutzen?"
          hint={`Beschreiben Sie bitte, was nicht ging und womit Sie die Seite nutzen (zum Beispiel Screenreader, Tastatur, Vergrößerung). Höchstens ${FEEDBACK_MAX.toLocaleString("de-DE")} Zeichen.`}
          error={state?.errors.nachricht}
          defaultValue={state?.values.nachricht}
        />
        <Field
          id="seite"
          label="Auf welcher Seite?"
          optional
          hint="Zum Beispiel die Adresse oder die Überschrift der Seite."
          error={state?.errors.seite}
          defaultValue={state?.values.seite}
        />
        <Field
          id="email"
          label="Ihre E-Mail-Adresse für die Antwort"
          optional
          hint="Dann bekommen Sie eine Bestätigung und unsere Antwort. Ohne Adresse können wir Ihnen nicht antworten."
          error={state?.errors.email}
          defaultValue={state?.values.email}
          autoComplete="email"
        />
        <Honeypot />
        <div className="kern-btn-wrapper">
          <Button>Rückmeldung senden</Button>
        </div>
      </Form>
    </>
  );
}
