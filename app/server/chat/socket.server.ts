/**
 * The `/chat` namespace. Handshake: a help seeker presents the conversation token in
 * `auth: { token }`; staff are recognised by their session cookie through `authenticateStaff`
 * (the accounts guard), and may only touch conversations of their own centres. Every event is
 * validated by the domain schemas; `nachricht:senden` is acknowledged only after the message is
 * stored, then broadcast to the conversation's room (across instances with the Redis adapter).
 */
import type { Namespace, Server, Socket } from "socket.io";
import {
  conversationRoom,
  TYPING_TTL_MS,
  type Absender,
  type ClientToServerEvents,
  type Fehler,
  type ServerToClientEvents,
} from "../../domain/chat/events";
import {
  conversationRefSchema,
  historyPayloadSchema,
  parseWith,
  readPayloadSchema,
  sendPayloadSchema,
  videoPayloadSchemas,
} from "../../domain/chat/messages";
import { maySignal, type VideoEvent } from "../../domain/chat/video-call";
import { fullBucket, SIGNAL_RATE, takeToken, type Bucket } from "../../domain/chat/rate-limit";
import type { Logger } from "../logger.server";
import { ChatError, type ChatStore } from "./store.server";

/** A staff member as the accounts guard resolves them from the session cookie. */
export type StaffIdentity = { benutzerId: string; beratungsstelleIds: string[] };

type Participant =
  | { rolle: "ratsuchend"; gespraechId: string }
  | { rolle: "beratung"; benutzerId: string; beratungsstelleIds: string[] };

/** `bucket` limits messages (MESSAGE_RATE), `signals` typing, read markers and video signalling (SIGNAL_RATE). */
type SocketData = { participant: Participant; bucket: Bucket; signals: Bucket; allowed: Set<string> };
type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ChatNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export type ChatSocketOptions = {
  store: ChatStore;
  logger: Logger;
  authenticateStaff?: (cookieHeader: string | undefined) => Promise<StaffIdentity | null>;
  now?: () => number;
};

const fehler = (code: Fehler["fehler"], meldung: string, extra: Partial<Fehler> = {}): Fehler => ({ ok: false, fehler: code, meldung, ...extra });
const NOT_ALLOWED = fehler("nicht_erlaubt", "Kein Zugriff auf dieses Gespräch.");

const VIDEO_EVENTS: VideoEvent[] = ["video:angebot", "video:antwort", "video:ice", "video:ende"];
/** The help seeker's sockets of a conversation (video signalling from the counsellor goes here). */
const helpSeekerRoom = (gespraechId: string) => `${conversationRoom(gespraechId)}:ratsuchend`;
/** One staff member's sockets on a conversation (video signalling from the help seeker goes to the owner's). */
const staffRoom = (gespraechId: string, benutzerId: string) => `${conversationRoom(gespraechId)}:benutzer:${benutzerId}`;

function senderOf(participant: Participant): Absender {
  return participant.rolle;
}

