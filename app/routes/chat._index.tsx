/** /chat: continue an anonymous conversation by entering its code (the private link's last part). */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formFields, NO_STORE, takeFlash } from "../server/chat/pages.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Online-Beratung fortsetzen") }];

/** After deleting a conversation the help seeker lands here, with the confirmation. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { flash, headers } = await takeFlash(request, context);
  return data({ flash }, { headers });
}

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
  const { flash } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      {flash && errors.length === 0 ? <Alert kind={flash.kind} title={flash.text} /> : null}
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
