/**
 * /konto/ergebnisse/<id>: a saved Leistungs-Check result, evaluated again from its stored facts
 * on its own Stichtag (so it reads as it did when saved). From here the help seeker can take the
 * answers back into the Leistungs-Check (computed with today's values) or delete the result.
 */
import "../ui/check/check.css";
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatGermanDate } from "../domain/shared/dates";
import { requireHelpSeeker } from "../server/accounts/guard.server";
import { deleteResult, findResult } from "../server/accounts/saved-results.server";
import { openCheckSession } from "../server/check-session.server";
import { formFields, NO_STORE, redirectWithFlash } from "../server/chat/pages.server";
import { checkResultView } from "../server/check-result.server";
import { localeFromRequest } from "../server/i18n/locale-cookie.server";
import { CheckResultBody } from "../ui/check/CheckResultBody";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: pageTitle(loaded ? `${loaded.titel} – Mein Konto` : "Seite nicht gefunden") },
  { name: "robots", content: "noindex" },
];
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const saved = await findResult(context.services.db.prisma, actor.benutzerId, params.id ?? "");
  if (!saved) throw new Response("Nicht gefunden", { status: 404 });
  return data(
    {
      titel: `Ergebnis vom ${formatGermanDate(saved.stichtag)}`,
      stand: formatGermanDate(saved.stichtag),
      ergebnis: await checkResultView(context.services.db.prisma, saved.results, saved.plz, await localeFromRequest(request)),
    },
    { headers: NO_STORE },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const { prisma } = context.services.db;
  const form = formFields(await request.formData());
  if (form.aktion === "loeschen") {
    await deleteResult(prisma, actor.benutzerId, params.id ?? "");
    return redirectWithFlash(request, context, "/konto", "Das gespeicherte Ergebnis wurde gelöscht.");
  }
  if (form.aktion === "uebernehmen") {
    const saved = await findResult(prisma, actor.benutzerId, params.id ?? "");
    if (!saved) throw new Response("Nicht gefunden", { status: 404 });
    const check = await openCheckSession(request, context.services.checkSessions, new Date());
    return redirect("/leistungs-check/ergebnis", { status: 303, headers: { ...NO_STORE, "Set-Cookie": await check.save(saved.antworten) } });
  }
  throw new Response("Unbekannte Aktion", { status: 400 });
}

export default function SavedResult() {
  const { titel, stand, ergebnis } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page sp-check">
      <BackLink to="/konto">Zurück zu Mein Konto</BackLink>
      <h1 className="kern-heading-large">{titel}</h1>
      <p className="kern-body kern-body--large">Berechnet mit den Werten vom {stand}, so wie Sie das Ergebnis gespeichert haben.</p>
      <Alert kind="info" title="Eine Einschätzung, kein Bescheid" live="off">
        <p className="kern-body">Ob Sie eine Leistung bekommen und wie viel, entscheidet die zuständige Stelle nach Ihrem Antrag.</p>
      </Alert>
      <div className="sp-check-actions">
        <Form method="post">
          <input type="hidden" name="aktion" value="uebernehmen" />
          <Button>Mit heutigen Werten neu berechnen</Button>
        </Form>
        <Form method="post">
          <input type="hidden" name="aktion" value="loeschen" />
          <Button variant="secondary">Dieses Ergebnis löschen</Button>
        </Form>
      </div>
      <CheckResultBody {...ergebnis} />
    </div>
  );
}
