/**
 * Progressive enhancement of a conversation page: with JavaScript the page connects to the
 * `/chat` namespace (help seekers with the conversation token, staff with their session cookie),
 * fetches what it missed after every (re)connect (`verlauf:abrufen` from the last gapless seq)
 * and adds `nachricht:neu` live, each seq once and in order. Without JavaScript none of this runs
 * and the page is complete on reload. `announcement` is the text for one polite live region:
 * only the other side's newest message, never the whole history.
 */
import { useEffect, useRef, useState } from "react";
import type { Socket } from "socket.io-client";
import type { Absender, ClientToServerEvents, NachrichtDto, ServerToClientEvents } from "../../domain/chat/events";
import { mergeBySeq } from "../../domain/chat/messages";

export type LiveState = {
  nachrichten: NachrichtDto[];
  announcement: string;
  live: boolean;
  /** The page's one `/chat` socket (null without JavaScript or before it is opened), also used for video signalling. */
  socket: Socket<ServerToClientEvents, ClientToServerEvents> | null;
};

export function useLiveMessages(options: { gespraechId: string; token?: string; initial: NachrichtDto[]; eigene: Absender; namen: Record<Absender, string>; enabled: boolean }): LiveState {
  const { gespraechId, token, initial, eigene, namen, enabled } = options;
  const [nachrichten, setNachrichten] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const [live, setLive] = useState(false);
  const [openSocket, setOpenSocket] = useState<LiveState["socket"]>(null);
  const known = useRef(initial);
  const labels = useRef(namen);
  useEffect(() => {
    labels.current = namen;
  });

  // New loader data (after sending or reloading) joins what arrived live.
  useEffect(() => {
    known.current = mergeBySeq(known.current, initial).messages;
    setNachrichten(known.current);
  }, [initial]);

  useEffect(() => {
    if (!enabled) return;
    let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
    let stopped = false;
    const add = (incoming: NachrichtDto[]) => {
      const before = new Set(known.current.map((m) => m.seq));
      known.current = mergeBySeq(known.current, incoming).messages;
      setNachrichten(known.current);
      const fresh = incoming.filter((m) => !before.has(m.seq) && m.von !== eigene).at(-1);
      if (fresh) setAnnouncement(`Neue Nachricht von ${labels.current[fresh.von]}: ${fresh.text}`);
    };
    void import("socket.io-client").then(({ io }) => {
      if (stopped) return;
      socket = io("/chat", { auth: token ? { token } : {}, transports: ["websocket", "polling"] });
      setOpenSocket(socket);
      socket.on("connect", () => {
        setLive(true);
        socket?.emit("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: mergeBySeq(known.current, []).contiguousSeq }, (answer) => {
          if (answer.ok) add(answer.nachrichten);
        });
      });
      socket.on("disconnect", () => setLive(false));
      socket.on("nachricht:neu", (message) => {
        if (message.gespraech_id === gespraechId) add([message]);
      });
    });
    return () => {
      stopped = true;
      socket?.close();
      setOpenSocket(null);
    };
  }, [enabled, gespraechId, token, eigene]);

  return { nachrichten, announcement, live, socket: openSocket };
}
