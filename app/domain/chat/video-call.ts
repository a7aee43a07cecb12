/**
 * The video call inside a conversation as a pure state machine, shared by the browser hook
 * (app/ui/chat/useVideoCall.ts) and its tests. The counsellor who owns the conversation calls
 * ("starting" → "calling"), the help seeker's page rings ("ringing") and accepts ("accepting");
 * both then wait for WebRTC ("connecting") until the peer connection is up ("connected"). A call
 * ends ("ended", with a reason) or fails ("failed", with a stable code); both are idle again for
 * the next call. Codes double as message keys; `callMessage` holds the German texts.
 */

export type FailureCode =
  /** The browser or the user refused camera/microphone access. */
  | "kamera_verweigert"
  /** No camera or microphone present (or none matching the request). */
  | "kein_geraet"
  /** Camera or microphone is in use by another program. */
  | "geraet_belegt"
  /** No getUserMedia/RTCPeerConnection (old browser, page not on HTTPS). */
  | "nicht_unterstuetzt"
  /** ICE/DTLS failed: no route between the two browsers. */
  | "verbindung_fehlgeschlagen";

export type EndReason =
  /** This side hung up (or declined an incoming call). */
  | "aufgelegt"
  /** The other side hung up during the call or cancelled before it was answered. */
  | "beendet_von_gegenseite"
  /** The called side declined (seen by the caller). */
  | "abgelehnt"
  /** Nobody answered within CALL_TIMEOUT_MS (seen by the caller). */
  | "keine_antwort";

export type CallState =
  | { phase: "idle" }
  | { phase: "starting"; nurAudio: boolean }
  | { phase: "calling"; nurAudio: boolean }
  | { phase: "ringing"; nurAudioAngebot: boolean }
  | { phase: "accepting"; nurAudio: boolean }
  | { phase: "connecting"; nurAudio: boolean }
  | { phase: "connected"; nurAudio: boolean }
  | { phase: "ended"; grund: EndReason }
  | { phase: "failed"; code: FailureCode };

export type CallEvent =
  /** The caller pressed "Videoanruf starten" / "Nur mit Ton anrufen". */
  | { type: "starten"; nurAudio: boolean }
  /** An offer arrived over the socket. */
  | { type: "angebot"; nurAudio: boolean }
  /** The called side pressed "Annehmen" / "Nur mit Ton annehmen". */
  | { type: "annehmen"; nurAudio: boolean }
  /** getUserMedia resolved (and, for the caller, the offer is sent). */
  | { type: "medien_bereit" }
  | { type: "medien_fehler"; code: FailureCode }
  /** The caller received the answer. */
  | { type: "antwort" }
  /** RTCPeerConnection.connectionState became "connected". */
  | { type: "verbunden" }
  /** RTCPeerConnection.connectionState became "failed". */
  | { type: "verbindung_fehlgeschlagen" }
  /** This side hung up or declined. */
  | { type: "auflegen" }
  /** `video:ende` arrived from the other side. */
  | { type: "ende_empfangen" }
  /** CALL_TIMEOUT_MS passed without an answer. */
  | { type: "zeit_abgelaufen" };

export const IDLE: CallState = { phase: "idle" };

/** How long the caller waits for an answer before giving up. */
export const CALL_TIMEOUT_MS = 60_000;

/** A call is in progress (media, signalling or the connection are held). */
export function isActive(state: CallState): boolean {
  return state.phase !== "idle" && state.phase !== "ended" && state.phase !== "failed";
}

/** The next state; an event that does not fit the current phase leaves it unchanged. */
export function transition(state: CallState, event: CallEvent): CallState {
  switch (event.type) {
    case "starten":
      return isActive(state) ? state : { phase: "starting", nurAudio: event.nurAudio };
    case "angebot":
      // A second offer while busy is ignored: one call at a time.
      return isActive(state) ? state : { phase: "ringing", nurAudioAngebot: event.nurAudio };
    case "annehmen":
      return state.phase === "ringing" ? { phase: "accepting", nurAudio: event.nurAudio || state.nurAudioAngebot } : state;
    case "medien_bereit":
      if (state.phase === "starting") return { phase: "calling", nurAudio: state.nurAudio };
      if (state.phase === "accepting") return { phase: "connecting", nurAudio: state.nurAudio };
      return state;
    case "medien_fehler":
      return state.phase === "starting" || state.phase === "accepting" ? { phase: "failed", code: event.code } : state;
    case "antwort":
      return state.phase === "calling" ? { phase: "connecting", nurAudio: state.nurAudio } : state;
    case "verbunden":
      return state.phase === "connecting" ? { phase: "connected", nurAudio: state.nurAudio } : state;
    case "verbindung_fehlgeschlagen":
      return state.phase === "connecting" || state.phase === "connected" ? { phase: "failed", code: "verbindung_fehlgeschlagen" } : state;
    case "auflegen":
      return isActive(state) ? { phase: "ended", grund: "aufgelegt" } : state;
    case "ende_empfangen":
      if (state.phase === "calling") return { phase: "ended", grund: "abgelehnt" };
      return isActive(state) ? { phase: "ended", grund: "beendet_von_gegenseite" } : state;
    case "zeit_abgelaufen":
      return state.phase === "calling" ? { phase: "ended", grund: "keine_antwort" } : state;
  }
}

