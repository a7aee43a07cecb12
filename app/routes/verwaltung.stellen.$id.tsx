/**
 * /verwaltung/stellen/<id>: edit one centre (every field the finder shows), publish or withdraw
 * it, and confirm its data ("Daten geprüft"). Only for accounts that may edit this centre
 * (assertCan with the centre's Träger and id): others get the 403 page, for GET and POST alike.
 *
 * POST with `aktion`:
 * - `speichern`: validate; with errors the page shows again with everything typed and an error
 *   summary; else save through the centre repository (search outbox and audit log in the same
 *   transaction) and redirect here with a flash (POST-redirect-GET);
 * - `zeit-hinzufuegen`, `zeit-entfernen-<n>`, `ausnahme-…`: the form again with a row more or
 *   less, nothing saved (works without JavaScript);
 * - `geprueft`: sets "zuletzt geprüft" to today.
 *
 * Two people editing at once: the form carries `stand`, the fingerprint of the data it was filled
 * from. When the stored data has changed since, nothing is saved; the page keeps everything typed,
 * names who changed it when, lists what saving would now change, and takes the new `stand`, so
 * saving again is a deliberate choice.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { assertCan } from "../domain/accounts/permissions";
import { applyRowAction, centreFormValues, exceptionFieldId, hoursFieldId, readCentreForm, type CentreFormValues, type RowAction } from "../domain/counselling/centre-form";
import { validateCentreForm, type CentreFormError } from "../domain/counselling/centre-form-validate";
import { verificationState } from "../domain/counselling/data-quality";
import { formatGermanDate, formatGermanDateTime, localDateInBerlin } from "../domain/shared/dates";
import { requireStaff } from "../server/auth/guard.server";
import { changedFieldLines } from "../domain/accounts/audit-labels";
import { centreScope, confirmCentreData, editConflict, editRevision, loadEditableCentre, locateEditedAddress, saveCentreEdit } from "../server/counselling/centre-editing.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";
import { CentreForm } from "../ui/verwaltung/CentreForm";
import "../ui/verwaltung/verwaltung.css";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: pageTitle(loaded ? `${loaded.centre.name} bearbeiten – Verwaltung` : "Beratungsstelle bearbeiten – Verwaltung") },
];

/** The centre, if the logged-in account may edit it: else 404 (unknown id) or 403 (another tenant). */
async function editableCentre({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const centre = await loadEditableCentre(context.services.db.prisma, params.id ?? "");
  if (!centre) throw new Response("Diese Beratungsstelle gibt es nicht.", { status: 404 });
  assertCan(actor, "beratungsstelle.bearbeiten", centreScope(centre));
  return { actor, centre };
}

export async function loader(args: LoaderFunctionArgs) {
  const { centre } = await editableCentre(args);
  const { sessions } = args.context.services;
  const session = await sessions.getSession(args.request.headers.get("Cookie"));
  const flash = session.get("flash") ?? null;
  const heute = localDateInBerlin(new Date());
  return data(
    {
      centre: {
        id: centre.id,
        name: centre.form.name,
        slug: centre.slug,
        traeger: centre.traegerName,
        veroeffentlicht: centre.form.veroeffentlicht,
        zuletztGeprueft: centre.zuletztGeprueft ? formatGermanDate(centre.zuletztGeprueft) : null,
        pruefung: verificationState(centre.zuletztGeprueft, heute),
      },
      values: centreFormValues(centre.form),
      stand: editRevision(centre),
      saved: flash?.kind === "success" ? (flash.text as string) : null,
    },
    flash ? { headers: { "Set-Cookie": await sessions.commitSession(session) } } : undefined,
  );
}

type Conflict = { lines: string[]; akteur: string | null; zeitpunkt: string | null };
type Feedback = { values: CentreFormValues; errors: CentreFormError[]; focusId?: string; revision: string; stand: string; konflikt?: Conflict };

/** Where the focus goes after a row button: the new row, the row now in the removed one's place, or the add button. */
function focusAfter(values: CentreFormValues, action: RowAction): string {
  switch (action.kind) {
    case "zeit-hinzufuegen":
      return hoursFieldId(values.zeiten.length - 1, "tag");
    case "ausnahme-hinzufuegen":
      return exceptionFieldId(values.ausnahmen.length - 1, "datum");
    case "zeit-entfernen":
      return action.index < values.zeiten.length ? hoursFieldId(action.index, "tag") : "zeit-hinzufuegen";
    case "ausnahme-entfernen":
      return action.index < values.ausnahmen.length ? exceptionFieldId(action.index, "datum") : "ausnahme-hinzufuegen";
  }
}

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const { actor, centre } = await editableCentre(args);
  const { context, request } = args;
  const { prisma } = context.services.db;
  const form = await request.formData();
  const back = async (text: string) => {
    const session = await context.services.sessions.getSession(request.headers.get("Cookie"));
    session.flash("flash", { kind: "success", text });
    return redirect(`/verwaltung/stellen/${centre.id}`, { status: 303, headers: { "Set-Cookie": await context.services.sessions.commitSession(session) } });
  };

  if (form.get("aktion") === "geprueft") {
    const heute = localDateInBerlin(new Date());
    await confirmCentreData(prisma, actor, centre, heute);
    return back(`Die Angaben sind als geprüft bestätigt (Stand ${formatGermanDate(heute)}).`);
  }

  const entries = [...form].flatMap(([name, value]): Array<[string, string]> => (typeof value === "string" ? [[name, value]] : []));
  const { aktion, values } = readCentreForm(entries);
  const revision = crypto.randomUUID();
  const current = editRevision(centre);
  const posted = typeof form.get("stand") === "string" ? (form.get("stand") as string) : current;
  if (aktion.kind !== "speichern") {
    const changed = applyRowAction(values, aktion);
    return { values: changed, errors: [], focusId: focusAfter(changed, aktion), revision, stand: posted };
  }
  const result = validateCentreForm(values);
  if (!result.ok) return { values, errors: result.errors, revision, stand: posted };
  const location = locateEditedAddress(centre, result.data.adresse, context.services.places);
  if (!location.ok) return { values, errors: [{ fieldId: "plz", message: `Postleitzahl: ${location.meldung} – bitte prüfen Sie Postleitzahl und Ort.` }], revision, stand: posted };
  if (result.data.veroeffentlicht !== centre.form.veroeffentlicht) assertCan(actor, "beratungsstelle.veroeffentlichen", centreScope(centre));
  if (posted !== current) {
    const conflict = await editConflict(prisma, centre, result.data, location.geo);
    const lines = changedFieldLines({ felder: conflict.felder });
    // Both saved the same: nothing to decide.
    if (lines.length === 0) return back("Es gab keine Änderungen zu speichern.");
    const zuletzt = conflict.zuletzt;
    return {
      values,
      errors: [],
      revision,
      stand: current,
      konflikt: { lines, akteur: zuletzt?.akteur ?? null, zeitpunkt: zuletzt ? formatGermanDateTime(zuletzt.zeitpunkt) : null },
    };
  }

  const outcome = await saveCentreEdit(prisma, actor, centre, result.data, location.geo);
  if (!outcome.changed) return back("Es gab keine Änderungen zu speichern.");
  const sichtbar = result.data.veroeffentlicht ? " Die Suche zeigt sie in wenigen Sekunden." : " Die Beratungsstelle ist nicht veröffentlicht.";
  return back(`Die Änderungen sind gespeichert.${sichtbar}`);
}

