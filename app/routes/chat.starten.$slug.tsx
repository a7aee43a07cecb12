/**
 * Starting an online counselling conversation without an account (issue 7): pseudonym (a
 * suggestion pre-filled, changeable), optional topic, consent to the privacy notice. Creates the
 * conversation through the same service as POST /api/v1/gespraeche, then shows the code and
 * private link (/chat/<token>/zugang). Only for published centres that offer the chat.
 */
import "../ui/chat/chat.css";
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { PSEUDONYM_MAX_LENGTH, suggestPseudonym } from "../domain/chat/conversation";
import { readStartForm, reachabilityText } from "../domain/chat/inbox";
import { optionalHelpSeeker } from "../server/accounts/guard.server";
import { newFormKey } from "../server/booking/booking-submit.server";
import { absenceNoteOf, chatContext, reachabilityOf, startConversation } from "../server/chat/conversations.server";
import { AbsenceNotice } from "../ui/chat/AbsenceNotice";
import { formFields, NO_STORE } from "../server/chat/pages.server";
import { findPublishedCentre } from "../server/counselling/centre-read.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { CheckboxGroup } from "../ui/kern/CheckboxGroup";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: pageTitle(loaded ? `Online-Beratung starten – ${loaded.stelle.name}` : "Seite nicht gefunden") },
  { name: "robots", content: "noindex" },
];

export const headers: HeadersFunction = () => NO_STORE;

async function chatCentre(context: LoaderFunctionArgs["context"], slug: string | undefined) {
  const centre = await findPublishedCentre(context.services.db.prisma, { slug: slug ?? "" });
  if (!centre || !centre.kanaele.includes("chat")) throw new Response("Diese Beratungsstelle bietet keine Online-Beratung an.", { status: 404 });
  return centre;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const centre = await chatCentre(context, params.slug);
  const konto = (await optionalHelpSeeker(request, context)) !== null;
  const abwesenheit = await absenceNoteOf(context.services.db.prisma, centre.id, new Date());
  return data(
    { konto, abwesenheit, stelle: { name: centre.name, slug: centre.slug }, erreichbarkeit: reachabilityText(reachabilityOf(centre, new Date())), vorschlag: suggestPseudonym(), schluessel: newFormKey() },
    { headers: NO_STORE },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const centre = await chatCentre(context, params.slug);
  const fields = formFields(await request.formData());
  const reading = readStartForm(fields, centre.id);
  // The hidden form key: a double submit of the same form starts one conversation (idempotency as in the API).
  const schluessel = /^[0-9a-f-]{36}$/i.test(fields.schluessel ?? "") ? fields.schluessel!.toLowerCase() : newFormKey();
  if (!reading.ok) return data({ values: reading.values, errors: reading.errors, schluessel, hinweis: null }, { status: 200, headers: NO_STORE });
  // A logged-in help seeker's conversation belongs to the account (listed under /konto, deleted with it).
  const konto = await optionalHelpSeeker(request, context);
  const result = await startConversation(chatContext(context.services), {
    beratungsstelleId: centre.id,
    pseudonym: reading.pseudonym,
    thema: reading.thema,
    ratsuchendId: konto?.benutzerId,
    idempotencyKey: `formular:${schluessel}`,
  });
  if (!result.ok && result.code === "idempotenz_konflikt") {
    const values = { pseudonym: reading.pseudonym, thema: reading.thema ?? "", einwilligung: true };
    const hinweis = "Mit diesem Formular wurde schon ein Gespräch begonnen. Wenn Sie ein weiteres Gespräch beginnen möchten, senden Sie das Formular bitte noch einmal ab.";
    return data({ values, errors: [], schluessel: newFormKey(), hinweis }, { status: 200, headers: NO_STORE });
  }
  if (!result.ok) throw new Response("Diese Beratungsstelle bietet keine Online-Beratung an.", { status: 404 });
  return redirect(`/chat/${encodeURIComponent(result.token)}/zugang`, { status: 303, headers: NO_STORE });
}

export default function ChatStart() {
  const { konto, abwesenheit, stelle, erreichbarkeit, vorschlag, schluessel } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      {feedback?.hinweis ? <Alert kind="warning" title="Formular schon abgeschickt"><p className="kern-body">{feedback.hinweis}</p></Alert> : null}
      <BackLink to={`/beratungsstellen/${stelle.slug}`}>Zurück zu {stelle.name}</BackLink>
      <h1 className="kern-heading-large">Online-Beratung starten</h1>
      <p className="kern-body kern-body--large">{stelle.name}</p>
      {abwesenheit ? <AbsenceNotice note={abwesenheit} /> : null}
      <Alert kind="info" title="Erreichbarkeit" live="off">
        <p className="kern-body">{erreichbarkeit}</p>
      </Alert>
      {konto ? (
        <p className="kern-body">
          Sie sind angemeldet: Das Gespräch erscheint in Ihrem Konto und bleibt, bis Sie es oder Ihr Konto löschen. Die Beratung sieht nur Ihr
          Pseudonym.
        </p>
      ) : (
        <p className="kern-body">
          Sie schreiben anonym, ohne Konto und ohne E-Mail-Adresse. Sie bekommen einen Code und einen privaten Link, mit dem Sie das Gespräch
          später fortsetzen und die Antwort lesen können.
        </p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="schluessel" value={feedback?.schluessel ?? schluessel} />
        <Field
          id="pseudonym"
          label="Pseudonym"
          hint={`So spricht die Beratung Sie an. Bitte nicht Ihren echten Namen. Höchstens ${PSEUDONYM_MAX_LENGTH} Zeichen.`}
          defaultValue={feedback?.values.pseudonym ?? vorschlag}
          error={errorOf("pseudonym")}
          autoComplete="off"
        />
        <Field id="thema" label="Worum geht es?" optional hint="Ein Stichwort genügt, z. B. „Schulden“. Höchstens 60 Zeichen." defaultValue={feedback?.values.thema} error={errorOf("thema")} />
        <section aria-labelledby="datenschutz-titel">
          <h2 className="kern-heading-small" id="datenschutz-titel">Datenschutzhinweis</h2>
          <ul className="kern-list">
            <li>Ihre Nachrichten werden verschlüsselt gespeichert. Lesen können sie nur die Beraterinnen und Berater dieser Beratungsstelle.</li>
            <li>Wir speichern keinen Namen, keine E-Mail-Adresse und keine Telefonnummer – nur Ihr Pseudonym, das Thema und die Nachrichten.</li>
            <li>Das Gespräch wird 48 Stunden nach seinem Ende gelöscht, spätestens nach 30 Tagen ohne neue Nachricht.</li>
            <li>Wer Ihren Code oder Link kennt, kann das Gespräch lesen. Geben Sie beides nicht weiter.</li>
          </ul>
        </section>
        <CheckboxGroup
          id="einwilligung"
          legend="Einwilligung"
          options={[{ value: "ja", label: "Ich habe den Datenschutzhinweis gelesen und bin einverstanden." }]}
          defaultValue={feedback?.values.einwilligung ? ["ja"] : []}
          error={errorOf("einwilligung")}
        />
        <div className="kern-btn-wrapper">
          <Button>Gespräch beginnen</Button>
        </div>
      </Form>
    </div>
  );
}
