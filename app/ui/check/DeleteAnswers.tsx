/**
 * "Alle Angaben löschen": a plain POST form, on every step, the summary and the result. It works
 * without JavaScript and removes the answers at once (leistungs-check.loeschen.tsx).
 */
import { Form } from "@remix-run/react";
import { Button } from "../kern/Button";

const DELETE_ACTION = "/leistungs-check/loeschen";

export function DeleteAnswers() {
  return (
    <Form method="post" action={DELETE_ACTION} className="sp-check-delete sp-no-print">
      <p className="kern-body kern-body--small">
        Ihre Angaben bleiben höchstens 24 Stunden in Ihrem Browser gespeichert. Sie können sie jederzeit löschen.
      </p>
      <Button variant="tertiary" icon="delete">
        Alle Angaben löschen
      </Button>
    </Form>
  );
}
