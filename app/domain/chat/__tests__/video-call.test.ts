import { describe, expect, it } from "vitest";
import {
  callMessage,
  END_MESSAGES,
  FAILURE_MESSAGES,
  IDLE,
  isActive,
  mediaConstraints,
  mediaFailureCode,
  maySignal,
  transition,
  type CallEvent,
  type CallState,
} from "../video-call";

const run = (events: CallEvent[], from: CallState = IDLE) => events.reduce(transition, from);

describe("video call state machine", () => {
  it("caller: idle → starting → calling → connecting → connected → ended (aufgelegt)", () => {
    const phases: string[] = [];
    let state = IDLE;
    for (const event of [
      { type: "starten", nurAudio: false },
      { type: "medien_bereit" },
      { type: "antwort" },
      { type: "verbunden" },
      { type: "auflegen" },
    ] satisfies CallEvent[]) {
      state = transition(state, event);
      phases.push(state.phase);
    }
    expect(phases).toEqual(["starting", "calling", "connecting", "connected", "ended"]);
    expect(state).toEqual({ phase: "ended", grund: "aufgelegt" });
  });

  it("called side: idle → ringing → accepting → connecting → connected → ended by the other side", () => {
    const ringing = run([{ type: "angebot", nurAudio: false }]);
    expect(ringing).toEqual({ phase: "ringing", nurAudioAngebot: false });
    const connected = run([{ type: "annehmen", nurAudio: false }, { type: "medien_bereit" }, { type: "verbunden" }], ringing);
    expect(connected).toEqual({ phase: "connected", nurAudio: false });
    expect(transition(connected, { type: "ende_empfangen" })).toEqual({ phase: "ended", grund: "beendet_von_gegenseite" });
  });

  it("audio only: chosen by the called side, or forced by an audio-only offer", () => {
    expect(run([{ type: "angebot", nurAudio: false }, { type: "annehmen", nurAudio: true }])).toEqual({ phase: "accepting", nurAudio: true });
    expect(run([{ type: "angebot", nurAudio: true }, { type: "annehmen", nurAudio: false }])).toEqual({ phase: "accepting", nurAudio: true });
    expect(run([{ type: "starten", nurAudio: true }, { type: "medien_bereit" }, { type: "antwort" }, { type: "verbunden" }])).toEqual({ phase: "connected", nurAudio: true });
  });

  it.each([
    ["a declined call, seen by the caller", [{ type: "starten", nurAudio: false }, { type: "medien_bereit" }, { type: "ende_empfangen" }], { phase: "ended", grund: "abgelehnt" }],
    ["a cancelled call, seen by the called side", [{ type: "angebot", nurAudio: false }, { type: "ende_empfangen" }], { phase: "ended", grund: "beendet_von_gegenseite" }],
    ["no answer in time", [{ type: "starten", nurAudio: false }, { type: "medien_bereit" }, { type: "zeit_abgelaufen" }], { phase: "ended", grund: "keine_antwort" }],
    ["declining an incoming call", [{ type: "angebot", nurAudio: false }, { type: "auflegen" }], { phase: "ended", grund: "aufgelegt" }],
    ["camera refused when calling", [{ type: "starten", nurAudio: false }, { type: "medien_fehler", code: "kamera_verweigert" }], { phase: "failed", code: "kamera_verweigert" }],
    ["no device when accepting", [{ type: "angebot", nurAudio: false }, { type: "annehmen", nurAudio: false }, { type: "medien_fehler", code: "kein_geraet" }], { phase: "failed", code: "kein_geraet" }],
    ["ICE failure while connecting", [{ type: "starten", nurAudio: false }, { type: "medien_bereit" }, { type: "antwort" }, { type: "verbindung_fehlgeschlagen" }], { phase: "failed", code: "verbindung_fehlgeschlagen" }],
    ["connection lost after connecting", [{ type: "starten", nurAudio: false }, { type: "medien_bereit" }, { type: "antwort" }, { type: "verbunden" }, { type: "verbindung_fehlgeschlagen" }], { phase: "failed", code: "verbindung_fehlgeschlagen" }],
  ] satisfies Array<[string, CallEvent[], CallState]>)("%s", (_name, events, expected) => {
    expect(run(events)).toEqual(expected);
  });

  it("ignores events that do not fit the phase", () => {
    const calling = run([{ type: "starten", nurAudio: false }, { type: "medien_bereit" }]);
    expect(transition(calling, { type: "angebot", nurAudio: false })).toBe(calling); // busy: one call at a time
    expect(transition(calling, { type: "starten", nurAudio: true })).toBe(calling);
    expect(transition(calling, { type: "verbunden" })).toBe(calling); // not before the answer
    expect(transition(IDLE, { type: "antwort" })).toBe(IDLE);
    const connecting = transition(calling, { type: "antwort" });
    expect(transition(connecting, { type: "zeit_abgelaufen" })).toBe(connecting); // answered: the timer no longer counts
    expect(transition(IDLE, { type: "annehmen", nurAudio: false })).toBe(IDLE);
    expect(transition(IDLE, { type: "auflegen" })).toBe(IDLE);
    expect(transition(IDLE, { type: "ende_empfangen" })).toBe(IDLE);
    expect(transition(IDLE, { type: "medien_fehler", code: "kein_geraet" })).toBe(IDLE);
    const ended = run([{ type: "auflegen" }], calling);
    expect(transition(ended, { type: "ende_empfangen" })).toBe(ended);
    expect(transition(ended, { type: "verbindung_fehlgeschlagen" })).toBe(ended);
  });

  it("after an end or a failure a new call can start or ring", () => {
    const failed: CallState = { phase: "failed", code: "kamera_verweigert" };
    expect(transition(failed, { type: "starten", nurAudio: true })).toEqual({ phase: "starting", nurAudio: true });
    expect(transition({ phase: "ended", grund: "abgelehnt" }, { type: "angebot", nurAudio: false })).toEqual({ phase: "ringing", nurAudioAngebot: false });
    expect([IDLE, failed, { phase: "ended", grund: "aufgelegt" } as CallState].map(isActive)).toEqual([false, false, false]);
    expect(isActive({ phase: "ringing", nurAudioAngebot: false })).toBe(true);
  });
});

