/**
 * The history of a conversation as a proper list (issue 7, accessibility): each message says who
 * wrote it and when, for screen readers too; text is plain (links made clickable by `linkify`,
 * never HTML). `eigene` is the side whose messages are shown as "Sie".
 */
import { linkify } from "../../domain/chat/conversation";
import type { Absender, NachrichtDto } from "../../domain/chat/events";

const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

export function formatMessageTime(iso: string): string {
  return `${TIME.format(new Date(iso))} Uhr`;
}

export function MessageText({ text }: { text: string }) {
  return (
    <p className="kern-body sp-chat-message__text">
      {linkify(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} className="kern-link" href={part.href} rel="noopener noreferrer nofollow" target="_blank">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export function MessageList({ nachrichten, eigene, namen }: { nachrichten: readonly NachrichtDto[]; eigene: Absender; namen: Record<Absender, string> }) {
  if (nachrichten.length === 0) return <p className="kern-body">Noch keine Nachrichten.</p>;
  return (
    <ol className="sp-chat-messages" aria-label="Nachrichten">
      {nachrichten.map((message) => (
        <li key={message.id} id={`nachricht-${message.seq}`} className={message.von === eigene ? "sp-chat-message sp-chat-message--eigen" : "sp-chat-message"}>
          <p className="kern-body sp-chat-message__kopf">
            {message.von === eigene ? "Sie" : namen[message.von]}
            <span className="kern-body--small">
              {", "}
              <time dateTime={message.gesendet_am}>{formatMessageTime(message.gesendet_am)}</time>
            </span>
          </p>
          <MessageText text={message.text} />
        </li>
      ))}
    </ol>
  );
}
