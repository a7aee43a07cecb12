/**
 * /verwaltung/kommune: the Kommunen the account may manage (a kommune_redaktion: its own; platform
 * admins: all). Platform admins also create a Kommune here (name, AGS, PLZ list) and invite its
 * first kommune_redaktion in the same form ("kommune.anlegen").
 */
import "../ui/verwaltung/verwaltung.css";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { assertCan, can } from "../domain/accounts/permissions";
import { readKommuneForm, validateNewKommune, type KommuneFormError, type KommuneFormValues } from "../domain/kommune/kommune-form";
import { readFlash, redirectWithFlash } from "../server/accounts/flash.server";
import { requireStaff } from "../server/auth/guard.server";
import { createKommuneWithEditor, listManageableKommunen } from "../server/kommune/kommunen.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { Textarea } from "../ui/kern/Textarea";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Kommunen – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "kommune.bearbeiten")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  const kommunen = await listManageableKommunen(context.services.db.prisma, actor);
  const { flash, headers } = await readFlash(request, context);
  return data({ kommunen, anlegen: can(actor, "kommune.anlegen", {}), flash }, headers ? { headers } : undefined);
}

type Feedback = { values: KommuneFormValues; errors: KommuneFormError[] };

const REFUSAL: Record<"ags_vergeben" | "email_vergeben" | "email_ungueltig", KommuneFormError> = {
  ags_vergeben: { fieldId: "ags", message: "Eine Kommune mit diesem Amtlichen Gemeindeschlüssel gibt es schon." },
  email_vergeben: { fieldId: "redaktionEmail", message: "Für diese E-Mail-Adresse gibt es schon ein Konto." },
  email_ungueltig: { fieldId: "redaktionEmail", message: "Bitte geben Sie eine gültige E-Mail-Adresse ein." },
};

export async function action({ request, context }: ActionFunctionArgs): Promise<Feedback | Response> {
  const actor = await requireStaff(request, context);
  assertCan(actor, "kommune.anlegen", {});
  const values = readKommuneForm(await request.formData());
  const checked = validateNewKommune(values);
  if (!checked.ok) return { values, errors: checked.errors };
  const result = await createKommuneWithEditor(context.services.db.prisma, actor, { ...checked.data, now: new Date(), publicUrl: context.services.config.PUBLIC_URL });
  if (!result.ok) return { values, errors: [REFUSAL[result.code]] };
  return redirectWithFlash(request, context, `/verwaltung/kommune/${result.kommuneId}`, {
    kind: "success",
    text: `Die Kommune ist angelegt. Die Einladung an ${checked.data.redaktionEmail.trim().toLowerCase()} ist verschickt.`,
  });
}

const EMPTY: KommuneFormValues = { name: "", ags: "", plz: "", redaktionName: "", redaktionEmail: "" };

export default function KommuneList() {
  const { kommunen, anlegen, flash } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((e: KommuneFormError) => [e.fieldId, e.message]));
  const values = shown?.values ?? EMPTY;
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <h1 className="kern-heading-large">Kommunen</h1>
      {flash && !shown ? (
        <Alert kind={flash.kind} title="Erledigt">
          <p className="kern-body">{flash.text}</p>
        </Alert>
      ) : null}
      <p className="kern-body">Für jede Kommune: die zuständigen Stellen je Leistung für die Postleitzahlen der Kommune und ihre kommunalen Angebote.</p>
      {kommunen.length > 0 ? (
        <ul className="kern-list">
          {kommunen.map((k) => (
            <li key={k.id}>
              <Link className="kern-link" to={`/verwaltung/kommune/${k.id}`}>
                {k.name}
              </Link>{" "}
              (AGS {k.ags}, {k.plz.length === 1 ? "1 Postleitzahl" : `${k.plz.length} Postleitzahlen`})
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">Noch keine Kommunen.</p>
      )}
      {anlegen ? (
        <section aria-labelledby="abschnitt-neu">
          <h2 className="kern-heading-medium" id="abschnitt-neu">
            Neue Kommune anlegen
          </h2>
          <p className="kern-body">Die erste Redaktion der Kommune bekommt eine Einladung per E-Mail und trägt danach selbst die zuständigen Stellen ein.</p>
          <Form method="post" noValidate>
            <Field id="name" label="Name der Kommune" hint="Zum Beispiel „Stadt Beispielstadt“." defaultValue={values.name} error={errors.name} />
            <Field id="ags" label="Amtlicher Gemeindeschlüssel (AGS)" hint="8 Ziffern, zum Beispiel 09162000." inputMode="numeric" defaultValue={values.ags} error={errors.ags} />
            <Textarea id="plz" label="Postleitzahlen der Kommune" hint="Fünfstellig, getrennt durch Komma, Leerzeichen oder Zeilenumbruch." rows={3} defaultValue={values.plz} error={errors.plz} />
            <Field id="redaktionName" label="Name der ersten Redaktion" defaultValue={values.redaktionName} error={errors.redaktionName} />
            <Field id="redaktionEmail" type="email" label="E-Mail-Adresse der ersten Redaktion" hint="An diese Adresse geht der Einladungslink (7 Tage gültig)." defaultValue={values.redaktionEmail} error={errors.redaktionEmail} />
            <div className="kern-btn-wrapper">
              <Button>Kommune anlegen und einladen</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
