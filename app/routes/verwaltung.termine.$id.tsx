/**
 * One booking for staff: the details, cancelling with a reason (the help seeker is told when
 * reachable) and moving to another free time of the same kind — a day is chosen first (GET),
 * then a time from the list (POST). Works without JavaScript.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { parseStaffAction, REASON_MAX, staffActions, STATUS_LABEL } from "../domain/booking/agenda";
import { BOOKING_TIME_ZONE, TERMINART_LABEL } from "../domain/booking/types";
import { localDateOf } from "../domain/booking/wall-time";
import { isLocalDate, localDateInBerlin } from "../domain/shared/dates";
import { bookingContext } from "../server/api/termine/termine.server";
import { requireStaff } from "../server/auth/guard.server";
import { applyStaffAction, bookingDetail, moveForStaff } from "../server/booking/agenda.server";
import { freeSlots } from "../server/booking/availability.server";
import { formatSlotLong, formatTime } from "../server/booking/format.server";
import { Button } from "../ui/kern/Button";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { ErrorSummary, type FormError } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { RadioGroup } from "../ui/kern/RadioGroup";
import { Textarea } from "../ui/kern/Textarea";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Termin – Verwaltung") }, { name: "robots", content: "noindex" }];

const NO_STORE = { "Cache-Control": "no-store" };

function agendaOf(termin: { beratungsstelleId: string; beginn: Date }, meldung: string): string {
  return `/verwaltung/termine?${new URLSearchParams({ stelle: termin.beratungsstelleId, datum: localDateOf(termin.beginn, BOOKING_TIME_ZONE), ansicht: "tag", meldung })}`;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const { prisma } = context.services.db;
  const now = new Date();
  const { termin, centreName } = await bookingDetail(prisma, actor, params.id ?? "");
  const tagParam = new URL(request.url).searchParams.get("tag") ?? "";
  const tag = isLocalDate(tagParam) ? tagParam : null;
  const aktionen = staffActions(termin.status, termin.beginn, now);
  const verschiebbar = aktionen.includes("absagen");
  const slots = verschiebbar && tag ? (await freeSlots(prisma, termin.beratungsstelleId, { von: tag, bis: tag, art: termin.art, now })).filter((s) => s.start.getTime() !== termin.beginn.getTime()) : [];
  return data(
    {
      id: termin.id,
      centreName,
      agendaUrl: agendaOf(termin, ""),
      zeit: formatSlotLong(termin.beginn, termin.ende),
      art: TERMINART_LABEL[termin.art],
      status: STATUS_LABEL[termin.status],
      name: termin.name,
      kontakt: [termin.telefon, termin.email].filter(Boolean).join(", "),
      erreichbar: termin.email !== null,
      anliegen: termin.anliegen,
      code: termin.buchungscode,
      absagbar: verschiebbar,
      tag: tag ?? tagParam,
      tagFehler: tagParam && !tag ? "Bitte geben Sie das Datum im Format JJJJ-MM-TT an, zum Beispiel 2026-12-24." : null,
      heute: localDateInBerlin(now),
      slots: slots.map((s) => ({ value: s.start.toISOString(), label: `${formatTime(s.start)} bis ${formatTime(s.ende)} Uhr` })),
    },
    { headers: NO_STORE },
  );
}

type Answer = { errors: FormError[]; values: Record<string, string> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaff(request, context);
  const now = new Date();
  const ctx = bookingContext(context.services, now);
  const { termin } = await bookingDetail(ctx.db, actor, params.id ?? "");
  const form = Object.fromEntries([...(await request.formData()).entries()].map(([key, value]) => [key, String(value)]));
  if (form.formular === "verschieben") {
    const start = new Date(form.start ?? "");
    if (Number.isNaN(start.getTime())) return data<Answer>({ errors: [{ fieldId: "start", message: "Bitte wählen Sie eine neue Uhrzeit." }], values: form }, { headers: NO_STORE });
    const moved = await moveForStaff(ctx, actor, termin.id, start);
    if (moved.ok) return redirect(agendaOf(moved.termin, "verschieben"), { status: 303, headers: NO_STORE });
    const message = moved.code === "termin_vergeben" ? "Diese Zeit ist inzwischen vergeben. Bitte wählen Sie eine andere." : "Der Termin kann nicht mehr verschoben werden.";
    return data<Answer>({ errors: [{ fieldId: "start", message }], values: form }, { headers: NO_STORE });
  }
  const parsed = parseStaffAction({ terminId: termin.id, aktion: "absagen", grund: form.grund ?? "" });
  if (!parsed.ok) return data<Answer>({ errors: Object.entries(parsed.errors).map(([fieldId, message]) => ({ fieldId, message: message ?? "" })), values: form }, { headers: NO_STORE });
  const result = await applyStaffAction(ctx, actor, termin.id, "absagen", parsed.value.grund);
  if (result.ok) return redirect(agendaOf(termin, "absagen"), { status: 303, headers: NO_STORE });
  return data<Answer>({ errors: [{ fieldId: "grund", message: "Der Termin kann nicht mehr abgesagt werden: Er hat schon begonnen oder wurde inzwischen geändert." }], values: form }, { headers: NO_STORE });
}

export default function TerminDetail() {
  const t = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const errors = [...(answer?.errors ?? []), ...(t.tagFehler ? [{ fieldId: "tag", message: t.tagFehler }] : [])];
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="kern-heading-large">Termin {t.code}</h1>
      <p className="kern-body"><Link className="kern-link" to={t.agendaUrl}>Zurück zur Terminübersicht</Link></p>
      <DescriptionList
        items={[
          { key: "zeit", term: "Wann", value: t.zeit },
          { key: "art", term: "Art", value: t.art },
          { key: "stelle", term: "Beratungsstelle", value: t.centreName },
          { key: "name", term: "Name oder Pseudonym", value: t.name },
          { key: "kontakt", term: "Kontakt", value: t.kontakt || "keine Angabe" },
          { key: "anliegen", term: "Anliegen", value: t.anliegen ?? "–" },
          { key: "status", term: "Status", value: t.status },
        ]}
      />
      {t.absagbar ? (
        <>
          <Form method="get" noValidate>
            <h2 className="kern-heading-medium">Verschieben</h2>
            <Field id="tag" label="Neuer Tag" hint={`Im Format JJJJ-MM-TT, zum Beispiel ${t.heute}`} defaultValue={t.tag} error={errorOf("tag")} />
            <div className="kern-btn-wrapper">
              <Button variant="secondary">Freie Zeiten anzeigen</Button>
            </div>
          </Form>
          {t.tag && !t.tagFehler ? (
            t.slots.length === 0 ? (
              <p className="kern-body">An diesem Tag ist keine passende Zeit frei.</p>
            ) : (
              <Form method="post" noValidate>
                <input type="hidden" name="formular" value="verschieben" />
                <RadioGroup id="start" legend="Neue Uhrzeit" options={t.slots} defaultValue={answer?.values.start} error={errorOf("start")} />
                <div className="kern-btn-wrapper">
                  <Button>Termin verschieben</Button>
                </div>
              </Form>
            )
          ) : null}
          <Form method="post" noValidate>
            <h2 className="kern-heading-medium">Absagen</h2>
            <input type="hidden" name="formular" value="absagen" />
            <Textarea
              id="grund"
              label="Grund der Absage"
              hint={`${t.erreichbar ? "Die ratsuchende Person bekommt ihn per E-Mail." : "Die ratsuchende Person hat keine E-Mail-Adresse angegeben und sieht die Absage über ihren Terminlink."} Höchstens ${REASON_MAX} Zeichen, keine Beratungsinhalte.`}
              rows={3}
              defaultValue={answer?.values.grund}
              error={errorOf("grund")}
            />
            <div className="kern-btn-wrapper">
              <Button variant="secondary">Termin absagen</Button>
            </div>
          </Form>
        </>
      ) : (
        <p className="kern-body">Dieser Termin kann nicht mehr abgesagt oder verschoben werden.</p>
      )}
    </>
  );
}
