/**
 * "Passwort vergessen?": asks for the e-mail address and always gives the same answer, whether
 * an account with that address exists or not (no way to find out who has an account). If one
 * exists, a mail with a single-use link (valid 1 hour) is queued. Too many requests from one
 * client address get 429 with Retry-After.
 */
import { redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { invalidForm, text, tooManyAttempts } from "../server/auth/login-flow.server";
import { requestPasswordReset } from "../server/auth/password-reset.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Passwort vergessen") }];

export async function action({ request, context }: ActionFunctionArgs) {
  const email = text(await request.formData(), "email").trim();
  const values = { email };
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    return invalidForm(values, [{ fieldId: "email", message: "Bitte geben Sie Ihre E-Mail-Adresse ein, zum Beispiel name@example.org." }]);
  }
  const result = await requestPasswordReset(context.services.db.prisma, {
    email,
    clientIp: context.clientIp,
    now: new Date(),
    publicUrl: context.services.config.PUBLIC_URL,
  });
  if (!result.ok) return tooManyAttempts("email", result.retryAfterSeconds, values);
  return redirect("/passwort-vergessen?gesendet=1", { status: 303 });
}

export default function ForgotPassword() {
  const feedback = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = feedback?.errors ?? [];
  if (params.get("gesendet") === "1" && errors.length === 0) {
    return (
      <div className="kern-container sp-page">
        <h1 className="kern-heading-large">E-Mail unterwegs</h1>
        <Alert kind="info" title="Bitte sehen Sie in Ihr Postfach">
          <p className="kern-body">
            Wenn ein Konto mit dieser E-Mail-Adresse existiert, haben wir Ihnen eine E-Mail mit einem Link geschickt. Über den Link
            legen Sie ein neues Passwort fest. Er gilt eine Stunde und nur einmal.
          </p>
        </Alert>
        <p className="kern-body">
          Keine E-Mail bekommen? Prüfen Sie den Spam-Ordner oder{" "}
          <Link className="kern-link" to="/passwort-vergessen">
            fordern Sie einen neuen Link an
          </Link>
          .
        </p>
        <p className="kern-body">
          <Link className="kern-link" to="/anmelden">
            Zurück zur Anmeldung
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      <h1 className="kern-heading-large">Passwort vergessen</h1>
      <p className="kern-body">
        Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
        Ratsuchende ohne hinterlegte E-Mail-Adresse können ihr Passwort leider nicht zurücksetzen.
      </p>
      <Form method="post" noValidate>
        <Field id="email" label="E-Mail-Adresse" type="email" autoComplete="email" defaultValue={feedback?.values.email} error={errors.find((e) => e.fieldId === "email")?.message} />
        <div className="kern-btn-wrapper">
          <Button>Link anfordern</Button>
        </div>
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to="/anmelden">
          Zurück zur Anmeldung
        </Link>
      </p>
    </div>
  );
}
