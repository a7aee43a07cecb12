/**
 * /verwaltung/personal/einladen: invite a new staff member with one role at one place (a centre,
 * the Träger, a Kommune or the platform – only places and roles the account may grant). The
 * invited person gets a single-use link by e-mail (app/server/auth/invitations.server.ts).
 * Platform admins choose among the Träger and Kommunen; with `?traeger=<id>` (the link on a
 * Träger's page) among that Träger and its centres.
 */
import "../ui/verwaltung/verwaltung.css";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { STAFF_ROLES } from "../domain/accounts/permissions";
import { ROLE_LABELS } from "../domain/accounts/roles";
import { redirectWithFlash } from "../server/accounts/flash.server";
import { grantablePlaces, inviteStaffMember, parseZiel, REFUSAL_TEXT, type Platz } from "../server/accounts/staff.server";
import { requireStaff } from "../server/auth/guard.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Button } from "../ui/kern/Button";
import { ErrorSummary, type FormError } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { Select } from "../ui/kern/Select";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Person einladen – Personal – Verwaltung") }];

async function places({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "personal.verwalten")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  const traegerId = new URL(request.url).searchParams.get("traeger") ?? undefined;
  return { actor, places: await grantablePlaces(context.services.db.prisma, actor, { traegerId }) };
}

function roleOptions(list: Platz[]) {
  const roles = new Set(list.flatMap((p) => p.rollen));
  return STAFF_ROLES.filter((r) => roles.has(r)).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
}

export async function loader(args: LoaderFunctionArgs) {
  const { places: list } = await places(args);
  const traeger = new URL(args.request.url).searchParams.get("traeger");
  return { places: list.map((p) => ({ value: p.ziel, label: `${p.label} (${p.rollen.map((r) => ROLE_LABELS[r]).join(", ")})` })), rollen: roleOptions(list), traeger };
}

const Input = z.object({
  email: z.string().trim().min(1, "Bitte geben Sie die E-Mail-Adresse der Person ein.").max(254, "Die E-Mail-Adresse ist zu lang."),
  anzeigename: z.string().trim().min(1, "Bitte geben Sie den Namen der Person ein.").max(120, "Der Name ist zu lang (höchstens 120 Zeichen)."),
  ziel: z.string().min(1, "Bitte wählen Sie, wo die Person mitarbeiten soll."),
  rolle: z.enum(STAFF_ROLES, { message: "Bitte wählen Sie eine Rolle." }),
});

type Values = { email: string; anzeigename: string; ziel: string; rolle: string };
type Feedback = { values: Values; errors: FormError[] };

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const { actor } = await places(args);
  const { request, context } = args;
  const form = await request.formData();
  const values: Values = { email: String(form.get("email") ?? ""), anzeigename: String(form.get("anzeigename") ?? ""), ziel: String(form.get("ziel") ?? ""), rolle: String(form.get("rolle") ?? "") };
  const parsed = Input.safeParse(values);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ fieldId: String(issue.path[0]), message: issue.message }));
    return { values, errors: errors.filter((e, i) => errors.findIndex((o) => o.fieldId === e.fieldId) === i) };
  }
  const ziel = parseZiel(parsed.data.ziel);
  if (!ziel) return { values, errors: [{ fieldId: "ziel", message: REFUSAL_TEXT.ort_unbekannt }] };
  if (parsed.data.rolle === "plattform_admin" && ziel.art !== "plattform") return { values, errors: [{ fieldId: "rolle", message: REFUSAL_TEXT.rolle_nicht_erlaubt }] };
  const result = await inviteStaffMember(context.services.db.prisma, actor, {
    email: parsed.data.email,
    anzeigename: parsed.data.anzeigename,
    ziel,
    rolle: parsed.data.rolle,
    now: new Date(),
    publicUrl: context.services.config.PUBLIC_URL,
  });
  if (!result.ok) {
    if (result.code === "nicht_erlaubt") throw new Response(REFUSAL_TEXT.nicht_erlaubt, { status: 403 });
    const fieldId = result.code.startsWith("email") ? "email" : result.code === "ort_unbekannt" ? "ziel" : "rolle";
    return { values, errors: [{ fieldId, message: REFUSAL_TEXT[result.code] }] };
  }
  return redirectWithFlash(request, context, `/verwaltung/personal/${result.benutzerId}`, {
    kind: "success",
    text: `Die Einladung an ${parsed.data.email.trim().toLowerCase()} ist verschickt. Der Link gilt 7 Tage.`,
  });
}

export default function InviteStaff() {
  const { places: list, rollen, traeger } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((e: FormError) => [e.fieldId, e.message]));
  const values = shown?.values;
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to="/verwaltung/personal">Personal</BackLink>
      <h1 className="kern-heading-large">Person einladen</h1>
      {list.length === 0 ? (
        <p className="kern-body">Es gibt keinen Ort, an dem Sie Rollen vergeben können.</p>
      ) : (
        <Form method="post" noValidate action={traeger ? `/verwaltung/personal/einladen?traeger=${encodeURIComponent(traeger)}` : "/verwaltung/personal/einladen"}>
          <Field id="email" type="email" label="E-Mail-Adresse" hint="An diese Adresse geht der Einladungslink." defaultValue={values?.email} error={errors.email} autoComplete="off" />
          <Field id="anzeigename" label="Name" hint="So sehen Kolleginnen und Kollegen die Person." defaultValue={values?.anzeigename} error={errors.anzeigename} />
          <Select id="ziel" label="Ort" hint="Wo die Person mitarbeitet. In Klammern: die Rollen, die Sie dort vergeben können." options={[{ value: "", label: "Bitte wählen" }, ...list]} defaultValue={values?.ziel ?? ""} error={errors.ziel} />
          <Select id="rolle" label="Rolle" options={[{ value: "", label: "Bitte wählen" }, ...rollen]} defaultValue={values?.rolle ?? ""} error={errors.rolle} />
          <div className="kern-btn-wrapper">
            <Button>Einladung senden</Button>
          </div>
        </Form>
      )}
    </>
  );
}
