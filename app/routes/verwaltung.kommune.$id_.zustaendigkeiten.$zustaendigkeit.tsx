/**
 * /verwaltung/kommune/<id>/zustaendigkeiten/<zustaendigkeit>: enter ("neu") or change the office
 * of the Kommune responsible for one benefit. Only for the Kommune's editors (403 otherwise, 404
 * for unknown ids or a Zuständigkeit of another Kommune). The form pattern of the centre editor:
 * validated on the server, with errors the page shows again with everything typed and an error
 * summary; saved: audit entry in the same transaction, redirect to the Kommune with a flash.
 */
import "../ui/verwaltung/verwaltung.css";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CATALOG } from "../domain/benefits/catalog";
import {
  readZustaendigkeitForm,
  validateZustaendigkeit,
  ZUSTAENDIGKEIT_LEISTUNGEN,
  zustaendigkeitFormValues,
  type ZustaendigkeitFormError,
  type ZustaendigkeitFormValues,
} from "../domain/kommune/kommune-form";
import { redirectWithFlash } from "../server/accounts/flash.server";
import { editableKommune } from "../server/kommune/guard.server";
import { loadZustaendigkeit, saveZustaendigkeit } from "../server/kommune/kommunen.server";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { Select } from "../ui/kern/Select";
import { Textarea } from "../ui/kern/Textarea";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: pageTitle(loaded?.neu === false ? "Zuständige Stelle ändern – Verwaltung" : "Neue zuständige Stelle – Verwaltung") },
];

const EMPTY: ZustaendigkeitFormValues = { leistung: "", name: "", strasse: "", plz: "", ort: "", oeffnungszeiten: "", telefon: "", email: "", onlineAntrag: "" };

async function target(args: LoaderFunctionArgs) {
  const { actor, kommune } = await editableKommune(args);
  if (args.params.zustaendigkeit === "neu") return { actor, kommune, before: null };
  const before = await loadZustaendigkeit(args.context.services.db.prisma, kommune.id, args.params.zustaendigkeit);
  if (!before) throw new Response("Diese Zuständigkeit gibt es nicht.", { status: 404 });
  return { actor, kommune, before };
}

export async function loader(args: LoaderFunctionArgs) {
  const { kommune, before } = await target(args);
  const leistung = new URL(args.request.url).searchParams.get("leistung") ?? "";
  return {
    kommune: { id: kommune.id, name: kommune.name },
    neu: before === null,
    values: before ? zustaendigkeitFormValues(before) : { ...EMPTY, leistung },
  };
}

type Feedback = { values: ZustaendigkeitFormValues; errors: ZustaendigkeitFormError[] };

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const { actor, kommune, before } = await target(args);
  const values = readZustaendigkeitForm(await args.request.formData());
  const checked = validateZustaendigkeit(values);
  if (!checked.ok) return { values, errors: checked.errors };
  const result = await saveZustaendigkeit(args.context.services.db.prisma, actor, kommune.id, before, checked.data);
  if (!result.ok) return { values, errors: [{ fieldId: "leistung", message: "Für diese Leistung ist schon eine zuständige Stelle eingetragen. Bitte ändern Sie diese." }] };
  const text = !result.changed ? "Es gab keine Änderungen zu speichern." : before ? `Die zuständige Stelle „${checked.data.name}“ ist geändert.` : `Die zuständige Stelle „${checked.data.name}“ ist eingetragen.`;
  return redirectWithFlash(args.request, args.context, `/verwaltung/kommune/${kommune.id}`, { kind: "success", text });
}

const LEISTUNG_OPTIONS = [{ value: "", label: "Bitte wählen" }, ...ZUSTAENDIGKEIT_LEISTUNGEN.map((slug) => ({ value: slug, label: CATALOG[slug].titel }))];

export default function ZustaendigkeitForm() {
  const { kommune, neu, values: stored } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors: Partial<Record<keyof ZustaendigkeitFormValues, string>> = Object.fromEntries((shown?.errors ?? []).map((e: ZustaendigkeitFormError) => [e.fieldId, e.message]));
  const values = shown?.values ?? stored;
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to={`/verwaltung/kommune/${kommune.id}`}>Zurück zu {kommune.name}</BackLink>
      <h1 className="kern-heading-large">{neu ? "Neue zuständige Stelle" : "Zuständige Stelle ändern"}</h1>
      <p className="kern-body">Kommune: {kommune.name}</p>
      <Form method="post" noValidate key={shown ? JSON.stringify(shown.values) : "gespeichert"}>
        <Select id="leistung" label="Leistung" hint="Für jede Leistung gibt es eine zuständige Stelle je Kommune." options={LEISTUNG_OPTIONS} defaultValue={values.leistung} error={errors.leistung} />
        <Field id="name" label="Name der zuständigen Stelle" hint="Zum Beispiel „Wohngeldstelle der Stadt Beispielstadt“." defaultValue={values.name} error={errors.name} />
        <Field id="strasse" label="Straße und Hausnummer" autoComplete="off" defaultValue={values.strasse} error={errors.strasse} />
        <Field id="plz" label="Postleitzahl" inputMode="numeric" width={4} defaultValue={values.plz} error={errors.plz} />
        <Field id="ort" label="Ort" defaultValue={values.ort} error={errors.ort} />
        <Textarea id="oeffnungszeiten" label="Öffnungszeiten" optional hint="Zum Beispiel „Mo–Fr 8–12 Uhr, Do 14–18 Uhr“ (höchstens 1.000 Zeichen)." rows={3} defaultValue={values.oeffnungszeiten} error={errors.oeffnungszeiten} />
        <Field id="telefon" label="Telefon" optional defaultValue={values.telefon} error={errors.telefon} />
        <Field id="email" type="email" label="E-Mail-Adresse" optional defaultValue={values.email} error={errors.email} />
        <Field id="onlineAntrag" label="Link zum Online-Antrag" optional hint="Vollständige Adresse mit https://, zum Beispiel https://www.beispiel.de/wohngeld." defaultValue={values.onlineAntrag} error={errors.onlineAntrag} />
        <div className="kern-btn-wrapper">
          <Button>Speichern</Button>
        </div>
      </Form>
    </>
  );
}
