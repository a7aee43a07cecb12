/**
 * A peer-to-peer WebRTC call inside a conversation, signalled over the conversation's `/chat`
 * socket (`video:angebot`, `video:antwort`, `video:ice`, `video:ende`; the server relays them only
 * between the owning counsellor and the help seeker). The phases are the pure state machine of
 * app/domain/chat/video-call.ts; this hook holds the browser side: getUserMedia (camera and
 * microphone, or the microphone only), one RTCPeerConnection with the configured ICE servers,
 * candidates that arrive before the remote description queued, and cleanup (tracks stopped,
 * connection closed) on hang-up, on `video:ende`, on a failure, on leaving the page and on unmount.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../domain/chat/events";
import {
  CALL_TIMEOUT_MS,
  IDLE,
  isActive,
  mediaConstraints,
  mediaFailureCode,
  transition,
  type CallEvent,
  type CallState,
  type FailureCode,
} from "../../domain/chat/video-call";

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type IceServer = { urls: string | string[]; username?: string; credential?: string };

export type VideoCall = {
  state: CallState;
  localStream: MediaStream | null;
  remoteStream: MediaStream | null;
  /** Whether the local stream has a camera track (false for audio only). */
  hatKamera: boolean;
  kameraAn: boolean;
  mikrofonAn: boolean;
  starten: (nurAudio: boolean) => void;
  annehmen: (nurAudio: boolean) => void;
  auflegen: () => void;
  kameraUmschalten: () => void;
  mikrofonUmschalten: () => void;
};

type MediaResult = { ok: true; stream: MediaStream } | { ok: false; code: FailureCode };

async function openMedia(nurAudio: boolean): Promise<MediaResult> {
  if (typeof RTCPeerConnection === "undefined" || !navigator.mediaDevices?.getUserMedia) return { ok: false, code: "nicht_unterstuetzt" };
  try {
    return { ok: true, stream: await navigator.mediaDevices.getUserMedia(mediaConstraints(nurAudio)) };
  } catch (error) {
    return { ok: false, code: mediaFailureCode(error instanceof Error ? error.name : undefined) };
  }
}

