import { describe, expect, it } from "vitest";
import { linkify, startSchema, suggestPseudonym } from "../conversation";
import {
  advanceReadMarker,
  MESSAGE_MAX_LENGTH,
  mergeBySeq,
  nextSeq,
  normaliseText,
  parseWith,
  sendPayloadSchema,
} from "../messages";
import { fullBucket, takeToken } from "../rate-limit";
import { DEFAULT_RETENTION, deletionDueAt, retentionCutoffs } from "../retention";

const id = "0b6f5c1e-2a9d-4c8e-9f3a-1d2e3f4a5b6c";
const clientId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("sendPayloadSchema", () => {
  it("accepts 1 and 4,000 characters and normalises line endings", () => {
    expect(parseWith(sendPayloadSchema, { gespraech_id: id, client_id: clientId, text: " a\r\nb " })).toEqual({
      ok: true,
      value: { gespraech_id: id, client_id: clientId, text: "a\nb" },
    });
    expect(parseWith(sendPayloadSchema, { gespraech_id: id, client_id: clientId, text: "x".repeat(MESSAGE_MAX_LENGTH) }).ok).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["only blanks", "   \n "],
    ["too long", "x".repeat(MESSAGE_MAX_LENGTH + 1)],
    ["not a string", 42],
  ])("refuses %s text with a German message", (_, text) => {
    const result = parseWith(sendPayloadSchema, { gespraech_id: id, client_id: clientId, text });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.meldung).toMatch(/Nachricht/);
  });

  it("refuses a client_id that is not a UUID", () => {
    expect(parseWith(sendPayloadSchema, { gespraech_id: id, client_id: "1", text: "hallo" }).ok).toBe(false);
  });

  it("strips control characters but keeps tabs and newlines", () => {
    expect(normaliseText("a\u0000b\tc\u0007\nd")).toBe("ab\tc\nd");
  });
});

describe("sequence rules", () => {
  it("numbers gaplessly from 1", () => {
    expect(nextSeq(0)).toBe(1);
    expect(nextSeq(41)).toBe(42);
    expect(() => nextSeq(-1)).toThrow();
  });

  it("read marker never moves backwards nor past the last message", () => {
    expect(advanceReadMarker(5, 3, 10)).toBe(5);
    expect(advanceReadMarker(5, 8, 10)).toBe(8);
    expect(advanceReadMarker(5, 99, 10)).toBe(10);
  });

  it("merges live and fetched messages once each, in seq order, and reports the contiguous end", () => {
    const m = (seq: number, text = `m${seq}`) => ({ seq, text });
    const merged = mergeBySeq([m(1), m(2), m(4)], [m(2, "dupe"), m(3), m(6)]);
    expect(merged.messages.map((x) => x.seq)).toEqual([1, 2, 3, 4, 6]);
    expect(merged.messages[1]?.text).toBe("m2");
    expect(merged.contiguousSeq).toBe(4);
  });
});

describe("token bucket (5/s, burst 20)", () => {
  it("allows a burst of 20, then refuses with a retry time, then refills at 5 per second", () => {
    let bucket = fullBucket(0);
    for (let i = 0; i < 20; i++) {
      const decision = takeToken(bucket, 0);
      expect(decision.allowed).toBe(true);
      bucket = decision.bucket;
    }
    const refused = takeToken(bucket, 0);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(200);
    expect(takeToken(refused.bucket, 199).allowed).toBe(false);
    const later = takeToken(refused.bucket, 200);
    expect(later.allowed).toBe(true);
    expect(takeToken(later.bucket, 200).allowed).toBe(false);
    expect(takeToken(bucket, 10_000).bucket.tokens).toBe(19); // capped at burst
  });
});

describe("retention", () => {
  it("closed conversations are due 48 h after closing, open ones 30 days after the last activity", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    expect(retentionCutoffs(now, DEFAULT_RETENTION)).toEqual({
      closedBefore: new Date("2026-12-05T12:00:00Z"),
      idleBefore: new Date("2026-11-07T12:00:00Z"),
    });
    expect(deletionDueAt({ geschlossenAm: now, letzteAktivitaet: now }, DEFAULT_RETENTION)).toEqual(new Date("2026-12-09T12:00:00Z"));
    expect(deletionDueAt({ geschlossenAm: null, letzteAktivitaet: now }, DEFAULT_RETENTION)).toEqual(new Date("2027-01-06T12:00:00Z"));
  });
});

describe("starting a conversation", () => {
  it("suggests a pseudonym and validates the start input", () => {
    expect(suggestPseudonym(() => 0)).toBe("Blaue Möwe 10");
    expect(startSchema.safeParse({ beratungsstelle_id: id, pseudonym: " Eule 7 " }).data?.pseudonym).toBe("Eule 7");
    expect(startSchema.safeParse({ beratungsstelle_id: id, pseudonym: "<script>" }).success).toBe(false);
    expect(startSchema.safeParse({ beratungsstelle_id: "x" }).success).toBe(false);
  });

  it("turns http(s) links into link parts and leaves markup as text", () => {
    expect(linkify("Siehe https://example.org/a. <b>x</b>")).toEqual([
      { kind: "text", text: "Siehe " },
      { kind: "link", text: "https://example.org/a", href: "https://example.org/a" },
      { kind: "text", text: ". <b>x</b>" },
    ]);
    expect(linkify("javascript:alert(1)")).toEqual([{ kind: "text", text: "javascript:alert(1)" }]);
  });
});
