/**
 * The second step of a staff login: the 6-digit code of the authenticator app, or one of the
 * recovery codes. A staff account without activated TOTP must set it up here first (QR code,
 * secret in groups of four, otpauth link); its first correct code activates TOTP and makes the
 * ten recovery codes, shown once on /anmelden/wiederherstellungscodes. A successful code starts
 * a new session (new token) with the second factor marked as done.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { normaliseRecoveryCode } from "../domain/accounts/recovery-codes";
import { currentLogin, LOGIN_PATH, needsSecondFactor, safeNext } from "../server/auth/guard.server";
import { invalidForm, secureCookies, startSession, text, tooManyAttempts } from "../server/auth/login-flow.server";
import { attemptRecoveryCode, attemptTotp } from "../server/auth/login.server";
import { regenerateRecoveryCodes } from "../server/auth/recovery-codes.server";
import { RECOVERY_CODES_PATH, recoveryDisplayCookie, sealCodesForDisplay } from "../server/auth/recovery-display.server";
import { totpEnrolment } from "../server/auth/totp-enrolment.server";
import { TotpSetupInstructions } from "../ui/accounts/TotpSetupInstructions";
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
  return { einrichtung: await totpEnrolment(context.services.db.prisma, context.services.totpSecrets, login.actor.benutzerId) };
}

const WRONG_CODE = "Der Code stimmt nicht oder wurde schon verwendet. Bitte geben Sie den aktuellen Code ein.";
const WRONG_RECOVERY = "Dieser Wiederherstellungscode stimmt nicht oder wurde schon verwendet.";

export async function action({ request, context }: ActionFunctionArgs) {
  const { login, weiter } = await pendingLogin(request, context);
  const form = await request.formData();
  const { prisma } = context.services.db;
  const now = new Date();
  const benutzerId = login.actor.benutzerId;
  const sessionInput = { benutzerId, zweiterFaktor: true, now, absolutAblauf: login.session.absolutAblauf };

  if (text(form, "schritt") === "wiederherstellung" && login.totpAktiviert) {
    const typed = text(form, "wiederherstellungscode").trim();
    const values = { wiederherstellungscode: typed };
    if (!normaliseRecoveryCode(typed)) {
      return invalidForm(values, [{ fieldId: "wiederherstellungscode", message: "Bitte geben Sie einen Wiederherstellungscode ein (10 Zeichen, z. B. 7k3m9-x2q4p)." }]);
    }
    const result = await attemptRecoveryCode(prisma, { benutzerId, anzeigename: login.actor.anzeigename, code: typed, clientIp: context.clientIp, now });
    if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("wiederherstellungscode", result.retryAfterSeconds, values);
    if (!result.ok) return invalidForm(values, [{ fieldId: "wiederherstellungscode", message: WRONG_RECOVERY }]);
    return startSession(request, context, { ...sessionInput, to: `${RECOVERY_CODES_PATH}?${new URLSearchParams({ verwendet: "1", weiter })}` });
  }

  const code = text(form, "code").replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return invalidForm({}, [{ fieldId: "code", message: "Bitte geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein." }]);
  const enrol = !login.totpAktiviert;
  const result = await attemptTotp(prisma, { benutzerId, code, clientIp: context.clientIp, now, enrol, box: context.services.totpSecrets });
  if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("code", result.retryAfterSeconds, {});
  if (!result.ok) return invalidForm({}, [{ fieldId: "code", message: WRONG_CODE }]);
  if (!enrol) return startSession(request, context, { ...sessionInput, to: weiter });
  // TOTP is active now: the recovery codes are made and shown once on the next page.
  const codes = await regenerateRecoveryCodes(prisma, { benutzerId, actor: { benutzerId, anzeigename: login.actor.anzeigename }, anlass: "einrichtung", now });
  const cookie = await sealCodesForDisplay(recoveryDisplayCookie(secureCookies(context)), context.services.totpSecrets, benutzerId, codes);
  return startSession(request, context, { ...sessionInput, to: `${RECOVERY_CODES_PATH}?${new URLSearchParams({ weiter })}`, extraCookies: [cookie] });
}

export default function SecondFactor() {
  const { einrichtung } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      {einrichtung ? (
        <>
          <h1 className="kern-heading-large">Zwei-Faktor-Anmeldung einrichten</h1>
          <p className="kern-body">
            Konten von Mitarbeitenden sind zusätzlich mit einem Code aus einer Authenticator-App geschützt (zum Beispiel FreeOTP,
            Aegis oder die App Ihres Betriebssystems). Fügen Sie dort ein neues Konto hinzu: Scannen Sie den QR-Code oder geben Sie
            den Schlüssel von Hand ein.
          </p>
          <TotpSetupInstructions einrichtung={einrichtung} />
          <h2 className="kern-heading-medium">Code zur Bestätigung</h2>
          <p className="kern-body">Geben Sie den Code ein, den Ihre App jetzt anzeigt. Danach erhalten Sie Ihre Wiederherstellungscodes.</p>
        </>
      ) : (
        <>
          <h1 className="kern-heading-large">Sicherheitscode eingeben</h1>
          <p className="kern-body">Bitte geben Sie den aktuellen 6-stelligen Code aus Ihrer Authenticator-App ein.</p>
        </>
      )}
      <Form method="post" noValidate>
        <Field id="code" label="6-stelliger Code" inputMode="numeric" autoComplete="one-time-code" width={4} error={errorOf("code")} />
        <div className="kern-btn-wrapper">
          <Button>{einrichtung ? "Einrichtung abschließen" : "Bestätigen"}</Button>
        </div>
      </Form>
      {einrichtung ? null : (
        <section aria-labelledby="wiederherstellung-titel">
          <h2 className="kern-heading-medium" id="wiederherstellung-titel">
            Kein Zugriff auf Ihre Authenticator-App?
          </h2>
          <p className="kern-body">Melden Sie sich mit einem Ihrer Wiederherstellungscodes an. Jeder Code gilt nur einmal.</p>
          <Form method="post" noValidate>
            <input type="hidden" name="schritt" value="wiederherstellung" />
            <Field
              id="wiederherstellungscode"
              label="Wiederherstellungscode"
              hint="10 Zeichen, zum Beispiel 7k3m9-x2q4p"
              autoComplete="off"
              defaultValue={feedback?.values.wiederherstellungscode}
              error={errorOf("wiederherstellungscode")}
            />
            <div className="kern-btn-wrapper">
              <Button variant="secondary">Mit Wiederherstellungscode anmelden</Button>
            </div>
          </Form>
        </section>
      )}
    </div>
  );
}
