/**
 * The counsellor inbox (issue 7): per centre of the logged-in counsellor (own centre memberships
 * only) the waiting list with "Annehmen" and the open conversations with unread counts.
 * Accepting makes the counsellor the owner and opens the conversation.
 */
import "../ui/chat/chat.css";
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { readAbsenceForm } from "../domain/chat/absence";
import { localDateInBerlin } from "../domain/shared/dates";
import { acceptConversation, chatContext, inboxFor } from "../server/chat/conversations.server";
import { chatSettingsFor, setAbsenceNote, setNewMessageMail } from "../server/chat/settings.server";
import { absenceFieldIds, AbsenceForm, MailOptInForm } from "../ui/chat/ChatSettings";
import { formFields, NO_STORE, redirectWithFlash, takeFlash } from "../server/chat/pages.server";
import { requireCounsellor } from "../server/chat/staff.server";
import { EntryTable } from "../ui/chat/InboxTable";
import { Alert } from "../ui/kern/Alert";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Gespräche – Verwaltung") }];
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireCounsellor(request, context);
  const [stellen, einstellungen] = await Promise.all([inboxFor(chatContext(context.services), actor), chatSettingsFor(context.services.db.prisma, actor)]);
  const { flash, headers } = await takeFlash(request, context);
  return data({ stellen, einstellungen, flash }, { headers });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireCounsellor(request, context);
  const fields = formFields(await request.formData());
  const { prisma } = context.services.db;
  if (fields.aktion === "benachrichtigung") {
    await setNewMessageMail(prisma, actor, fields.mail === "ja");
    return redirectWithFlash(request, context, "/verwaltung/gespraeche", fields.mail === "ja" ? "Sie bekommen jetzt eine E-Mail bei neuen Nachrichten." : "Sie bekommen keine E-Mails zu neuen Nachrichten mehr.");
  }
  if (fields.aktion === "abwesenheit") {
    const stelleId = fields.stelle_id ?? "";
    const ids = absenceFieldIds(stelleId);
    const reading = readAbsenceForm({ abwesenheit_text: fields[ids.text], abwesend_bis: fields[ids.bis] }, localDateInBerlin(new Date()));
    if (!reading.ok) {
      const errors = reading.errors.map((e) => ({ fieldId: e.fieldId === "abwesenheit_text" ? ids.text : ids.bis, message: e.message }));
      return data({ abwesenheit: { stelleId, text: reading.values.text, bis: reading.values.bis, errors } }, { status: 200, headers: NO_STORE });
    }
    if (!(await setAbsenceNote(prisma, actor, stelleId, reading.note))) throw new Response("Nicht gefunden", { status: 404 });
    return redirectWithFlash(request, context, "/verwaltung/gespraeche", reading.note.text ? "Der Hinweis für Ratsuchende ist gespeichert." : "Der Hinweis für Ratsuchende ist entfernt.");
  }
  if (fields.aktion !== "annehmen") throw new Response("Unbekannte Aktion", { status: 400 });
  const id = fields.gespraech_id ?? "";
  const result = await acceptConversation(chatContext(context.services), actor, id, new Date());
  if (!result.ok && result.code === "nicht_gefunden") throw new Response("Nicht gefunden", { status: 404 });
  if (!result.ok) return redirectWithFlash(request, context, "/verwaltung/gespraeche", "Dieses Gespräch hat inzwischen jemand anderes angenommen oder es ist beendet.", "warning");
  return redirectWithFlash(request, context, `/verwaltung/gespraeche/${id}`, "Sie haben das Gespräch angenommen.");
}

export default function Inbox() {
  const { stellen, einstellungen, flash } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const failed = feedback?.abwesenheit;
  return (
    <>
      <ErrorSummary errors={failed?.errors ?? []} />
      {flash && !failed ? <Alert kind={flash.kind} title={flash.text} /> : null}
      <h1 className="kern-heading-large">Gespräche</h1>
      <p className="kern-body">Neue Nachrichten sehen Sie, wenn Sie die Seite neu laden.</p>
      {stellen.map((stelle) => (
        <section key={stelle.id} aria-labelledby={`stelle-${stelle.id}`}>
          <h2 className="kern-heading-medium" id={`stelle-${stelle.id}`}>
            {stelle.name}
          </h2>
          <h3 className="kern-heading-small">Warteliste ({stelle.wartend.length})</h3>
          <EntryTable caption={`Warteliste – ${stelle.name}`} entries={stelle.wartend} wartend />
          <h3 className="kern-heading-small">Offene Gespräche ({stelle.offen.length})</h3>
          <EntryTable caption={`Offene Gespräche – ${stelle.name}`} entries={stelle.offen} wartend={false} />
          <AbsenceForm
            stelleId={stelle.id}
            stelleName={stelle.name}
            stored={einstellungen.abwesenheit[stelle.id] ?? { text: "", bis: null }}
            state={failed?.stelleId === stelle.id ? failed : undefined}
          />
        </section>
      ))}
      <MailOptInForm enabled={einstellungen.mail} />
    </>
  );
}
