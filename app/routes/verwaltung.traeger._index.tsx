/**
 * /verwaltung/traeger: the Träger the logged-in account may edit (a Träger admin: its own;
 * platform admins: all). Platform admins also create a Träger here and invite its first
 * traeger_admin in the same form (permission "traeger.anlegen").
 */
import "../ui/counselling/counselling.css";
import "../ui/verwaltung/verwaltung.css";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { assertCan, can } from "../domain/accounts/permissions";
import { readTraegerForm, validateNewTraeger, type TraegerFormError, type TraegerFormValues } from "../domain/accounts/traeger-form";
import { VERBAND_LABELS } from "../domain/counselling/labels";
import { readFlash, redirectWithFlash } from "../server/accounts/flash.server";
import { REFUSAL_TEXT } from "../server/accounts/staff.server";
import { createTraegerWithAdmin, listEditableTraeger } from "../server/accounts/traeger-admin.server";
import { requireStaff } from "../server/auth/guard.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { Pagination } from "../ui/counselling/Pagination";
import { pageTitle } from "../ui/meta";
import { TraegerFields } from "../ui/verwaltung/TraegerFields";

export const meta: MetaFunction = () => [{ title: pageTitle("Träger – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "traeger.bearbeiten")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  const params = new URL(request.url).searchParams;
  const suche = (params.get("suche") ?? "").trim().slice(0, 200);
  const seite = Number.parseInt(params.get("seite") ?? "1", 10);
  const list = await listEditableTraeger(context.services.db.prisma, actor, { suche, seite: Number.isFinite(seite) ? seite : 1 });
  const { flash, headers } = await readFlash(request, context);
  return data(
    { ...list, traeger: list.traeger.map((t) => ({ ...t, verband: VERBAND_LABELS[t.verband] })), suche, anlegen: can(actor, "traeger.anlegen", {}), flash },
    headers ? { headers } : undefined,
  );
}

type Feedback = { values: TraegerFormValues; errors: TraegerFormError[] };

export async function action({ request, context }: ActionFunctionArgs): Promise<Feedback | Response> {
  const actor = await requireStaff(request, context);
  assertCan(actor, "traeger.anlegen", {});
  const values = readTraegerForm(await request.formData());
  const checked = validateNewTraeger(values);
  if (!checked.ok) return { values, errors: checked.errors };
  const result = await createTraegerWithAdmin(context.services.db.prisma, actor, { ...checked.data, now: new Date(), publicUrl: context.services.config.PUBLIC_URL });
  if (!result.ok) {
    if (result.code === "name_vergeben") return { values, errors: [{ fieldId: "name", message: "Einen Träger mit diesem Namen und Verband gibt es schon." }] };
    return { values, errors: [{ fieldId: "adminEmail", message: REFUSAL_TEXT[result.code] }] };
  }
  return redirectWithFlash(request, context, `/verwaltung/traeger/${result.traegerId}`, {
    kind: "success",
    text: `Der Träger ist angelegt. Die Einladung an ${checked.data.adminEmail.trim().toLowerCase()} ist verschickt.`,
  });
}

const EMPTY: TraegerFormValues = { name: "", verband: "", website: "", adminName: "", adminEmail: "" };

export default function TraegerList() {
  const { traeger, gesamt, seite, seiten, suche, anlegen, flash } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((e: TraegerFormError) => [e.fieldId, e.message]));
  const values = shown?.values ?? EMPTY;
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <h1 className="kern-heading-large">Träger</h1>
      {flash && !shown ? (
        <Alert kind={flash.kind} title="Erledigt">
          <p className="kern-body">{flash.text}</p>
        </Alert>
      ) : null}
      {anlegen ? (
        <p className="kern-body">
          <a className="kern-link" href="#abschnitt-neu">
            Neuen Träger anlegen
          </a>
        </p>
      ) : null}
      <Form method="get" aria-label="Träger suchen">
        <Field id="suche" label="Name enthält" optional defaultValue={suche} />
        <div className="kern-btn-wrapper">
          <Button variant="secondary">Suchen</Button>
        </div>
      </Form>
      <p className="kern-body" role="status">
        {gesamt === 1 ? "1 Träger" : `${gesamt.toLocaleString("de-DE")} Träger`}
      </p>
      {traeger.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Träger, die Sie bearbeiten dürfen</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">Name</th>
                <th className="kern-table__header" scope="col">Verband</th>
                <th className="kern-table__header" scope="col">Beratungsstellen</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {traeger.map((t) => (
                <tr className="kern-table__row" key={t.id}>
                  <th className="kern-table__cell" scope="row">
                    <Link className="kern-link" to={`/verwaltung/traeger/${t.id}`}>
                      {t.name}
                    </Link>
                  </th>
                  <td className="kern-table__cell">{t.verband}</td>
                  <td className="kern-table__cell">{t.stellen.toLocaleString("de-DE")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="kern-body">{suche ? "Kein Träger passt zu dieser Suche." : "Noch keine Träger."}</p>
      )}
      <Pagination page={seite} pages={seiten} href={(n) => `/verwaltung/traeger?${new URLSearchParams({ ...(suche ? { suche } : {}), ...(n > 1 ? { seite: String(n) } : {}) }).toString()}`} />
      {anlegen ? (
        <section aria-labelledby="abschnitt-neu">
          <h2 className="kern-heading-medium" id="abschnitt-neu">
            Neuen Träger anlegen
          </h2>
          <p className="kern-body">Die erste Administration des Trägers bekommt eine Einladung per E-Mail und legt danach selbst Beratungsstellen und Personal an.</p>
          <Form method="post" noValidate>
            <TraegerFields values={values} errors={errors} />
            <Field id="adminName" label="Name der ersten Administration" defaultValue={values.adminName} error={errors.adminName} />
            <Field id="adminEmail" type="email" label="E-Mail-Adresse der ersten Administration" hint="An diese Adresse geht der Einladungslink (7 Tage gültig)." defaultValue={values.adminEmail} error={errors.adminEmail} />
            <div className="kern-btn-wrapper">
              <Button>Träger anlegen und einladen</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
