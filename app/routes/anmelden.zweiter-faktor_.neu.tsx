/**
 * /anmelden/zweiter-faktor/neu: a logged-in staff member replaces their authenticator app
 * (totp-change.server.ts). POST `schritt=passwort` (passwort): the current password; then the new
 * secret is shown (QR code, key, link, as at the first set-up) from a sealed cookie; POST
 * `schritt=code` (code): a code of the new app replaces the stored secret, ends every other
 * session and sends a notice. Until then the old app keeps working. POST-redirect-GET throughout.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { currentLogin, requireStaff } from "../server/auth/guard.server";
import { invalidForm, secureCookies, text, tooManyAttempts } from "../server/auth/login-flow.server";
import { confirmPassword } from "../server/auth/login.server";
import { clearPendingSecret, completeTotpChange, pendingSecret, pendingSecretCookie, startTotpChange, TOTP_CHANGE_PATH } from "../server/auth/totp-change.server";
import { accountLabel, enrolmentFor } from "../server/auth/totp-enrolment.server";
import { TotpSetupInstructions } from "../ui/accounts/TotpSetupInstructions";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: pageTitle(loaded?.fertig ? "Neue Authenticator-App eingerichtet" : loaded?.einrichtung ? "Neue Authenticator-App bestätigen" : "Neue Authenticator-App einrichten") },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const now = new Date();
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (new URL(request.url).searchParams.get("fertig") === "1") return data({ fertig: true, einrichtung: null }, { headers });
  const secret = await pendingSecret(pendingSecretCookie(secureCookies(context)), context.services.totpSecrets, request, actor.benutzerId, now);
  const einrichtung = secret ? await enrolmentFor(secret, await accountLabel(context.services.db.prisma, actor.benutzerId)) : null;
  return data({ fertig: false, einrichtung }, { headers });
}

const WRONG_CODE = "Der Code stimmt nicht. Bitte geben Sie den Code ein, den die neue App jetzt anzeigt.";

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaff(request, context);
  const login = (await currentLogin(request, context))!;
  const { prisma } = context.services.db;
  const box = context.services.totpSecrets;
  const cookie = pendingSecretCookie(secureCookies(context));
  const form = await request.formData();
  const now = new Date();

  if (text(form, "schritt") === "code") {
    const secret = await pendingSecret(cookie, box, request, actor.benutzerId, now);
    if (!secret) return invalidForm({}, [{ fieldId: "passwort", message: "Die Einrichtung ist abgelaufen. Bitte bestätigen Sie Ihr Passwort erneut." }]);
    const code = text(form, "code").replace(/\s/g, "");
    if (!/^\d{6}$/.test(code)) return invalidForm({}, [{ fieldId: "code", message: "Bitte geben Sie den 6-stelligen Code aus Ihrer neuen Authenticator-App ein." }]);
    const result = await completeTotpChange(prisma, box, { actor, secret, code, keepSession: login.session.id, clientIp: context.clientIp, now });
    if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("code", result.retryAfterSeconds, {});
    if (!result.ok) return invalidForm({}, [{ fieldId: "code", message: WRONG_CODE }]);
    return redirect(`${TOTP_CHANGE_PATH}?fertig=1`, { status: 303, headers: { "Set-Cookie": await clearPendingSecret(cookie) } });
  }

  const passwort = text(form, "passwort");
  if (!passwort) return invalidForm({}, [{ fieldId: "passwort", message: "Bitte geben Sie Ihr aktuelles Passwort ein." }]);
  const result = await confirmPassword(prisma, { benutzerId: actor.benutzerId, passwort, clientIp: context.clientIp, now });
  if (!result.ok && result.reason === "gesperrt") return tooManyAttempts("passwort", result.retryAfterSeconds, {});
  if (!result.ok) return invalidForm({}, [{ fieldId: "passwort", message: "Das Passwort stimmt nicht." }]);
  return redirect(TOTP_CHANGE_PATH, { status: 303, headers: { "Set-Cookie": await startTotpChange(cookie, box, actor.benutzerId, now) } });
}

export default function ReplaceAuthenticator() {
  const { fertig, einrichtung } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  if (fertig) {
    return (
      <div className="kern-container sp-page">
        <h1 className="kern-heading-large">Neue Authenticator-App eingerichtet</h1>
        <Alert kind="success" title="Die neue App gilt">
          <p className="kern-body">
            Ab jetzt gelten nur noch die Codes der neuen App. Alle anderen Anmeldungen Ihres Kontos wurden beendet; Sie erhalten eine
            E-Mail dazu. Ihre Wiederherstellungscodes gelten weiter.
          </p>
        </Alert>
        <p className="kern-body">
          <Link className="kern-link" to="/verwaltung">
            Zur Verwaltung
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      <h1 className="kern-heading-large">{einrichtung && !errorOf("passwort") ? "Neue Authenticator-App bestätigen" : "Neue Authenticator-App einrichten"}</h1>
      {einrichtung && !errorOf("passwort") ? (
        <>
          <p className="kern-body">
            Fügen Sie in Ihrer neuen Authenticator-App ein Konto hinzu: Scannen Sie den QR-Code oder geben Sie den Schlüssel von Hand
            ein. Bis Sie den Code der neuen App bestätigen, gilt Ihre bisherige App weiter.
          </p>
          <TotpSetupInstructions einrichtung={einrichtung} />
          <h2 className="kern-heading-medium">Code zur Bestätigung</h2>
          <Form method="post" noValidate>
            <input type="hidden" name="schritt" value="code" />
            <Field id="code" label="6-stelliger Code der neuen App" inputMode="numeric" autoComplete="one-time-code" width={4} error={errorOf("code")} />
            <div className="kern-btn-wrapper">
              <Button>Neue App bestätigen</Button>
            </div>
          </Form>
        </>
      ) : (
        <>
          <p className="kern-body">
            Haben Sie ein neues Smartphone oder möchten Sie eine andere Authenticator-App verwenden? Bestätigen Sie zuerst Ihr Passwort.
            Danach richten Sie die neue App ein; erst wenn Sie einen Code der neuen App eingegeben haben, gilt sie statt der bisherigen.
          </p>
          <Form method="post" noValidate>
            <input type="hidden" name="schritt" value="passwort" />
            <Field id="passwort" label="Aktuelles Passwort" type="password" autoComplete="current-password" error={errorOf("passwort")} />
            <div className="kern-btn-wrapper">
              <Button>Passwort bestätigen</Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
