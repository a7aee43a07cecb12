/**
 * The message list of a conversation page with live updates when JavaScript runs (see
 * useLiveMessages) and one polite live region announcing each new message of the other side;
 * with `video`, the video call section after it, signalling over the same socket.
 */
import type { Absender, NachrichtDto } from "../../domain/chat/events";
import { MessageList } from "./MessageList";
import { useLiveMessages } from "./useLiveMessages";
import { VideoCall, type VideoCallProps } from "./VideoCall";

export function LiveConversation(props: {
  gespraechId: string;
  token?: string;
  nachrichten: NachrichtDto[];
  eigene: Absender;
  namen: Record<Absender, string>;
  enabled: boolean;
  video?: Omit<VideoCallProps, "socket" | "gespraechId" | "rolle">;
}) {
  const { nachrichten, announcement, live, socket } = useLiveMessages({ ...props, initial: props.nachrichten });
  return (
    <>
      <MessageList nachrichten={nachrichten} eigene={props.eigene} namen={props.namen} />
      <div className="kern-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {live ? <p className="kern-body kern-body--small">Neue Nachrichten erscheinen hier sofort.</p> : null}
      {props.video && props.enabled ? <VideoCall {...props.video} socket={socket} gespraechId={props.gespraechId} rolle={props.eigene} /> : null}
    </>
  );
}
