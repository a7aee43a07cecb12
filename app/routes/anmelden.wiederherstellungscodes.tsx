/**
 * Recovery codes of a staff account: right after setting up TOTP (or after "Neue Codes
 * erzeugen") the ten new codes are shown exactly once, from a sealed cookie that this loader
 * deletes; otherwise the page says how many unused codes are left and offers new ones (the old
 * ones stop working). After a login with a recovery code the staff member lands here too.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { RECOVERY_CODE_COUNT } from "../domain/accounts/recovery-codes";
import { requireStaff, safeNext } from "../server/auth/guard.server";
import { secureCookies } from "../server/auth/login-flow.server";
import { regenerateRecoveryCodes, remainingRecoveryCodes } from "../server/auth/recovery-codes.server";
import { clearDisplayedCodes, openDisplayedCodes, RECOVERY_CODES_PATH, recoveryDisplayCookie, sealCodesForDisplay } from "../server/auth/recovery-display.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data?.codes ? "Ihre Wiederherstellungscodes" : "Wiederherstellungscodes") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const params = new URL(request.url).searchParams;
  const weiter = safeNext(params.get("weiter"), "/verwaltung");
  const cookie = recoveryDisplayCookie(secureCookies(context));
  const codes = await openDisplayedCodes(cookie, context.services.totpSecrets, request, actor.benutzerId);
  const verbleibend = await remainingRecoveryCodes(context.services.db.prisma, actor.benutzerId);
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (codes) headers.append("Set-Cookie", await clearDisplayedCodes(cookie));
  return data({ codes, verbleibend, weiter, verwendet: params.get("verwendet") === "1" }, { headers });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaff(request, context);
  const weiter = safeNext(new URL(request.url).searchParams.get("weiter"), "/verwaltung");
  const codes = await regenerateRecoveryCodes(context.services.db.prisma, {
    benutzerId: actor.benutzerId,
    actor: { benutzerId: actor.benutzerId, anzeigename: actor.anzeigename },
    anlass: "neu_erzeugt",
    now: new Date(),
  });
  const cookie = await sealCodesForDisplay(recoveryDisplayCookie(secureCookies(context)), context.services.totpSecrets, actor.benutzerId, codes);
  return redirect(`${RECOVERY_CODES_PATH}?${new URLSearchParams({ weiter })}`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function RecoveryCodes() {
  const { codes, verbleibend, weiter, verwendet } = useLoaderData<typeof loader>();
  if (codes) {
    return (
      <div className="kern-container sp-page">
        <h1 className="kern-heading-large">Ihre Wiederherstellungscodes</h1>
        <Alert kind="warning" title="Nur jetzt sichtbar" live="off">
          <p className="kern-body">
            Drucken Sie diese Codes aus oder speichern Sie sie an einem sicheren Ort, zum Beispiel in einem Passwort-Manager. Sie
            werden nur dieses eine Mal angezeigt.
          </p>
        </Alert>
        <p className="kern-body">
          Wenn Sie keinen Zugriff auf Ihre Authenticator-App haben, melden Sie sich mit einem dieser Codes an. Jeder Code gilt nur
          einmal.
        </p>
        <ol className="kern-list kern-list--numbered" aria-label="Wiederherstellungscodes">
          {codes.map((code) => (
            <li key={code}>
              <code className="sp-secret">{code}</code>
            </li>
          ))}
        </ol>
        <div className="kern-btn-wrapper">
          <ButtonLink to={weiter}>Codes gesichert – weiter</ButtonLink>
        </div>
      </div>
    );
  }
  return (
    <div className="kern-container sp-page">
      {verwendet ? (
        <Alert kind="info" title="Mit Wiederherstellungscode angemeldet">
          <p className="kern-body">Der verwendete Code gilt nicht mehr.</p>
        </Alert>
      ) : null}
      <h1 className="kern-heading-large">Wiederherstellungscodes</h1>
      <p className="kern-body">
        {verbleibend === 1
          ? `Sie haben noch 1 von ${RECOVERY_CODE_COUNT} unbenutzten Wiederherstellungscodes.`
          : `Sie haben noch ${verbleibend} von ${RECOVERY_CODE_COUNT} unbenutzten Wiederherstellungscodes.`}
        {verbleibend <= 3 ? " Bitte erzeugen Sie neue Codes, bevor alle verbraucht sind." : null}
      </p>
      <p className="kern-body">Wenn Sie neue Codes erzeugen, gelten die bisherigen nicht mehr.</p>
      <Form method="post">
        <div className="kern-btn-wrapper">
          <Button variant={verbleibend <= 3 ? "primary" : "secondary"}>Neue Codes erzeugen</Button>
        </div>
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to={weiter}>
          Weiter
        </Link>
      </p>
    </div>
  );
}
