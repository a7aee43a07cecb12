/**
 * /verwaltung/meldungen/<id>: one "Fehler melden" report with a link to edit the centre. An open
 * report is closed as "erledigt" (corrected) or "abgelehnt" (the data was right) with a note;
 * POST-redirect-GET with a flash, the typed note kept on a validation error. Unknown id → 404,
 * another tenant's report → 403, for GET and POST alike.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { NOTIZ_MAX, readResolution } from "../domain/counselling/error-report";
import { requireStaff } from "../server/auth/guard.server";
import { loadErrorReport, resolveErrorReport } from "../server/counselling/error-report-inbox.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Textarea } from "../ui/kern/Textarea";
import { pageTitle } from "../ui/meta";
import "../ui/verwaltung/verwaltung.css";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Fehlermeldung – Verwaltung") }];

async function reportFor({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const report = await loadErrorReport(context.services.db.prisma, actor, params.id ?? "");
  if (!report) throw new Response("Diese Meldung gibt es nicht.", { status: 404 });
  return { actor, report };
}

export async function loader(args: LoaderFunctionArgs) {
  const { report } = await reportFor(args);
  const { sessions } = args.context.services;
  const session = await sessions.getSession(args.request.headers.get("Cookie"));
  const flash = session.get("flash") ?? null;
  return data(
    { report, saved: flash?.kind === "success" ? (flash.text as string) : null },
    flash ? { headers: { "Set-Cookie": await sessions.commitSession(session) } } : undefined,
  );
}

type Feedback = { error: string; notiz: string };

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const { actor, report } = await reportFor(args);
  const { context, request } = args;
  const form = await request.formData();
  const fields = Object.fromEntries([...form].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  const reading = readResolution(fields);
  if (reading.kind === "invalid") return { error: reading.error, notiz: reading.notiz };
  const outcome = await resolveErrorReport(context.services.db.prisma, actor, report, { status: reading.status, notiz: reading.notiz, now: new Date() });
  const text = !outcome.ok
    ? "Diese Meldung wurde inzwischen schon bearbeitet; Ihre Notiz wurde nicht gespeichert."
    : reading.status === "erledigt"
      ? "Die Meldung ist als erledigt markiert."
      : "Die Meldung ist abgelehnt.";
  const session = await context.services.sessions.getSession(request.headers.get("Cookie"));
  session.flash("flash", { kind: "success", text });
  return redirect(`/verwaltung/meldungen/${report.id}`, { status: 303, headers: { "Set-Cookie": await context.services.sessions.commitSession(session) } });
}

export default function Fehlermeldung() {
  const { report, saved } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  return (
    <>
      <ErrorSummary errors={shown ? [{ fieldId: "notiz", message: shown.error }] : []} />
      <BackLink to="/verwaltung/meldungen">Alle Fehlermeldungen</BackLink>
      <h1 className="kern-heading-large">Fehlermeldung zu {report.stelle.name}</h1>
      {saved ? <Alert kind="success" title={saved} /> : null}
      <DescriptionList
        items={[
          { key: "status", term: "Status", value: report.statusLabel },
          { key: "eingegangen", term: "Eingegangen", value: report.eingegangen },
          { key: "nachricht", term: "Meldung", value: <span className="sp-pre-line">{report.nachricht}</span> },
          { key: "kontakt", term: "Kontakt für Rückfragen", value: report.kontakt ?? "Keine Angabe" },
          ...(report.bearbeitet ? [{ key: "bearbeitet", term: "Bearbeitet", value: report.bearbeitet }] : []),
          ...(report.notiz ? [{ key: "notiz", term: "Notiz", value: <span className="sp-pre-line">{report.notiz}</span> }] : []),
        ]}
      />
      <p className="kern-body">
        <Link className="kern-link" to={`/verwaltung/stellen/${report.stelle.id}`}>
          {report.stelle.name} bearbeiten
        </Link>
      </p>
      {report.status === "offen" ? (
        <Form method="post" noValidate>
          <h2 className="kern-heading-medium">Meldung abschließen</h2>
          <Textarea
            id="notiz"
            label="Notiz"
            hint={`Was haben Sie geändert, oder warum stimmen die Angaben? Höchstens ${NOTIZ_MAX.toLocaleString("de-DE")} Zeichen.`}
            error={shown?.error}
            defaultValue={shown?.notiz}
            rows={4}
          />
          <div className="sp-agenda-actions">
            <Button name="aktion" value="erledigt">
              Als erledigt markieren
            </Button>
            <Button name="aktion" value="abgelehnt" variant="secondary">
              Ablehnen
            </Button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