export function attachChat(io: Server, options: ChatSocketOptions): ChatNamespace {
  const now = options.now ?? Date.now;
  const chat: ChatNamespace = io.of("/chat");

  chat.use(async (socket, next) => {
    try {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token === "string" && token.length > 0) {
        const gespraech = await options.store.byToken(token);
        if (!gespraech) return next(new Error("Unbekannter Gesprächscode."));
        socket.data = { participant: { rolle: "ratsuchend", gespraechId: gespraech.id }, bucket: fullBucket(now()), signals: fullBucket(now(), SIGNAL_RATE), allowed: new Set([gespraech.id]) };
        return next();
      }
      const staff = await options.authenticateStaff?.(socket.handshake.headers.cookie);
      if (!staff) return next(new Error("Nicht angemeldet."));
      socket.data = { participant: { rolle: "beratung", ...staff }, bucket: fullBucket(now()), signals: fullBucket(now(), SIGNAL_RATE), allowed: new Set() };
      return next();
    } catch (error) {
      options.logger.error({ err: error instanceof Error ? error.message : String(error) }, "Chat-Anmeldung fehlgeschlagen");
      return next(new Error("Anmeldung derzeit nicht möglich."));
    }
  });

  chat.on("connection", (socket: ChatSocket) => {
    const { participant } = socket.data;
    if (participant.rolle === "ratsuchend") void socket.join([conversationRoom(participant.gespraechId), helpSeekerRoom(participant.gespraechId)]);

    /** Whether this socket may use the conversation; staff join its room on first access. */
    async function mayUse(gespraechId: string): Promise<boolean> {
      if (socket.data.allowed.has(gespraechId)) return true;
      if (participant.rolle !== "beratung") return false;
      const gespraech = await options.store.byId(gespraechId);
      if (!gespraech || !participant.beratungsstelleIds.includes(gespraech.beratungsstelleId)) return false;
      socket.data.allowed.add(gespraechId);
      await socket.join([conversationRoom(gespraechId), staffRoom(gespraechId, participant.benutzerId)]);
      return true;
    }

    const guard = <A>(handler: ((answer: A) => void) | undefined) => (typeof handler === "function" ? handler : () => {});

    /** Takes a token for a signal (typing, read marker, video); false when the socket floods. */
    function signalAllowed(): { allowed: boolean; retryAfterMs: number } {
      const decision = takeToken(socket.data.signals, now(), SIGNAL_RATE);
      socket.data.signals = decision.bucket;
      return decision;
    }

    socket.on("nachricht:senden", async (payload, ack) => {
      const reply = guard(ack);
      const decision = takeToken(socket.data.bucket, now());
      socket.data.bucket = decision.bucket;
      if (!decision.allowed) return reply(fehler("zu_viele", "Zu viele Nachrichten. Bitte warten Sie kurz.", { retry_after_ms: decision.retryAfterMs }));
      const parsed = parseWith(sendPayloadSchema, payload);
      if (!parsed.ok) return reply(fehler("ungueltig", parsed.meldung));
      const { gespraech_id, client_id, text } = parsed.value;
      if (!(await mayUse(gespraech_id))) return reply(NOT_ALLOWED);
      // Staff read every conversation of their centres, but write only as its owner or an added colleague (as on the page).
      if (participant.rolle === "beratung" && !(await options.store.mayWrite(gespraech_id, participant.benutzerId))) {
        return reply(fehler("nicht_erlaubt", "Bitte nehmen Sie das Gespräch zuerst an."));
      }
      try {
        const { message, created } = await options.store.send({
          gespraechId: gespraech_id,
          clientId: client_id,
          text,
          von: senderOf(participant),
          benutzerId: participant.rolle === "beratung" ? participant.benutzerId : null,
        });
        reply({ ok: true, id: message.id, seq: message.seq });
        if (created) chat.to(conversationRoom(gespraech_id)).emit("nachricht:neu", message);
      } catch (error) {
        if (error instanceof ChatError) return reply(fehler(error.code === "geschlossen" ? "geschlossen" : "nicht_erlaubt", error.message));
        options.logger.error({ err: error instanceof Error ? error.message : String(error), gespraech_id }, "Nachricht nicht gespeichert");
        reply(fehler("intern", "Die Nachricht konnte nicht gespeichert werden. Bitte senden Sie sie erneut."));
      }
    });

    socket.on("verlauf:abrufen", async (payload, ack) => {
      const reply = guard(ack);
      const parsed = parseWith(historyPayloadSchema, payload);
      if (!parsed.ok) return reply(fehler("ungueltig", parsed.meldung));
      if (!(await mayUse(parsed.value.gespraech_id))) return reply(NOT_ALLOWED);
      reply({ ok: true, nachrichten: await options.store.history(parsed.value.gespraech_id, parsed.value.nach_seq) });
    });

    socket.on("tippt", async (payload) => {
      if (!signalAllowed().allowed) return;
      const parsed = parseWith(conversationRefSchema, payload);
      if (!parsed.ok || !(await mayUse(parsed.value.gespraech_id))) return;
      const bis = new Date(now() + TYPING_TTL_MS).toISOString();
      socket.to(conversationRoom(parsed.value.gespraech_id)).emit("tippt", { gespraech_id: parsed.value.gespraech_id, von: senderOf(participant), bis });
    });

    socket.on("gelesen", async (payload, ack) => {
      const reply = guard(ack);
      const decision = signalAllowed();
      if (!decision.allowed) return reply(fehler("zu_viele", "Zu viele Anfragen. Bitte warten Sie kurz.", { retry_after_ms: decision.retryAfterMs }));
      const parsed = parseWith(readPayloadSchema, payload);
      if (!parsed.ok) return reply(fehler("ungueltig", parsed.meldung));
      if (!(await mayUse(parsed.value.gespraech_id))) return reply(NOT_ALLOWED);
      const seq = await options.store.markRead(parsed.value.gespraech_id, senderOf(participant), parsed.value.seq);
      socket.to(conversationRoom(parsed.value.gespraech_id)).emit("gelesen", { gespraech_id: parsed.value.gespraech_id, von: senderOf(participant), seq });
      reply({ ok: true });
    });

    // WebRTC signalling between the two participants only: the owning counsellor's events go to
    // the help seeker's sockets, the help seeker's to the owner's sockets (checked afresh on every
    // event, so a change of owner or closing takes effect at once). Colleagues who read the
    // conversation are in its room but never in these two. A flood is dropped (SIGNAL_RATE).
    for (const event of VIDEO_EVENTS) {
      socket.on(event, async (payload: unknown) => {
        if (!signalAllowed().allowed) return;
        const parsed = parseWith<{ gespraech_id: string }>(videoPayloadSchemas[event], payload);
        if (!parsed.ok || !(await mayUse(parsed.value.gespraech_id))) return;
        const gespraech = await options.store.byId(parsed.value.gespraech_id);
        if (!gespraech) return;
        const allowed = maySignal({
          event,
          rolle: participant.rolle,
          status: gespraech.status,
          beraterId: gespraech.beraterId,
          benutzerId: participant.rolle === "beratung" ? participant.benutzerId : undefined,
        });
        if (!allowed || gespraech.beraterId === null) return;
        const target = participant.rolle === "beratung" ? helpSeekerRoom(gespraech.id) : staffRoom(gespraech.id, gespraech.beraterId);
        const relay = socket.to(target) as unknown as { emit(e: string, p: unknown): void };
        relay.emit(event, parsed.value);
      });
    }
  });

  return chat;
}