const PRUEFUNG: Record<ReturnType<typeof verificationState>, string> = {
  aktuell: "Die Angaben sind aktuell bestätigt.",
  pruefung_faellig: "Prüfung fällig: Die letzte Bestätigung ist mehr als 6 Monate her. Bitte prüfen Sie die Angaben und bestätigen oder korrigieren Sie sie.",
  veraltet: "Prüfung fällig: Die letzte Bestätigung ist mehr als 12 Monate her; die öffentliche Seite zeigt einen Hinweis, dass die Angaben veraltet sein können.",
  nie_geprueft: "Prüfung fällig: Die Angaben wurden noch nie bestätigt.",
};

export default function EditCentre() {
  const { centre, values, stand, saved } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((error: CentreFormError) => [error.fieldId, error.message]));
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to="/verwaltung/stellen">Alle Beratungsstellen</BackLink>
      <h1 className="kern-heading-large">{centre.name} bearbeiten</h1>
      <p className="kern-body">
        {centre.traeger}
        {" · "}
        {centre.veroeffentlicht ? (
          <Link className="kern-link" to={`/beratungsstellen/${centre.slug}`}>
            Öffentliche Seite ansehen
          </Link>
        ) : (
          "Nicht veröffentlicht"
        )}
      </p>
      {saved && !shown ? (
        <Alert kind="success" title="Gespeichert">
          <p className="kern-body">{saved}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="abschnitt-datenstand" className="sp-datenstand">
        <h2 className="kern-heading-medium" id="abschnitt-datenstand">
          Datenstand
        </h2>
        <p className="kern-body">Zuletzt geprüft: {centre.zuletztGeprueft ?? "noch nie"}</p>
        <p className="kern-body">{PRUEFUNG[centre.pruefung]}</p>
        <Form method="post">
          <div className="kern-btn-wrapper">
            <Button variant="secondary" icon="check" name="aktion" value="geprueft">
              Daten geprüft
            </Button>
          </div>
        </Form>
        <p className="kern-body kern-body--small">„Daten geprüft“ bestätigt, dass alle Angaben stimmen, und setzt das Prüfdatum auf heute.</p>
      </section>
      {shown?.konflikt ? <EditConflictAlert konflikt={shown.konflikt} /> : null}
      <CentreForm key={shown?.revision ?? "gespeichert"} values={shown?.values ?? values} errors={errors} focusId={shown?.focusId} stand={shown?.stand ?? stand} />
    </>
  );
}

/** Shown instead of saving over a change made in the meantime; takes the focus, like an error summary. */
function EditConflictAlert({ konflikt }: { konflikt: Conflict }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [konflikt]);
  const wer = konflikt.akteur ? ` (${konflikt.akteur}${konflikt.zeitpunkt ? `, ${konflikt.zeitpunkt}` : ""})` : "";
  return (
    <div tabIndex={-1} ref={ref}>
      <Alert kind="warning" title="Nicht gespeichert: Die Beratungsstelle wurde inzwischen geändert">
        <p className="kern-body">
          Während Sie bearbeitet haben, hat jemand anderes diese Beratungsstelle gespeichert{wer}. Ihre Eingaben sind unten erhalten. Wenn Sie jetzt speichern, ändern Sie gegenüber dem gespeicherten Stand:
        </p>
        <ul className="kern-list">
          {konflikt.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="kern-body">Prüfen Sie diese Angaben und speichern Sie erneut, oder laden Sie die Seite neu, um den gespeicherten Stand zu sehen.</p>
      </Alert>
    </div>
  );
}
