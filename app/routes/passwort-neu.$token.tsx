/**
 * Setting a password through a single-use link: a password reset (valid 1 hour) or a staff
 * invitation (valid 7 days). GET only looks at the link; POST checks the password policy, uses
 * the link up, replaces the password and ends every session of the account. After a reset the
 * person logs in again; after an invitation the new staff member is logged in with the first
 * factor and goes on to set up TOTP (mandatory for staff).
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PASSWORD_HINT, PASSWORD_POLICY_MESSAGES } from "../domain/accounts/password-policy";
import { SECOND_FACTOR_PATH } from "../server/auth/guard.server";
import { invalidForm, startSession, text } from "../server/auth/login-flow.server";
import { accountForLink, setPasswordByLink } from "../server/auth/password-reset.server";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

const NO_STORE = { "Cache-Control": "no-store" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(!data?.zweck ? "Link nicht mehr gültig" : data.zweck === "einladung" ? "Einladung annehmen" : "Neues Passwort festlegen") },
];

export async function loader({ params, context }: LoaderFunctionArgs) {
  const account = await accountForLink(context.services.db.prisma, params.token ?? "", new Date());
  return data({ zweck: account?.zweck ?? null, email: account?.email ?? null }, { headers: NO_STORE });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const passwort = text(form, "passwort");
  const wiederholung = text(form, "passwortWiederholung");
  if (passwort && wiederholung !== passwort) {
    return invalidForm({}, [{ fieldId: "passwortWiederholung", message: "Die beiden Passwörter stimmen nicht überein. Bitte geben Sie es zweimal gleich ein." }]);
  }
  const now = new Date();
  const result = await setPasswordByLink(context.services.db.prisma, { token: params.token ?? "", passwort, now });
  if (!result.ok) {
    if (result.code === "link_ungueltig") throw redirect(new URL(request.url).pathname, { status: 303 });
    return invalidForm({}, [{ fieldId: "passwort", message: PASSWORD_POLICY_MESSAGES[result.code] }]);
  }
  if (result.zweck === "einladung") {
    return startSession(request, context, { benutzerId: result.benutzerId, zweiterFaktor: false, now, to: SECOND_FACTOR_PATH });
  }
  return redirect("/anmelden?passwort=neu", { status: 303 });
}

export default function SetPassword() {
  const { zweck, email } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  if (!zweck) {
    return (
      <div className="kern-container sp-page">
        <h1 className="kern-heading-large">Link nicht mehr gültig</h1>
        <p className="kern-body">
          Dieser Link wurde schon verwendet, ist abgelaufen oder unvollständig. Links zum Zurücksetzen gelten eine Stunde,
          Einladungen 7 Tage, und jeder nur einmal.
        </p>
        <p className="kern-body">
          <Link className="kern-link" to="/passwort-vergessen">
            Neuen Link anfordern
          </Link>{" "}
          oder{" "}
          <Link className="kern-link" to="/anmelden">
            zur Anmeldung
          </Link>
          . Für eine abgelaufene Einladung wenden Sie sich bitte an die Person, die Sie eingeladen hat.
        </p>
      </div>
    );
  }
  const invitation = zweck === "einladung";
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} title={errors.length === 1 ? "Passwort nicht möglich" : undefined} />
      <h1 className="kern-heading-large">{invitation ? "Einladung annehmen" : "Neues Passwort festlegen"}</h1>
      <p className="kern-body">
        {invitation
          ? "Willkommen bei der Sozialplattform. Legen Sie zuerst Ihr Passwort fest; danach richten Sie die Zwei-Faktor-Anmeldung mit einer Authenticator-App ein."
          : "Legen Sie ein neues Passwort fest. Danach sind Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort an."}
      </p>
      <Form method="post" noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="benutzername" autoComplete="username" value={email ?? ""} />
        <Field id="passwort" label="Neues Passwort" type="password" autoComplete="new-password" hint={PASSWORD_HINT} error={errors.find((e) => e.fieldId === "passwort")?.message} />
        <Field
          id="passwortWiederholung"
          label="Neues Passwort wiederholen"
          type="password"
          autoComplete="new-password"
          error={errors.find((e) => e.fieldId === "passwortWiederholung")?.message}
        />
        <div className="kern-btn-wrapper">
          <Button>{invitation ? "Passwort festlegen und weiter" : "Passwort speichern"}</Button>
        </div>
      </Form>
    </div>
  );
}
