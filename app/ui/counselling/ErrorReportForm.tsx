/**
 * "Fehler in den Angaben melden" on the centre page: POST to the page itself, errors in an
 * ErrorSummary and inline, typed text kept; after sending, POST-redirect-GET with a thank-you
 * flash. The honeypot field is hidden from people (off-screen, out of the tab order, hidden from
 * screen readers) but not from simple bots.
 */
import { Form } from "@remix-run/react";
import { KONTAKT_MAX, NACHRICHT_MAX, type ErrorReportField } from "../../domain/counselling/error-report";
import { Alert } from "../kern/Alert";
import { Button } from "../kern/Button";
import { ErrorSummary } from "../kern/ErrorSummary";
import { Field } from "../kern/Field";
import { Honeypot } from "../kern/Honeypot";
import { Textarea } from "../kern/Textarea";

export type ErrorReportFeedback = {
  errors: Partial<Record<ErrorReportField, string>>;
  values: Record<ErrorReportField, string>;
  /** The friendly refusal when a limit is reached. */
  refused?: string;
};

const ORDER: readonly ErrorReportField[] = ["nachricht", "kontakt"];

/**
 * What went wrong with a sent report, for the top of the page: the page answering a POST without
 * JavaScript opens at its top, so the summary (with links down to the fields) must be there.
 */
export function ErrorReportProblems({ feedback }: { feedback?: ErrorReportFeedback }) {
  const errors = ORDER.filter((field) => feedback?.errors[field]).map((field) => ({ fieldId: field, message: feedback!.errors[field]! }));
  return (
    <>
      <ErrorSummary errors={errors} />
      {feedback?.refused ? (
        <Alert kind="warning" title="Meldung nicht gesendet" live="assertive">
          <p className="kern-body">{feedback.refused}</p>
          <p className="kern-body">
            <a className="kern-link" href="#nachricht">
              Zum Formular
            </a>
          </p>
        </Alert>
      ) : null}
    </>
  );
}

export function ErrorReportForm({ feedback, sent }: { feedback?: ErrorReportFeedback; sent?: string | null }) {
  return (
    <>
      {sent ? (
        <Alert kind="success" title="Vielen Dank für Ihre Meldung">
          <p className="kern-body">{sent}</p>
        </Alert>
      ) : null}
      <p className="kern-body">
        Stimmt eine Angabe nicht mehr, etwa die Adresse oder die Öffnungszeiten? Schreiben Sie uns kurz, was falsch ist. Die Meldung geht an die
        Redaktion dieser Beratungsstelle. Bitte schreiben Sie hier nichts über sich oder Ihre Situation – für eine Beratung wenden Sie sich direkt an die
        Stelle.
      </p>
      <Form method="post" noValidate className="sp-report-form" key={sent ?? "form"}>
        <Textarea
          id="nachricht"
          label="Was stimmt nicht?"
          hint={`Höchstens ${NACHRICHT_MAX.toLocaleString("de-DE")} Zeichen.`}
          error={feedback?.errors.nachricht}
          defaultValue={feedback?.values.nachricht}
        />
        <Field
          id="kontakt"
          label="E-Mail-Adresse oder Telefonnummer für Rückfragen"
          optional
          hint={`Nur, wenn wir Sie bei Rückfragen erreichen dürfen. Höchstens ${KONTAKT_MAX} Zeichen.`}
          error={feedback?.errors.kontakt}
          defaultValue={feedback?.values.kontakt}
          autoComplete="email"
        />
        <Honeypot />
        <div className="kern-btn-wrapper">
          <Button variant="secondary">Meldung senden</Button>
        </div>
      </Form>
    </>
  );
}
