/**
 * /verwaltung/stellen/neu?traeger=<id>: "Neue Beratungsstelle" – the centre form of
 * /verwaltung/stellen/<id>, empty, for a Träger where the account may create centres
 * ("beratungsstelle.anlegen"). Without `traeger` (and more than one Träger to choose from) a GET
 * form asks for it first. Saved: redirect to the new centre's page (POST-redirect-GET).
 */
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { assertCan } from "../domain/accounts/permissions";
import type { CentreFormError } from "../domain/counselling/centre-form-validate";
import { requireStaff } from "../server/auth/guard.server";
import { blankCentreValues, createCentre, creatableTraeger, submitNewCentre, type NewCentreFeedback } from "../server/counselling/centre-creation.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Select } from "../ui/kern/Select";
import { pageTitle } from "../ui/meta";
import { CentreForm } from "../ui/verwaltung/CentreForm";
import "../ui/verwaltung/verwaltung.css";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Neue Beratungsstelle – Verwaltung") }];

async function context0({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "beratungsstelle.anlegen")) {
    throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  }
  const { list, gewaehlt } = await creatableTraeger(context.services.db.prisma, actor, new URL(request.url).searchParams.get("traeger"));
  if (gewaehlt) assertCan(actor, "beratungsstelle.anlegen", { traegerId: gewaehlt.id });
  return { actor, list, gewaehlt };
}

export async function loader(args: LoaderFunctionArgs) {
  const { list, gewaehlt } = await context0(args);
  if (new URL(args.request.url).searchParams.get("traeger") && !gewaehlt) throw new Response("Diesen Träger gibt es nicht.", { status: 404 });
  return { traeger: list.map((t) => ({ value: t.id, label: t.name })), gewaehlt, values: blankCentreValues() };
}

export async function action(args: ActionFunctionArgs): Promise<NewCentreFeedback | Response> {
  const { actor, gewaehlt } = await context0(args);
  if (!gewaehlt) throw new Response("Diesen Träger gibt es nicht.", { status: 404 });
  return submitNewCentre(args, actor, {
    scope: { traegerId: gewaehlt.id },
    create: (data, geo) => createCentre(args.context.services.db.prisma, actor, gewaehlt.id, data, geo),
    angelegt: (veroeffentlicht) => `Die Beratungsstelle ist angelegt.${veroeffentlicht ? " Die Suche zeigt sie in wenigen Sekunden." : " Sie ist noch nicht veröffentlicht."}`,
  });
}

export default function NewCentre() {
  const { traeger, gewaehlt, values } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((error: CentreFormError) => [error.fieldId, error.message]));
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to="/verwaltung/stellen">Alle Beratungsstellen</BackLink>
      <h1 className="kern-heading-large">Neue Beratungsstelle</h1>
      {gewaehlt ? (
        <>
          <p className="kern-body">Träger: {gewaehlt.name}</p>
          <CentreForm key={shown?.revision ?? "neu"} values={shown?.values ?? values} errors={errors} />
        </>
      ) : traeger.length > 0 ? (
        <Form method="get" action="/verwaltung/stellen/neu">
          <Select id="traeger" label="Träger der neuen Beratungsstelle" options={traeger} />
          <div className="kern-btn-wrapper">
            <Button>Weiter</Button>
          </div>
        </Form>
      ) : (
        <p className="kern-body">Sie dürfen keine Beratungsstellen anlegen.</p>
      )}
    </>
  );
}