/** The failure code for a getUserMedia rejection, by its DOMException name. */
export function mediaFailureCode(errorName: string | undefined): FailureCode {
  switch (errorName) {
    case "NotAllowedError":
    case "SecurityError":
    case "PermissionDeniedError":
      return "kamera_verweigert";
    case "NotFoundError":
    case "OverconstrainedError":
    case "DevicesNotFoundError":
      return "kein_geraet";
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return "geraet_belegt";
    case "TypeError":
      return "nicht_unterstuetzt";
    default:
      return "kein_geraet";
  }
}

/** What getUserMedia is asked for: always the microphone, the camera unless audio only. */
export function mediaConstraints(nurAudio: boolean): { audio: true; video: boolean } {
  return { audio: true, video: !nurAudio };
}

export const FAILURE_MESSAGES: Record<FailureCode, string> = {
  kamera_verweigert:
    "Der Zugriff auf Kamera oder Mikrofon wurde nicht erlaubt. Bitte erlauben Sie den Zugriff in den Einstellungen Ihres Browsers (meist über das Schloss-Symbol neben der Adresse) und versuchen Sie es erneut.",
  kein_geraet: "Es wurde keine Kamera oder kein Mikrofon gefunden. Bitte schließen Sie ein Gerät an oder wählen Sie „Nur mit Ton“.",
  geraet_belegt: "Kamera oder Mikrofon werden gerade von einem anderen Programm benutzt. Bitte schließen Sie dieses Programm und versuchen Sie es erneut.",
  nicht_unterstuetzt: "Ihr Browser unterstützt keine Videoanrufe auf dieser Seite. Bitte verwenden Sie einen aktuellen Browser. Der Chat funktioniert weiterhin.",
  verbindung_fehlgeschlagen: "Die Verbindung konnte nicht aufgebaut werden oder ist abgebrochen. Bitte versuchen Sie es erneut oder schreiben Sie im Chat weiter.",
};

export const END_MESSAGES: Record<EndReason, string> = {
  aufgelegt: "Der Anruf ist beendet.",
  beendet_von_gegenseite: "Die andere Seite hat den Anruf beendet.",
  abgelehnt: "Der Anruf wurde nicht angenommen.",
  keine_antwort: "Der Anruf wurde nicht angenommen. Vielleicht hat die andere Seite die Gesprächsseite gerade nicht geöffnet. Sie können im Chat schreiben und es später erneut versuchen.",
};

/** The status line for a phase, written for the side that sees it. */
export function callMessage(state: CallState): string {
  switch (state.phase) {
    case "idle":
      return "Kein Anruf.";
    case "starting":
    case "accepting":
      return "Kamera und Mikrofon werden eingeschaltet …";
    case "calling":
      return "Anruf wird aufgebaut. Warten auf Annahme …";
    case "ringing":
      return state.nurAudioAngebot ? "Eingehender Anruf (nur mit Ton) von der Beratung." : "Eingehender Videoanruf von der Beratung.";
    case "connecting":
      return "Verbindung wird hergestellt …";
    case "connected":
      return state.nurAudio ? "Verbunden (nur mit Ton)." : "Verbunden.";
    case "ended":
      return END_MESSAGES[state.grund];
    case "failed":
      return FAILURE_MESSAGES[state.code];
  }
}

export type VideoEvent = "video:angebot" | "video:antwort" | "video:ice" | "video:ende";

/**
 * Who may send a signalling event: only the two participants of an open conversation, and only
 * the counsellor who owns it (accepted it) may call; the help seeker answers, sends candidates and
 * hangs up. Colleagues of the same centre who can read the conversation take no part in a call.
 */
export function maySignal(input: {
  event: VideoEvent;
  rolle: "ratsuchend" | "beratung";
  status: "wartend" | "offen" | "geschlossen";
  beraterId: string | null;
  benutzerId?: string;
}): boolean {
  if (input.status !== "offen" || input.beraterId === null) return false;
  if (input.rolle === "beratung") return input.benutzerId === input.beraterId;
  return input.event !== "video:angebot";
}
