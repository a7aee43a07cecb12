/**
 * The help seeker deletes the conversation (issue 7: at any time): a plain form with a required
 * confirmation, so it works without JavaScript and is not triggered by one stray click.
 */
import { Form } from "@remix-run/react";
import { Button } from "../kern/Button";
import { CheckboxGroup } from "../kern/CheckboxGroup";

export function DeleteConversationForm({ error }: { error?: string }) {
  return (
    <section aria-labelledby="gespraech-loeschen-titel">
      <h2 className="kern-heading-medium" id="gespraech-loeschen-titel">Gespräch löschen</h2>
      <p className="kern-body">
        Sie können das Gespräch jederzeit löschen. Dann werden alle Nachrichten sofort und endgültig gelöscht, auch für die Beratung. Der Code und
        der Link funktionieren danach nicht mehr.
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="aktion" value="loeschen" />
        <CheckboxGroup
          id="bestaetigung"
          legend="Bestätigung"
          options={[{ value: "ja", label: "Ja, das Gespräch mit allen Nachrichten endgültig löschen." }]}
          defaultValue={[]}
          error={error}
        />
        <div className="kern-btn-wrapper">
          <Button variant="secondary">Gespräch löschen</Button>
        </div>
      </Form>
    </section>
  );
}