export function useVideoCall(options: { socket: ChatSocket | null; gespraechId: string; iceServers: IceServer[] }): VideoCall {
  const { socket, gespraechId } = options;
  const [state, setState] = useState<CallState>(IDLE);
  const [localStream, setLocalStream] = useState<MediaStream | null>(null);
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [kameraAn, setKameraAn] = useState(true);
  const [mikrofonAn, setMikrofonAn] = useState(true);

  // The current state, synchronously: socket and WebRTC callbacks must see the latest phase.
  const current = useRef<CallState>(IDLE);
  const peer = useRef<RTCPeerConnection | null>(null);
  const media = useRef<MediaStream | null>(null);
  const offer = useRef<string | null>(null);
  const queued = useRef<RTCIceCandidateInit[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const iceServers = useRef(options.iceServers);
  const socketRef = useRef(socket);
  useEffect(() => {
    socketRef.current = socket;
    iceServers.current = options.iceServers;
  });

  const send = useCallback((event: CallEvent) => {
    const next = transition(current.current, event);
    if (next !== current.current) {
      current.current = next;
      setState(next);
    }
    return next;
  }, []);

  const cleanup = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pc = peer.current;
    peer.current = null;
    if (pc) {
      pc.onicecandidate = null;
      pc.ontrack = null;
      pc.onconnectionstatechange = null;
      pc.close();
    }
    media.current?.getTracks().forEach((track) => track.stop());
    media.current = null;
    offer.current = null;
    queued.current = [];
    setLocalStream(null);
    setRemoteStream(null);
    setKameraAn(true);
    setMikrofonAn(true);
  }, []);

  const emitEnd = useCallback(() => {
    socketRef.current?.emit("video:ende", { gespraech_id: gespraechId });
  }, [gespraechId]);

  const createPeer = useCallback(
    (stream: MediaStream) => {
      const pc = new RTCPeerConnection({ iceServers: iceServers.current });
      peer.current = pc;
      for (const track of stream.getTracks()) pc.addTrack(track, stream);
      pc.onicecandidate = (event) => {
        if (event.candidate) socketRef.current?.emit("video:ice", { gespraech_id: gespraechId, kandidat: event.candidate.toJSON() });
      };
      pc.ontrack = (event) => setRemoteStream(event.streams[0] ?? new MediaStream([event.track]));
      pc.onconnectionstatechange = () => {
        if (peer.current !== pc) return;
        if (pc.connectionState === "connected") send({ type: "verbunden" });
        if (pc.connectionState === "failed") {
          emitEnd();
          cleanup();
          send({ type: "verbindung_fehlgeschlagen" });
        }
      };
      return pc;
    },
    [gespraechId, send, emitEnd, cleanup],
  );

  const flushCandidates = useCallback(async (pc: RTCPeerConnection) => {
    for (const candidate of queued.current.splice(0)) await pc.addIceCandidate(candidate).catch(() => undefined);
  }, []);

  /** A step of the WebRTC set-up threw (unexpected): end the call for both sides. */
  const fail = useCallback(() => {
    emitEnd();
    cleanup();
    send({ type: "verbindung_fehlgeschlagen" });
  }, [emitEnd, cleanup, send]);

  const acquireMedia = useCallback(
    async (nurAudio: boolean, expected: CallState["phase"]): Promise<MediaStream | null> => {
      const result = await openMedia(nurAudio);
      if (current.current.phase !== expected) {
        // Hung up (or ended by the other side) while the browser asked for permission.
        if (result.ok) result.stream.getTracks().forEach((track) => track.stop());
        return null;
      }
      if (!result.ok) {
        send({ type: "medien_fehler", code: result.code });
        return null;
      }
      media.current = result.stream;
      setLocalStream(result.stream);
      return result.stream;
    },
    [send],
  );

  const starten = useCallback(
    (nurAudio: boolean) => {
      if (send({ type: "starten", nurAudio }).phase !== "starting") return;
      void (async () => {
        const stream = await acquireMedia(nurAudio, "starting");
        if (!stream) return;
        try {
          const pc = createPeer(stream);
          const description = await pc.createOffer();
          await pc.setLocalDescription(description);
          if (peer.current !== pc) return;
          socketRef.current?.emit("video:angebot", { gespraech_id: gespraechId, sdp: description.sdp ?? "", nur_audio: nurAudio });
          send({ type: "medien_bereit" });
          timer.current = setTimeout(() => {
            if (current.current.phase !== "calling") return;
            emitEnd();
            cleanup();
            send({ type: "zeit_abgelaufen" });
          }, CALL_TIMEOUT_MS);
        } catch {
          fail();
        }
      })();
    },
    [gespraechId, send, acquireMedia, createPeer, emitEnd, cleanup, fail],
  );

  const annehmen = useCallback(
    (nurAudio: boolean) => {
      const accepting = send({ type: "annehmen", nurAudio });
      if (accepting.phase !== "accepting") return;
      void (async () => {
        const stream = await acquireMedia(accepting.nurAudio, "accepting");
        if (!stream) {
          // Tell the caller (unless the call ended meanwhile): the call will not be answered.
          if (current.current.phase === "failed") {
            emitEnd();
            cleanup();
          }
          return;
        }
        try {
          const pc = createPeer(stream);
          await pc.setRemoteDescription({ type: "offer", sdp: offer.current ?? "" });
          await flushCandidates(pc);
          const description = await pc.createAnswer();
          await pc.setLocalDescription(description);
          if (peer.current !== pc) return;
          socketRef.current?.emit("video:antwort", { gespraech_id: gespraechId, sdp: description.sdp ?? "" });
          send({ type: "medien_bereit" });
          if (pc.connectionState === "connected") send({ type: "verbunden" });
        } catch {
          fail();
        }
      })();
    },
    [gespraechId, send, acquireMedia, createPeer, flushCandidates, emitEnd, cleanup, fail],
  );

  const auflegen = useCallback(() => {
    if (!isActive(current.current)) return;
    emitEnd();
    cleanup();
    send({ type: "auflegen" });
  }, [emitEnd, cleanup, send]);

  const kameraUmschalten = useCallback(() => {
    const tracks = media.current?.getVideoTracks() ?? [];
    const an = !tracks.every((track) => track.enabled);
    tracks.forEach((track) => (track.enabled = an));
    setKameraAn(an);
  }, []);

  const mikrofonUmschalten = useCallback(() => {
    const tracks = media.current?.getAudioTracks() ?? [];
    const an = !tracks.every((track) => track.enabled);
    tracks.forEach((track) => (track.enabled = an));
    setMikrofonAn(an);
  }, []);

  // Signalling from the other side.
  useEffect(() => {
    if (!socket) return;
    const mine = (payload: { gespraech_id: string }) => payload.gespraech_id === gespraechId;
    const onOffer: ServerToClientEvents["video:angebot"] = (payload) => {
      if (!mine(payload) || isActive(current.current)) return;
      queued.current = [];
      offer.current = payload.sdp;
      send({ type: "angebot", nurAudio: payload.nur_audio === true });
    };
    const onAnswer: ServerToClientEvents["video:antwort"] = (payload) => {
      const pc = peer.current;
      if (!mine(payload) || !pc || current.current.phase !== "calling") return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      send({ type: "antwort" });
      pc.setRemoteDescription({ type: "answer", sdp: payload.sdp })
        .then(() => flushCandidates(pc))
        .then(() => {
          if (pc.connectionState === "connected") send({ type: "verbunden" });
        })
        .catch(fail);
    };
    const onIce: ServerToClientEvents["video:ice"] = (payload) => {
      if (!mine(payload) || !isActive(current.current) || !payload.kandidat) return;
      const candidate = payload.kandidat as RTCIceCandidateInit;
      const pc = peer.current;
      if (pc?.remoteDescription) void pc.addIceCandidate(candidate).catch(() => undefined);
      else queued.current.push(candidate);
    };
    const onEnd: ServerToClientEvents["video:ende"] = (payload) => {
      if (!mine(payload) || !isActive(current.current)) return;
      cleanup();
      send({ type: "ende_empfangen" });
    };
    socket.on("video:angebot", onOffer);
    socket.on("video:antwort", onAnswer);
    socket.on("video:ice", onIce);
    socket.on("video:ende", onEnd);
    return () => {
      socket.off("video:angebot", onOffer);
      socket.off("video:antwort", onAnswer);
      socket.off("video:ice", onIce);
      socket.off("video:ende", onEnd);
    };
  }, [socket, gespraechId, send, cleanup, flushCandidates, fail]);

  // Leaving the page (tab closed, navigation) or unmounting ends a running call for both sides.
  useEffect(() => {
    const leave = () => {
      if (isActive(current.current)) emitEnd();
      cleanup();
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [emitEnd, cleanup]);

  const hatKamera = (localStream?.getVideoTracks().length ?? 0) > 0;
  return { state, localStream, remoteStream, hatKamera, kameraAn, mikrofonAn, starten, annehmen, auflegen, kameraUmschalten, mikrofonUmschalten };
}
