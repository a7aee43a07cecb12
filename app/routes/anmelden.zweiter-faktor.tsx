/**
 * The second step of a staff login: the 6-digit code of the authenticator app. A staff account
 * without activated TOTP sets it up here first (secret as otpauth URI and in groups of four).
 * A successful code starts a new session (new token) with the second factor marked as done.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { currentLogin, LOGIN_PATH, needsSecondFactor, safeNext } from "../server/auth/guard.server";
import { invalidForm, startSession, text, tooManyAttempts } from "../server/auth/login-flow.server";
import { attemptTotp } from "../server/auth/login.server";
import { groupSecret, otpauthUri } from "../server/auth/totp.server";
import { ensureTotpSecret } from "../server/auth/totp-enrolment.server";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.einrichtung ? "Zwei-Faktor-Anmeldung einrichten" : "Sicherheitscode eingeben") },
];

async function pendingLogin(request: Request, context: LoaderFunctionArgs["context"]) {
  const login = await currentLogin(request, context);
  const weiter = safeNext(new URL(request.url).searchParams.get("weiter"), "/verwaltung");
  if (!login) throw redirect(LOGIN_PATH);
  if (!needsSecondFactor(login)) throw redirect(weiter);
  return { login, weiter };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { login } = await pendingLogin(request, context);
  if (login.totpAktiviert) return { einrichtung: null };
  const { secret, email } = await ensureTotpSecret(context.services.db.prisma, login.actor.benutzerId);
  return { einrichtung: { uri: otpauthUri(secret, email), gruppen: groupSecret(secret) } };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { login, weiter } = await pendingLogin(request, context);
  const code = text(await request.formData(), "code").replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return invalidForm({}, [{ fieldId: "code", message: "Bitte geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein." }]);
  const now = new Date();
  const result = await attemptTotp(context.services.db.prisma, {
    benutzerId: login.actor.benutzerId,
    code,
    clientIp: context.clientIp,
    now,
    enrol: !login.totpAktiviert,
  });
  if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("code", result.retryAfterSeconds, {});
  if (!result.ok) return invalidForm({}, [{ fieldId: "code", message: "Der Code stimmt nicht oder wurde schon verwendet. Bitte geben Sie den aktuellen Code ein." }]);
  return startSession(request, context, {
    benutzerId: login.actor.benutzerId,
    zweiterFaktor: true,
    now,
    absolutAblauf: login.session.absolutAblauf,
    to: weiter,
  });
}

export default function SecondFactor() {
  const { einrichtung } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      {einrichtung ? (
        <>
          <h1 className="kern-heading-large">Zwei-Faktor-Anmeldung einrichten</h1>
          <p className="kern-body">
            Konten von Mitarbeitenden sind zusätzlich mit einem Code aus einer Authenticator-App geschützt (zum Beispiel FreeOTP,
            Aegis oder die App Ihres Betriebssystems). Fügen Sie dort ein neues Konto hinzu:
          </p>
          <h2 className="kern-heading-medium">Schlüssel von Hand eingeben</h2>
          <p className="kern-body">
            <code className="sp-secret" aria-label={`Schlüssel: ${einrichtung.gruppen.split("").join(" ")}`}>{einrichtung.gruppen}</code>
          </p>
          <p className="kern-body">Art: zeitbasiert (TOTP), 6 Stellen, alle 30 Sekunden neu.</p>
          <h2 className="kern-heading-medium">Oder als Link</h2>
          <p className="kern-body">
            <code className="sp-secret-uri">{einrichtung.uri}</code>
          </p>
        </>
      ) : (
        <>
          <h1 className="kern-heading-large">Sicherheitscode eingeben</h1>
          <p className="kern-body">Bitte geben Sie den aktuellen 6-stelligen Code aus Ihrer Authenticator-App ein.</p>
        </>
      )}
      <Form method="post" noValidate>
        <Field id="code" label="6-stelliger Code" inputMode="numeric" autoComplete="one-time-code" width={4} error={errors.find((e) => e.fieldId === "code")?.message} />
        <div className="kern-btn-wrapper">
          <Button>{einrichtung ? "Einrichtung abschließen" : "Bestätigen"}</Button>
        </div>
      </Form>
    </div>
  );
}
