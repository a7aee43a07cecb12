/**
 * /verwaltung/traeger/<id>: edit a Träger's profile (name, federation, website – shown with
 * every one of its centres, which are re-indexed in the same transaction) and jump to its
 * centres and staff. Unknown id: 404; another tenant's Träger: 403.
 */
import "../ui/verwaltung/verwaltung.css";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { assertCan, can } from "../domain/accounts/permissions";
import { readTraegerForm, validateTraegerProfile, type TraegerFormError, type TraegerFormValues } from "../domain/accounts/traeger-form";
import { readFlash, redirectWithFlash } from "../server/accounts/flash.server";
import { loadTraeger, saveTraegerProfile } from "../server/accounts/traeger-admin.server";
import { requireStaff } from "../server/auth/guard.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";
import { TraegerFields } from "../ui/verwaltung/TraegerFields";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: pageTitle(`${loaded?.traeger.name ?? "Träger"} – Verwaltung`) }];

async function editable({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const traeger = await loadTraeger(context.services.db.prisma, params.id ?? "");
  if (!traeger) throw new Response("Diesen Träger gibt es nicht.", { status: 404 });
  assertCan(actor, "traeger.bearbeiten", { traegerId: traeger.id });
  return { actor, traeger };
}

export async function loader(args: LoaderFunctionArgs) {
  const { actor, traeger } = await editable(args);
  const { flash, headers } = await readFlash(args.request, args.context);
  return data(
    {
      traeger,
      values: { name: traeger.name, verband: traeger.verband, website: traeger.website ?? "" },
      personal: can(actor, "personal.verwalten", { traegerId: traeger.id }),
      stelleAnlegen: can(actor, "beratungsstelle.anlegen", { traegerId: traeger.id }),
      flash,
    },
    headers ? { headers } : undefined,
  );
}

type Feedback = { values: TraegerFormValues; errors: TraegerFormError[] };

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const { actor, traeger } = await editable(args);
  const values = readTraegerForm(await args.request.formData());
  const checked = validateTraegerProfile(values);
  if (!checked.ok) return { values, errors: checked.errors };
  const result = await saveTraegerProfile(args.context.services.db.prisma, actor, traeger, checked.data);
  if (!result.ok) return { values, errors: [{ fieldId: "name", message: "Einen Träger mit diesem Namen und Verband gibt es schon." }] };
  return redirectWithFlash(args.request, args.context, `/verwaltung/traeger/${traeger.id}`, {
    kind: "success",
    text: result.changed ? "Die Änderungen sind gespeichert. Die Suche zeigt sie in wenigen Sekunden." : "Es gab keine Änderungen zu speichern.",
  });
}

export default function EditTraeger() {
  const { traeger, values, personal, stelleAnlegen, flash } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((e: TraegerFormError) => [e.fieldId, e.message]));
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to="/verwaltung/traeger">Alle Träger</BackLink>
      <h1 className="kern-heading-large">{traeger.name}</h1>
      {flash && !shown ? (
        <Alert kind={flash.kind} title="Gespeichert">
          <p className="kern-body">{flash.text}</p>
        </Alert>
      ) : null}
      <ul className="kern-list">
        {stelleAnlegen ? (
          <li>
            <Link className="kern-link" to={`/verwaltung/stellen/neu?traeger=${traeger.id}`}>
              Neue Beratungsstelle anlegen
            </Link>
          </li>
        ) : null}
        {personal ? (
          <li>
            <Link className="kern-link" to={`/verwaltung/personal/einladen?traeger=${traeger.id}`}>
              Person für diesen Träger einladen
            </Link>
          </li>
        ) : null}
      </ul>
      <h2 className="kern-heading-medium">Angaben zum Träger</h2>
      <Form method="post" noValidate>
        <TraegerFields values={shown?.values ?? values} errors={errors} />
        <div className="kern-btn-wrapper">
          <Button>Speichern</Button>
        </div>
      </Form>
    </>
  );
}
