/**
 * The message list of a conversation page with live updates when JavaScript runs (see
 * useLiveMessages) and one polite live region announcing each new message of the other side.
 */
import type { Absender, NachrichtDto } from "../../domain/chat/events";
import { MessageList } from "./MessageList";
import { useLiveMessages } from "./useLiveMessages";

export function LiveConversation(props: { gespraechId: string; token?: string; nachrichten: NachrichtDto[]; eigene: Absender; namen: Record<Absender, string>; enabled: boolean }) {
  const { nachrichten, announcement, live } = useLiveMessages({ ...props, initial: props.nachrichten });
  return (
    <>
      <MessageList nachrichten={nachrichten} eigene={props.eigene} namen={props.namen} />
      <div className="kern-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {live ? <p className="kern-body kern-body--small">Neue Nachrichten erscheinen hier sofort.</p> : null}
    </>
  );
}
