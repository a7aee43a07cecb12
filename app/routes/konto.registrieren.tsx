/**
 * /konto/registrieren: the optional account of a help seeker – a pseudonym and a password,
 * e-mail optional, no second factor. Everything public works without it; the account only keeps
 * Leistungs-Check results, appointments and conversations together. After registering the help
 * seeker is logged in (a fresh session) and lands on /konto.
 */
import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { KONTO_PATH, KONTO_PSEUDONYM_MAX_LENGTH, readRegistration } from "../domain/accounts/help-seeker";
import { PASSWORD_HINT } from "../domain/accounts/password-policy";
import { registerHelpSeeker } from "../server/accounts/registration.server";
import { currentLogin, needsSecondFactor, safeNext } from "../server/auth/guard.server";
import { invalidForm, startSession, tooManyAttempts } from "../server/auth/login-flow.server";
import { formFields, NO_STORE } from "../server/chat/pages.server";
import { Button } from "../ui/kern/Button";
import { CheckboxGroup } from "../ui/kern/CheckboxGroup";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Konto anlegen") }];
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const login = await currentLogin(request, context);
  if (login && !needsSecondFactor(login)) throw redirect(login.actor.istPersonal ? "/verwaltung" : KONTO_PATH);
  return {};
}

export async function action({ request, context }: ActionFunctionArgs) {
  const reading = readRegistration(formFields(await request.formData()));
  if (!reading.ok) return invalidForm(reading.values, reading.errors);
  const now = new Date();
  const result = await registerHelpSeeker(context.services.db.prisma, { ...reading, clientIp: context.clientIp, now });
  if (!result.ok && result.code === "gesperrt") return tooManyAttempts("pseudonym", result.retryAfterSeconds, reading.values);
  if (!result.ok) {
    return invalidForm(reading.values, [
      result.code === "pseudonym_vergeben"
        ? { fieldId: "pseudonym", message: "Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes." }
        : { fieldId: "email", message: "Diese E-Mail-Adresse kann hier nicht verwendet werden. Bitte geben Sie eine andere an oder lassen Sie das Feld leer." },
    ]);
  }
  const weiter = safeNext(new URL(request.url).searchParams.get("weiter"), KONTO_PATH);
  return startSession(request, context, { benutzerId: result.benutzerId, zweiterFaktor: false, now, to: weiter === KONTO_PATH ? `${KONTO_PATH}?neu=1` : weiter });
}

export default function Register() {
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} title={errors.length === 1 ? "Konto noch nicht angelegt" : undefined} />
      <h1 className="kern-heading-large">Konto anlegen</h1>
      <p className="kern-body kern-body--large">
        Ein Konto ist freiwillig. Leistungs-Check, Beratungsstellen, Terminbuchung und Online-Beratung können Sie auch ohne Konto nutzen.
      </p>
      <p className="kern-body">
        Mit einem Konto können Sie Ergebnisse des Leistungs-Checks speichern und sehen Ihre Termine und Gespräche an einem Ort. Sie brauchen
        dafür nur ein Pseudonym und ein Passwort.
      </p>
      <Form method="post" noValidate>
        <Field
          id="pseudonym"
          label="Pseudonym"
          hint={`Damit melden Sie sich an. Bitte nicht Ihren echten Namen. 3 bis ${KONTO_PSEUDONYM_MAX_LENGTH} Zeichen: Buchstaben, Ziffern, Leerzeichen, Punkt, Binde- und Unterstrich.`}
          autoComplete="username"
          defaultValue={feedback?.values.pseudonym}
          error={errorOf("pseudonym")}
        />
        <Field
          id="email"
          label="E-Mail-Adresse"
          type="email"
          optional
          hint="Nur nötig, wenn Sie Ihr Passwort einmal per E-Mail zurücksetzen möchten."
          autoComplete="email"
          defaultValue={feedback?.values.email}
          error={errorOf("email")}
        />
        <Field id="passwort" label="Passwort" type="password" autoComplete="new-password" hint={PASSWORD_HINT} error={errorOf("passwort")} />
        <Field id="passwortWiederholung" label="Passwort wiederholen" type="password" autoComplete="new-password" error={errorOf("passwortWiederholung")} />
        <section aria-labelledby="datenschutz-titel">
          <h2 className="kern-heading-small" id="datenschutz-titel">
            Datenschutzhinweis
          </h2>
          <ul className="kern-list">
            <li>Wir speichern Ihr Pseudonym, das Passwort nur als sicheren Hash und – wenn Sie sie angeben – Ihre E-Mail-Adresse.</li>
            <li>Ergebnisse des Leistungs-Checks speichern wir nur, wenn Sie es ausdrücklich wollen.</li>
            <li>Gespräche, die Sie angemeldet beginnen, bleiben bis Sie sie oder Ihr Konto löschen.</li>
            <li>Sie können alle Daten jederzeit herunterladen und Ihr Konto mit allen Daten auf einmal löschen.</li>
          </ul>
        </section>
        <CheckboxGroup
          id="datenschutz"
          legend="Einwilligung"
          options={[{ value: "ja", label: "Ich habe den Datenschutzhinweis gelesen und bin einverstanden." }]}
          defaultValue={feedback?.values.datenschutz ? ["ja"] : []}
          error={errorOf("datenschutz")}
        />
        <div className="kern-btn-wrapper">
          <Button>Konto anlegen</Button>
        </div>
      </Form>
      <p className="kern-body">
        Sie haben schon ein Konto?{" "}
        <Link className="kern-link" to="/anmelden">
          Anmelden
        </Link>
      </p>
    </div>
  );
}
