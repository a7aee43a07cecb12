/**
 * The plain form to send a message (POST-redirect-GET). The hidden client_id is the message's
 * idempotency key: submitting the same form twice stores the message once. After an error the
 * form comes back with the typed text and the same client_id.
 */
import { Form } from "@remix-run/react";
import { MESSAGE_MAX_LENGTH } from "../../domain/chat/messages";
import { Button } from "../kern/Button";
import { Textarea } from "../kern/Textarea";

export function SendForm({ clientId, text, error, label = "Ihre Nachricht" }: { clientId: string; text?: string; error?: string; label?: string }) {
  return (
    <Form method="post" noValidate key={clientId}>
      <input type="hidden" name="aktion" value="senden" />
      <input type="hidden" name="client_id" value={clientId} />
      <Textarea id="text" label={label} hint={`Höchstens ${MESSAGE_MAX_LENGTH.toLocaleString("de-DE")} Zeichen. Nur Text.`} defaultValue={text} error={error} rows={4} />
      <div className="kern-btn-wrapper">
        <Button>Nachricht senden</Button>
      </div>
    </Form>
  );
}
