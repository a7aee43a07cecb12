/**
 * The one typed event map of the `/chat` Socket.io namespace, shared by the server
 * (app/server/chat/socket.server.ts) and the browser client (app/ui/chat). Payload field names
 * follow the public API (snake_case German), so the same words appear in JSON and over the socket.
 */
export type Absender = "ratsuchend" | "beratung";

export type NachrichtDto = {
  id: string;
  seq: number;
  gespraech_id: string;
  von: Absender;
  text: string;
  /** ISO 8601 */
  gesendet_am: string;
};

export type Fehler = { ok: false; fehler: FehlerCode; meldung: string; retry_after_ms?: number };
export type FehlerCode = "ungueltig" | "nicht_erlaubt" | "zu_viele" | "geschlossen" | "intern";

export type SendenAntwort = { ok: true; id: string; seq: number } | Fehler;
export type VerlaufAntwort = { ok: true; nachrichten: NachrichtDto[] } | Fehler;
export type EinfacheAntwort = { ok: true } | Fehler;

export type SendenPayload = { gespraech_id: string; client_id: string; text: string };
export type VerlaufPayload = { gespraech_id: string; nach_seq: number };
export type TipptPayload = { gespraech_id: string };
export type GelesenPayload = { gespraech_id: string; seq: number };

/** WebRTC signalling, relayed only to the other participants' sockets of the same conversation. */
export type VideoSignal =
  | { gespraech_id: string; art: "angebot"; sdp: string; nur_audio?: boolean }
  | { gespraech_id: string; art: "antwort"; sdp: string }
  | { gespraech_id: string; art: "ice"; kandidat: unknown }
  | { gespraech_id: string; art: "ende" };

export type ClientToServerEvents = {
  "nachricht:senden": (payload: SendenPayload, ack: (answer: SendenAntwort) => void) => void;
  "verlauf:abrufen": (payload: VerlaufPayload, ack: (answer: VerlaufAntwort) => void) => void;
  tippt: (payload: TipptPayload) => void;
  gelesen: (payload: GelesenPayload, ack?: (answer: EinfacheAntwort) => void) => void;
  "video:angebot": (payload: { gespraech_id: string; sdp: string; nur_audio?: boolean }) => void;
  "video:antwort": (payload: { gespraech_id: string; sdp: string }) => void;
  "video:ice": (payload: { gespraech_id: string; kandidat: unknown }) => void;
  "video:ende": (payload: { gespraech_id: string }) => void;
};

export type ServerToClientEvents = {
  "nachricht:neu": (message: NachrichtDto) => void;
  tippt: (payload: { gespraech_id: string; von: Absender; bis: string }) => void;
  gelesen: (payload: { gespraech_id: string; von: Absender; seq: number }) => void;
  "video:angebot": (payload: { gespraech_id: string; sdp: string; nur_audio?: boolean }) => void;
  "video:antwort": (payload: { gespraech_id: string; sdp: string }) => void;
  "video:ice": (payload: { gespraech_id: string; kandidat: unknown }) => void;
  "video:ende": (payload: { gespraech_id: string }) => void;
};

/** Room name per conversation; every participant's socket joins it. */
export function conversationRoom(gespraechId: string): string {
  return `gespraech:${gespraechId}`;
}

/** How long a `tippt` signal is shown without a refresh. */
export const TYPING_TTL_MS = 10_000;
