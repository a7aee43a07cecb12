/**
 * One conversation for the counsellor: history, accept (if waiting), the reply form of the owner
 * (POST-redirect-GET, client_id against double submits) and closing. A conversation of another
 * centre is "not found" (404), exactly like an unknown one.
 */
import "../ui/chat/chat.css";
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { acceptConversation, addColleague, chatContext, closeConversation, removeColleague, replyAsStaff, staffView } from "../server/chat/conversations.server";
import { formFields, NO_STORE, redirectWithFlash, takeFlash } from "../server/chat/pages.server";
import { requireCounsellor } from "../server/chat/staff.server";
import { ColleagueSection } from "../ui/chat/ColleagueSection";
import { LiveConversation } from "../ui/chat/LiveConversation";
import { SendForm } from "../ui/chat/SendForm";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Gespräch – Verwaltung") }];
export const headers: HeadersFunction = () => NO_STORE;

const notFound = () => new Response("Nicht gefunden", { status: 404 });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireCounsellor(request, context);
  const view = await staffView(chatContext(context.services), actor, params.id ?? "");
  if (!view) throw notFound();
  const { flash, headers } = await takeFlash(request, context);
  const { config } = context.services;
  return data(
    {
      ...view,
      clientId: crypto.randomUUID(),
      flash,
      loeschfrist: { stunden: config.CHAT_DELETE_CLOSED_AFTER_HOURS, tage: config.CHAT_DELETE_IDLE_AFTER_DAYS },
      iceServers: config.ICE_SERVERS,
    },
    { headers },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireCounsellor(request, context);
  const id = params.id ?? "";
  const here = `/verwaltung/gespraeche/${id}`;
  const ctx = chatContext(context.services);
  const fields = formFields(await request.formData());
  if (fields.aktion === "annehmen") {
    const result = await acceptConversation(ctx, actor, id, new Date());
    if (!result.ok && result.code === "nicht_gefunden") throw notFound();
    return result.ok
      ? redirectWithFlash(request, context, here, "Sie haben das Gespräch angenommen.")
      : redirectWithFlash(request, context, here, "Dieses Gespräch hat inzwischen jemand anderes angenommen oder es ist beendet.", "warning");
  }
  if (fields.aktion === "schliessen") {
    const result = await closeConversation(ctx, actor, id, new Date());
    if (!result.ok) throw notFound();
    return redirectWithFlash(request, context, here, "Das Gespräch ist beendet.");
  }
  if (fields.aktion === "kollege_hinzufuegen") {
    const result = await addColleague(ctx, actor, id, fields.kollege_id ?? "");
    if (!result.ok && result.code === "nicht_gefunden") throw notFound();
    if (!result.ok && result.code === "nicht_erlaubt") throw new Response("Nur wer das Gespräch angenommen hat, fügt Kolleginnen und Kollegen hinzu.", { status: 403 });
    if (!result.ok) return redirectWithFlash(request, context, here, "Das Gespräch ist beendet.", "warning");
    return redirectWithFlash(request, context, here, "Ihre Kollegin oder Ihr Kollege ist jetzt im Gespräch.");
  }
  if (fields.aktion === "kollege_entfernen") {
    const result = await removeColleague(ctx, actor, id, fields.kollege_id ?? "");
    if (!result.ok && result.code === "nicht_erlaubt") throw new Response("Nur wer das Gespräch angenommen hat, nimmt Kolleginnen und Kollegen heraus.", { status: 403 });
    if (!result.ok) return redirectWithFlash(request, context, here, "Diese Person ist nicht mehr im Gespräch.", "warning");
    return redirectWithFlash(request, context, here, "Ihre Kollegin oder Ihr Kollege ist nicht mehr im Gespräch. Sie oder er kann es weiter lesen, aber nicht mehr antworten.");
  }
  if (fields.aktion !== "senden") throw new Response("Unbekannte Aktion", { status: 400 });
  const outcome = await replyAsStaff(ctx, actor, id, { clientId: fields.client_id ?? "", text: fields.text ?? "" });
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ errors: [{ fieldId: "text", message: outcome.meldung }], values: { text: fields.text ?? "", clientId: fields.client_id ?? "" } }, { status: 200, headers: NO_STORE });
  return redirectWithFlash(request, context, `${here}#nachricht-${outcome.message.seq}`, "Ihre Antwort ist gesendet.");
}

