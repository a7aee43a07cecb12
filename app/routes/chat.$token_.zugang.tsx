/**
 * Right after starting: the code and the private link to come back to the conversation, with a
 * clear notice to keep them (there is no other way back for an anonymous conversation).
 */
import "../ui/chat/chat.css";
import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { continueUrl } from "../server/chat/conversations.server";
import { NO_STORE } from "../server/chat/pages.server";
import { Alert } from "../ui/kern/Alert";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Ihr Zugang zum Gespräch") }, { name: "robots", content: "noindex" }];
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const gespraech = token ? await context.services.chat.byToken(token) : null;
  if (!gespraech) throw new Response("Nicht gefunden", { status: 404 });
  return data(
    { code: token, link: continueUrl(context.services.config.PUBLIC_URL, token), pfad: `/chat/${encodeURIComponent(token)}`, pseudonym: gespraech.pseudonym },
    { headers: NO_STORE },
  );
}

export default function ChatZugang() {
  const { code, link, pfad, pseudonym } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Ihr Zugang zum Gespräch</h1>
      <Alert kind="warning" title="Bitte bewahren Sie Code und Link gut auf" live="off">
        <p className="kern-body">
          Nur damit kommen Sie zu Ihrem Gespräch zurück und lesen die Antwort. Wir können beides nicht erneut schicken, weil wir nicht wissen, wer Sie sind.
          Notieren Sie den Code, speichern Sie den Link als Lesezeichen – und geben Sie beides nicht weiter.
        </p>
      </Alert>
      <DescriptionList
        items={[
          { key: "pseudonym", term: "Ihr Pseudonym", value: pseudonym },
          { key: "code", term: "Ihr Code", value: <code className="sp-chat-code">{code}</code> },
          { key: "link", term: "Ihr privater Link", value: <a className="kern-link sp-chat-code" href={pfad}>{link}</a> },
        ]}
      />
      <p className="kern-body">Den Code können Sie auch später unter „Online-Beratung fortsetzen“ eingeben.</p>
      <div className="kern-btn-wrapper">
        <ButtonLink to={pfad}>Zum Gespräch</ButtonLink>
      </div>
    </div>
  );
}
