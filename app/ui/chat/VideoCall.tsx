/**
 * The video call section of a conversation page (see useVideoCall). Staff who own the conversation
 * start a call (with video or with sound only); the help seeker's page rings and offers "Annehmen",
 * "Nur mit Ton annehmen" and "Ablehnen". During a call: camera and microphone on/off and
 * "Auflegen". The phase is announced in a polite status line, a failure (e.g. camera refused) as
 * an alert with what to do. When the button that had the focus disappears, the focus moves to
 * "Auflegen" (call running) or to the section heading (call over), never away from elsewhere.
 * Without JavaScript (and until hydration) the section only says that calls need JavaScript; the
 * controls appear once the page's socket is open. The chat works regardless.
 */
import { useEffect, useRef } from "react";
import { callMessage, isActive } from "../../domain/chat/video-call";
import { Alert } from "../kern/Alert";
import { Button } from "../kern/Button";
import { useHydrated } from "../useHydrated";
import { useVideoCall, type ChatSocket, type IceServer } from "./useVideoCall";

export type VideoCallProps = {
  socket: ChatSocket | null;
  gespraechId: string;
  iceServers: IceServer[];
  /** Whose page this is: decides the labels for the other side. */
  rolle: "beratung" | "ratsuchend";
  /** Only the counsellor who accepted the conversation may call. */
  darfAnrufen: boolean;
  /** Shown while no call runs, e.g. who can call. */
  hinweis: string;
};

function StreamVideo({ stream, label, muted, hidden }: { stream: MediaStream | null; label: string; muted: boolean; hidden?: boolean }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  return <video ref={ref} className={`sp-video__bild${hidden ? " sp-video__bild--verborgen" : ""}`} aria-label={label} autoPlay playsInline muted={muted} />;
}

export function VideoCall({ socket, gespraechId, iceServers, rolle, darfAnrufen, hinweis }: VideoCallProps) {
  const call = useVideoCall({ socket, gespraechId, iceServers });
  const { state } = call;
  const hydrated = useHydrated();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const hangUp = useRef<HTMLButtonElement>(null);

  // Focus follows the call only when it was inside this section and got lost with a vanished
  // button ("Videoanruf starten" → "Auflegen"; "Auflegen" → the heading); never from elsewhere.
  const focusInside = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (!lost || !focusInside.current || state.phase === "ringing") return;
    if (isActive(state)) hangUp.current?.focus();
    else heading.current?.focus();
  }, [state]);

  const gegenseite = rolle === "beratung" ? "der ratsuchenden Person" : "der Beratung";
  const running = state.phase === "calling" || state.phase === "connecting" || state.phase === "connected";
  const status = state.phase === "idle" || state.phase === "failed" ? "" : callMessage(state);

  return (
    <section
      ref={section}
      className="sp-video"
      aria-labelledby="videoanruf-titel"
      data-phase={state.phase}
      onFocus={() => (focusInside.current = true)}
      onBlur={(event) => {
        // Focus moved on to another element outside (a removed button blurs without a target).
        if (event.relatedTarget && !section.current?.contains(event.relatedTarget)) focusInside.current = false;
      }}
    >
      <h2 id="videoanruf-titel" ref={heading} tabIndex={-1} className="kern-heading-medium">
        Videoanruf
      </h2>
      {!hydrated ? <p className="kern-body">Für Videoanrufe wird JavaScript benötigt. Den Chat können Sie auch ohne JavaScript nutzen.</p> : null}
      {socket ? (
        <>
          {!isActive(state) ? <p className="kern-body">{hinweis}</p> : null}
          <p className="kern-body sp-video__status" role="status" aria-live="polite">
            {status}
          </p>
          {state.phase === "failed" ? (
            <Alert kind="danger" title="Videoanruf nicht möglich" live="assertive">
              <p className="kern-body">{callMessage(state)}</p>
            </Alert>
          ) : null}
          {call.localStream || call.remoteStream ? (
            <div className="sp-video__bilder">
              <StreamVideo stream={call.remoteStream} label={`Video ${gegenseite}`} muted={false} hidden={!call.remoteStream || call.remoteStream.getVideoTracks().length === 0} />
              {call.hatKamera ? <StreamVideo stream={call.localStream} label="Ihr eigenes Kamerabild" muted /> : null}
            </div>
          ) : null}
          <div className="kern-btn-wrapper">
            {!isActive(state) && darfAnrufen ? (
              <>
                <Button type="button" onClick={() => call.starten(false)}>
                  Videoanruf starten
                </Button>
                <Button type="button" variant="secondary" onClick={() => call.starten(true)}>
                  Nur mit Ton anrufen
                </Button>
              </>
            ) : null}
            {state.phase === "ringing" ? (
              <>
                <Button type="button" onClick={() => call.annehmen(false)}>
                  {state.nurAudioAngebot ? "Annehmen (nur mit Ton)" : "Annehmen"}
                </Button>
                {!state.nurAudioAngebot ? (
                  <Button type="button" variant="secondary" onClick={() => call.annehmen(true)}>
                    Nur mit Ton annehmen
                  </Button>
                ) : null}
                <Button type="button" variant="secondary" onClick={call.auflegen}>
                  Ablehnen
                </Button>
              </>
            ) : null}
            {running && call.hatKamera ? (
              <Button type="button" variant="secondary" onClick={call.kameraUmschalten}>
                {call.kameraAn ? "Kamera ausschalten" : "Kamera einschalten"}
              </Button>
            ) : null}
            {running && call.localStream ? (
              <Button type="button" variant="secondary" onClick={call.mikrofonUmschalten}>
                {call.mikrofonAn ? "Mikrofon ausschalten" : "Mikrofon einschalten"}
              </Button>
            ) : null}
            {isActive(state) && state.phase !== "ringing" ? (
              <Button type="button" buttonRef={hangUp} onClick={call.auflegen}>
                Auflegen
              </Button>
            ) : null}
          </div>
          {running && !call.kameraAn ? <p className="kern-body">Ihre Kamera ist ausgeschaltet.</p> : null}
          {running && !call.mikrofonAn ? <p className="kern-body">Ihr Mikrofon ist ausgeschaltet.</p> : null}
        </>
      ) : null}
    </section>
  );
}