describe("media errors and constraints", () => {
  it.each([
    ["NotAllowedError", "kamera_verweigert"],
    ["SecurityError", "kamera_verweigert"],
    ["NotFoundError", "kein_geraet"],
    ["OverconstrainedError", "kein_geraet"],
    ["NotReadableError", "geraet_belegt"],
    ["TypeError", "nicht_unterstuetzt"],
    [undefined, "kein_geraet"],
  ])("%s → %s", (name, code) => {
    expect(mediaFailureCode(name)).toBe(code);
  });

  it("always asks for the microphone, for the camera unless audio only", () => {
    expect(mediaConstraints(false)).toEqual({ audio: true, video: true });
    expect(mediaConstraints(true)).toEqual({ audio: true, video: false });
  });
});

describe("messages", () => {
  it("has a German message for every code and phase, formal and without placeholders", () => {
    const all = [
      ...Object.values(FAILURE_MESSAGES),
      ...Object.values(END_MESSAGES),
      ...(["idle", "starting", "calling", "connecting"] as const).map((phase) => callMessage({ phase, nurAudio: false } as CallState)),
      callMessage({ phase: "ringing", nurAudioAngebot: false }),
      callMessage({ phase: "connected", nurAudio: true }),
    ];
    for (const text of all) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/\bdu\b|\bdein/i);
      expect(text).not.toMatch(/undefined|\{/);
    }
    expect(callMessage({ phase: "failed", code: "kamera_verweigert" })).toMatch(/nicht erlaubt/);
    expect(callMessage({ phase: "connected", nurAudio: false })).toBe("Verbunden.");
    expect(callMessage({ phase: "connected", nurAudio: true })).toBe("Verbunden (nur mit Ton).");
    expect(callMessage({ phase: "ringing", nurAudioAngebot: true })).toMatch(/nur mit Ton/);
  });
});

describe("who may signal", () => {
  const owner = "11111111-1111-4111-8111-111111111111";
  const colleague = "22222222-2222-4222-8222-222222222222";
  it.each([
    ["the owning counsellor calls", { event: "video:angebot", rolle: "beratung", status: "offen", beraterId: owner, benutzerId: owner }, true],
    ["the owning counsellor hangs up", { event: "video:ende", rolle: "beratung", status: "offen", beraterId: owner, benutzerId: owner }, true],
    ["a colleague of the same centre", { event: "video:angebot", rolle: "beratung", status: "offen", beraterId: owner, benutzerId: colleague }, false],
    ["a colleague's candidates", { event: "video:ice", rolle: "beratung", status: "offen", beraterId: owner, benutzerId: colleague }, false],
    ["a counsellor before accepting", { event: "video:angebot", rolle: "beratung", status: "wartend", beraterId: null, benutzerId: owner }, false],
    ["the owner after closing", { event: "video:angebot", rolle: "beratung", status: "geschlossen", beraterId: owner, benutzerId: owner }, false],
    ["the help seeker answers", { event: "video:antwort", rolle: "ratsuchend", status: "offen", beraterId: owner }, true],
    ["the help seeker sends candidates", { event: "video:ice", rolle: "ratsuchend", status: "offen", beraterId: owner }, true],
    ["the help seeker hangs up", { event: "video:ende", rolle: "ratsuchend", status: "offen", beraterId: owner }, true],
    ["the help seeker cannot start a call", { event: "video:angebot", rolle: "ratsuchend", status: "offen", beraterId: owner }, false],
    ["the help seeker while waiting", { event: "video:antwort", rolle: "ratsuchend", status: "wartend", beraterId: null }, false],
  ] satisfies Array<[string, Parameters<typeof maySignal>[0], boolean]>)("%s", (_name, input, expected) => {
    expect(maySignal(input)).toBe(expected);
  });
});
