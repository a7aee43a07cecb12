/**
 * /konto/loeschen: "Konto und alle Daten löschen" (DSGVO Art. 17). GET explains what will be
 * deleted; POST needs the password again (limited like the login), then deletes the account with
 * everything stored about it (app/server/accounts/deletion.server.ts), ends the session and
 * clears the site's cookies and storage in the browser, as the logout does.
 */
import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requireHelpSeeker } from "../server/accounts/guard.server";
import { confirmAndDeleteAccount } from "../server/accounts/deletion.server";
import { authCookie } from "../server/auth/guard.server";
import { invalidForm, text, tooManyAttempts } from "../server/auth/login-flow.server";
import { NO_STORE } from "../server/chat/pages.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Konto und alle Daten löschen") }, { name: "robots", content: "noindex" }];
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireHelpSeeker(request, context);
  return {};
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const passwort = text(await request.formData(), "passwort");
  if (!passwort) return invalidForm({}, [{ fieldId: "passwort", message: "Bitte geben Sie zur Bestätigung Ihr Passwort ein." }]);
  const result = await confirmAndDeleteAccount(context.services.db.prisma, { benutzerId: actor.benutzerId, passwort, clientIp: context.clientIp, now: new Date() });
  if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("passwort", result.retryAfterSeconds, {});
  if (!result.ok) return invalidForm({}, [{ fieldId: "passwort", message: "Das Passwort ist nicht richtig. Ihr Konto wurde nicht gelöscht." }]);
  const headers = new Headers(NO_STORE);
  headers.append("Set-Cookie", await authCookie(context).serialize("", { maxAge: 0, expires: new Date(0) }));
  headers.append("Clear-Site-Data", '"cookies", "storage"');
  return redirect("/konto/geloescht", { status: 303, headers });
}

export default function DeleteAccount() {
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} title={errors.length === 1 ? "Konto nicht gelöscht" : undefined} />
      <BackLink to="/konto">Zurück zu Mein Konto</BackLink>
      <h1 className="kern-heading-large">Konto und alle Daten löschen</h1>
      <Alert kind="warning" title="Das kann man nicht rückgängig machen" live="off">
        <p className="kern-body">Wenn Sie die Daten behalten möchten, laden Sie sie vorher herunter.</p>
      </Alert>
      <p className="kern-body">Beim Löschen passiert auf einmal:</p>
      <ul className="kern-list kern-list--bullet">
        <li>Ihr Konto, Ihre Anmeldungen und Ihre gespeicherten Ergebnisse des Leistungs-Checks werden gelöscht.</li>
        <li>Ihre kommenden Termine werden abgesagt; die Beratungsstelle sieht die Absage. Bei allen Ihren Terminen löschen wir Name, E-Mail-Adresse, Telefonnummer und Anliegen.</li>
        <li>Ihre Gespräche der Online-Beratung werden mit allen Nachrichten gelöscht.</li>
        <li>E-Mails an Ihre Adresse, die noch bei uns gespeichert sind, werden gelöscht.</li>
      </ul>
      <p className="kern-body">
        <a className="kern-link" href="/konto/daten" download="meine-daten-sozialplattform.json">
          Vorher meine Daten herunterladen (JSON)
        </a>
      </p>
      <Form method="post" noValidate>
        <Field id="passwort" label="Ihr Passwort zur Bestätigung" type="password" autoComplete="current-password" error={errors.find((e) => e.fieldId === "passwort")?.message} />
        <div className="kern-btn-wrapper">
          <Button>Konto und alle Daten endgültig löschen</Button>
        </div>
      </Form>
    </div>
  );
}
