/**
 * Login with e-mail address (staff) or pseudonym (help seekers) and password. Staff continue to
 * the second factor. Refused attempts get the same answer whether the account exists or not.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { currentLogin, needsSecondFactor, safeNext, SECOND_FACTOR_PATH } from "../server/auth/guard.server";
import { invalidForm, startSession, text, tooManyAttempts } from "../server/auth/login-flow.server";
import { attemptLogin } from "../server/auth/login.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

// Refused attempts answer the POST itself (200 with the error summary, or 429 with Retry-After), so the title stays; the error
// summary comes first in <main> and takes the focus with JavaScript.
export const meta: MetaFunction = () => [{ title: pageTitle("Anmelden") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const login = await currentLogin(request, context);
  const weiter = new URL(request.url).searchParams.get("weiter");
  if (login && !needsSecondFactor(login)) throw redirect(safeNext(weiter, login.actor.istPersonal ? "/verwaltung" : "/konto"));
  return {};
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const kennung = text(form, "kennung").trim();
  const passwort = text(form, "passwort");
  const weiter = new URL(request.url).searchParams.get("weiter");
  const values = { kennung };
  const errors = [];
  if (!kennung) errors.push({ fieldId: "kennung", message: "Bitte geben Sie Ihre E-Mail-Adresse oder Ihr Pseudonym ein." });
  if (!passwort) errors.push({ fieldId: "passwort", message: "Bitte geben Sie Ihr Passwort ein." });
  if (errors.length > 0) return invalidForm(values, errors);
  const now = new Date();
  const result = await attemptLogin(context.services.db.prisma, { kennung, passwort, clientIp: context.clientIp, now });
  if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("kennung", result.retryAfterSeconds, values);
  if (!result.ok) {
    return invalidForm(values, [{ fieldId: "kennung", message: "E-Mail-Adresse bzw. Pseudonym oder Passwort sind nicht richtig." }]);
  }
  const target = result.istPersonal
    ? `${SECOND_FACTOR_PATH}${weiter ? `?${new URLSearchParams({ weiter: safeNext(weiter, "/verwaltung") })}` : ""}`
    : safeNext(weiter, "/konto");
  return startSession(request, context, { benutzerId: result.benutzerId, zweiterFaktor: false, now, to: target });
}

export default function Login() {
  const feedback = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = feedback?.errors ?? [];
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} title={errors.length === 1 ? "Anmeldung nicht möglich" : undefined} />
      {params.get("abgemeldet") === "1" && errors.length === 0 ? (
        <Alert kind="success" title="Sie sind abgemeldet">
          <p className="kern-body">Ihre Sitzung ist beendet. Auf diesem Gerät sind keine Anmeldedaten mehr gespeichert.</p>
        </Alert>
      ) : null}
      {params.get("passwort") === "neu" && errors.length === 0 ? (
        <Alert kind="success" title="Ihr neues Passwort gilt">
          <p className="kern-body">Sie wurden auf allen Geräten abgemeldet. Bitte melden Sie sich mit dem neuen Passwort an.</p>
        </Alert>
      ) : null}
      <h1 className="kern-heading-large">Anmelden</h1>
      <p className="kern-body">
        Mitarbeitende von Beratungsstellen, Trägern und Kommunen melden sich mit ihrer E-Mail-Adresse an, Ratsuchende mit ihrem
        Pseudonym. Alles andere auf dieser Website können Sie ohne Konto nutzen.
      </p>
      <Form method="post" noValidate>
        <Field id="kennung" label="E-Mail-Adresse oder Pseudonym" autoComplete="username" defaultValue={feedback?.values.kennung} error={errors.find((e) => e.fieldId === "kennung")?.message} />
        <Field id="passwort" label="Passwort" type="password" autoComplete="current-password" error={errors.find((e) => e.fieldId === "passwort")?.message} />
        <div className="kern-btn-wrapper">
          <Button>Anmelden</Button>
        </div>
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to="/passwort-vergessen">
          Passwort vergessen?
        </Link>
      </p>
      <p className="kern-body">
        Noch kein Konto? Ratsuchende können ein freiwilliges{" "}
        <Link className="kern-link" to="/konto/registrieren">
          Konto anlegen
        </Link>
        , um Ergebnisse des Leistungs-Checks, Termine und Gespräche an einem Ort zu sehen.
      </p>
    </div>
  );
}