export default function StaffConversation() {
  const { gespraech, hinzufuegbar, nachrichten, clientId, flash, loeschfrist, iceServers } = useLoaderData<typeof loader>();
  const darfAnrufen = gespraech.status === "offen" && gespraech.eigenes;
  const feedback = useActionData<typeof action>();
  const errors = feedback?.errors ?? [];
  return (
    <>
      <ErrorSummary errors={errors} />
      {flash && errors.length === 0 ? <Alert kind={flash.kind} title={flash.text} /> : null}
      <BackLink to="/verwaltung/gespraeche">Alle Gespräche</BackLink>
      <h1 className="kern-heading-large">Gespräch mit {gespraech.pseudonym}</h1>
      <p className="kern-body">
        {gespraech.stelle}
        {gespraech.thema ? ` – Thema: ${gespraech.thema}` : null}
      </p>
      <p className="kern-body">
        {gespraech.status === "wartend"
          ? "Wartet auf Annahme."
          : gespraech.status === "offen"
            ? `Angenommen von ${gespraech.eigenes ? "Ihnen" : (gespraech.berater ?? "einer Kollegin oder einem Kollegen")}.`
            : "Beendet."}{" "}
        Anonyme Gespräche werden {loeschfrist.stunden} Stunden nach dem Ende gelöscht, spätestens nach {loeschfrist.tage} Tagen ohne neue Nachricht.
      </p>
      {gespraech.status === "wartend" ? (
        <Form method="post">
          <input type="hidden" name="aktion" value="annehmen" />
          <div className="kern-btn-wrapper">
            <Button>Gespräch annehmen</Button>
          </div>
        </Form>
      ) : null}
      <h2 className="kern-heading-medium">Nachrichten</h2>
      <LiveConversation
        gespraechId={gespraech.id}
        nachrichten={nachrichten}
        eigene="beratung"
        namen={{ ratsuchend: gespraech.pseudonym, beratung: "Beratung" }}
        enabled={gespraech.status !== "geschlossen"}
        video={{
          iceServers,
          darfAnrufen,
          hinweis: darfAnrufen
            ? "Sie können die ratsuchende Person hier anrufen, mit Video oder nur mit Ton. Sie entscheidet, ob sie annimmt; dazu muss sie ihre Gesprächsseite geöffnet haben."
            : gespraech.status === "wartend"
              ? "Nehmen Sie das Gespräch an, um einen Videoanruf starten zu können."
              : "Einen Videoanruf kann nur die Person starten, die das Gespräch angenommen hat.",
        }}
      />
      {gespraech.status === "offen" ? <ColleagueSection kollegen={gespraech.kollegen} hinzufuegbar={hinzufuegbar} entfernbar={gespraech.eigenes} /> : null}
      {gespraech.schreibend ? (
        <>
          <h2 className="kern-heading-medium">Antworten</h2>
          <SendForm clientId={feedback?.values.clientId ?? clientId} text={feedback?.values.text} error={errors[0]?.message} label="Ihre Antwort" />
        </>
      ) : null}
      {gespraech.status !== "geschlossen" ? (
        <Form method="post">
          <h2 className="kern-heading-medium">Gespräch beenden</h2>
          <p className="kern-body">Danach kann niemand mehr schreiben, und die Löschfrist beginnt.</p>
          <input type="hidden" name="aktion" value="schliessen" />
          <Button variant="secondary">Gespräch beenden</Button>
        </Form>
      ) : null}
    </>
  );
}
