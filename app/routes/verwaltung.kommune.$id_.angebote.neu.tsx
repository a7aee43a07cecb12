/**
 * /verwaltung/kommune/<id>/angebote/neu: "Neues kommunales Angebot" – the centre form of
 * /verwaltung/stellen/neu for a local offer of the Kommune (its editors and platform admins:
 * "beratungsstelle.anlegen" with the Kommune's scope). The offer belongs to the Kommune's own
 * Träger (verband kommunal) and carries the Kommune's id, so its editors keep editing it in the
 * centre editor. Saved: redirect to the centre editor (POST-redirect-GET).
 */
import "../ui/verwaltung/verwaltung.css";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { assertCan } from "../domain/accounts/permissions";
import type { CentreFormError } from "../domain/counselling/centre-form-validate";
import { blankCentreValues, submitNewCentre, type NewCentreFeedback } from "../server/counselling/centre-creation.server";
import { editableKommune } from "../server/kommune/guard.server";
import { createLocalOffer } from "../server/kommune/kommunen.server";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";
import { CentreForm } from "../ui/verwaltung/CentreForm";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Neues kommunales Angebot – Verwaltung") }];

async function allowed(args: LoaderFunctionArgs) {
  const { actor, kommune } = await editableKommune(args);
  assertCan(actor, "beratungsstelle.anlegen", { kommuneId: kommune.id });
  return { actor, kommune };
}

export async function loader(args: LoaderFunctionArgs) {
  const { kommune } = await allowed(args);
  return { kommune: { id: kommune.id, name: kommune.name }, values: blankCentreValues() };
}

export async function action(args: ActionFunctionArgs): Promise<NewCentreFeedback | Response> {
  const { actor, kommune } = await allowed(args);
  return submitNewCentre(args, actor, {
    scope: { kommuneId: kommune.id },
    create: (data, geo) => createLocalOffer(args.context.services.db.prisma, actor, kommune, data, geo),
    angelegt: (veroeffentlicht) => `Das kommunale Angebot ist angelegt.${veroeffentlicht ? " Die Suche zeigt es in wenigen Sekunden." : " Es ist noch nicht veröffentlicht."}`,
  });
}

export default function NewLocalOffer() {
  const { kommune, values } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((error: CentreFormError) => [error.fieldId, error.message]));
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to={`/verwaltung/kommune/${kommune.id}`}>Zurück zu {kommune.name}</BackLink>
      <h1 className="kern-heading-large">Neues kommunales Angebot</h1>
      <p className="kern-body">Kommune: {kommune.name}. Das Angebot erscheint in der Beratungsstellensuche als „Kommunales Angebot“.</p>
      <CentreForm key={shown?.revision ?? "neu"} values={shown?.values ?? values} errors={errors} />
    </>
  );
}
