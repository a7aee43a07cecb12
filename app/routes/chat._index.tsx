/** /chat: continue an anonymous conversation by entering its code (the private link's last part). */
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { formFields, NO_STORE } from "../server/chat/pages.server";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Online-Beratung fortsetzen") }];

export async function action({ request, context }: ActionFunctionArgs) {
  const code = (formFields(await request.formData()).code ?? "").trim().replace(/^.*\/chat\//, "").replace(/\/zugang$/, "");
  const gespraech = code ? await context.services.chat.byToken(code) : null;
  if (!gespraech) {
    const message = code ? "Zu diesem Code gibt es kein Gespräch. Bitte prüfen Sie den Code." : "Bitte geben Sie Ihren Code ein.";
    return data({ errors: [{ fieldId: "code", message }] }, { status: 200, headers: NO_STORE });
  }
  return redirect(`/chat/${encodeURIComponent(code)}`, { status: 303, headers: NO_STORE });
}

export default function ChatContinue() {
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      <h1 className="kern-heading-large">Online-Beratung fortsetzen</h1>
      <p className="kern-body">
        Geben Sie den Code ein, den Sie beim Beginn des Gesprächs bekommen haben. Ein neues Gespräch beginnen Sie auf der Seite einer Beratungsstelle, die
        Online-Beratung anbietet.
      </p>
      <Form method="post" noValidate>
        <Field id="code" label="Ihr Code" hint="Oder fügen Sie Ihren privaten Link ein." error={errors[0]?.message} autoComplete="off" />
        <div className="kern-btn-wrapper">
          <Button>Gespräch öffnen</Button>
        </div>
      </Form>
    </div>
  );
}
