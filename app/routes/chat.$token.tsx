/**
 * The help seeker's conversation page, reached by the private link: the history (decrypted on the
 * server), the centre's reachability and a plain form to send (POST-redirect-GET through the same
 * service and store as the socket; the hidden client_id makes a double submit store once).
 * Without JavaScript new answers appear on reload.
 */
import "../ui/chat/chat.css";
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { reachabilityText } from "../domain/chat/inbox";
import { chatContext, deleteAsHelpSeeker, helpSeekerView, sendAsHelpSeeker } from "../server/chat/conversations.server";
import { AbsenceNotice } from "../ui/chat/AbsenceNotice";
import { DeleteConversationForm } from "../ui/chat/DeleteConversationForm";
import { formFields, NO_STORE, redirectWithFlash, takeFlash } from "../server/chat/pages.server";
import { LiveConversation } from "../ui/chat/LiveConversation";
import { SendForm } from "../ui/chat/SendForm";
import { Alert } from "../ui/kern/Alert";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Ihr Gespräch – Online-Beratung") }, { name: "robots", content: "noindex" }];
export const headers: HeadersFunction = () => NO_STORE;

const STATUS_TEXT = {
  wartend: "Ihr Gespräch wartet auf eine Beraterin oder einen Berater. Sie können schon jetzt schreiben.",
  offen: "Eine Beraterin oder ein Berater hat Ihr Gespräch angenommen.",
  geschlossen: "Das Gespräch ist beendet. Es wird in 48 Stunden gelöscht. Für ein neues Anliegen beginnen Sie bitte ein neues Gespräch.",
} as const;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const view = await helpSeekerView(chatContext(context.services), params.token ?? "", new Date());
  if (!view) throw new Response("Nicht gefunden", { status: 404 });
  const { flash, headers } = await takeFlash(request, context);
  return data(
    {
      gespraech: view.gespraech,
      stelle: view.stelle,
      erreichbarkeit: reachabilityText(view.reachability),
      abwesenheit: view.abwesenheit,
      nachrichten: view.nachrichten,
      clientId: crypto.randomUUID(),
      flash,
      iceServers: context.services.config.ICE_SERVERS,
    },
    { headers },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const fields = formFields(await request.formData());
  if (fields.aktion === "loeschen") {
    if (fields.bestaetigung !== "ja") return data({ errors: [{ fieldId: "bestaetigung", message: "Bitte bestätigen Sie, dass das Gespräch endgültig gelöscht werden soll." }], values: null }, { status: 200, headers: NO_STORE });
    if (!(await deleteAsHelpSeeker(chatContext(context.services), token))) throw new Response("Nicht gefunden", { status: 404 });
    return redirectWithFlash(request, context, "/chat", "Ihr Gespräch und alle Nachrichten sind gelöscht.");
  }
  const outcome = await sendAsHelpSeeker(chatContext(context.services), token, { clientId: fields.client_id ?? "", text: fields.text ?? "" });
  if (!outcome) throw new Response("Nicht gefunden", { status: 404 });
  if (!outcome.ok) {
    return data({ errors: [{ fieldId: "text", message: outcome.meldung }], values: { text: fields.text ?? "", clientId: fields.client_id ?? "" } }, { status: 200, headers: NO_STORE });
  }
  return redirectWithFlash(request, context, `/chat/${encodeURIComponent(token)}#nachricht-${outcome.message.seq}`, "Ihre Nachricht ist gesendet.");
}

export default function ChatConversation() {
  const { gespraech, stelle, erreichbarkeit, abwesenheit, nachrichten, clientId, flash, iceServers } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const { token } = useParams();
  const errors = feedback?.errors ?? [];
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      {flash && errors.length === 0 ? <Alert kind={flash.kind} title={flash.text} /> : null}
      <h1 className="kern-heading-large">Ihr Gespräch</h1>
      <p className="kern-body kern-body--large">
        {stelle ? (
          <Link className="kern-link" to={`/beratungsstellen/${stelle.slug}`}>
            {stelle.name}
          </Link>
        ) : (
          "Beratungsstelle"
        )}
        {gespraech.thema ? ` – Thema: ${gespraech.thema}` : null}
      </p>
      <p className="kern-body">Ihr Pseudonym: {gespraech.pseudonym}</p>
      <p className="kern-body">{STATUS_TEXT[gespraech.status]}</p>
      {gespraech.status !== "geschlossen" ? <p className="kern-body">{erreichbarkeit}</p> : null}
      {gespraech.status !== "geschlossen" && abwesenheit ? <AbsenceNotice note={abwesenheit} /> : null}
      <h2 className="kern-heading-medium">Nachrichten</h2>
      <LiveConversation
        gespraechId={gespraech.id}
        token={token}
        nachrichten={nachrichten}
        eigene="ratsuchend"
        namen={{ ratsuchend: gespraech.pseudonym, beratung: "Beratung" }}
        enabled={gespraech.status !== "geschlossen"}
        video={{
          iceServers,
          darfAnrufen: false,
          hinweis: "Ihre Beraterin oder Ihr Berater kann Sie hier anrufen, mit Video oder nur mit Ton. Sie entscheiden, ob Sie annehmen. Lassen Sie dazu diese Seite geöffnet.",
        }}
      />
      {gespraech.status !== "geschlossen" ? (
        <>
          <h2 className="kern-heading-medium">Nachricht schreiben</h2>
          <SendForm clientId={feedback?.values?.clientId ?? clientId} text={feedback?.values?.text} error={errors.find((e) => e.fieldId === "text")?.message} />
          <p className="kern-body">
            Neue Antworten sehen Sie, wenn Sie diese Seite neu laden. <Link className="kern-link" to=".">Seite neu laden</Link>
          </p>
        </>
      ) : null}
      <DeleteConversationForm error={errors.find((e) => e.fieldId === "bestaetigung")?.message} />
    </div>
  );
}
