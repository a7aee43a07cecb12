/**
 * Validation of what clients send, and the pure rules around stored messages: gapless `seq`
 * per conversation, idempotency by `client_id`, `gelesen` never moving backwards.
 * The socket handler and the no-JS form both go through `parseSendPayload`/`normaliseText`.
 */
import { z } from "zod";

export const MESSAGE_MIN_LENGTH = 1;
export const MESSAGE_MAX_LENGTH = 4_000;
export const HISTORY_PAGE_SIZE = 500;

const uuid = z.uuid({ error: "erwartet eine UUID" });

/** Line endings unified, control characters other than newline and tab removed, trimmed. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .trim();
}

export const messageText = z
  .string({ error: "Bitte geben Sie eine Nachricht ein." })
  .transform(normaliseText)
  .pipe(
    z
      .string()
      .min(MESSAGE_MIN_LENGTH, { error: "Bitte geben Sie eine Nachricht ein." })
      .max(MESSAGE_MAX_LENGTH, { error: `Die Nachricht darf höchstens ${MESSAGE_MAX_LENGTH.toLocaleString("de-DE")} Zeichen lang sein.` }),
  );

export const sendPayloadSchema = z.object({ gespraech_id: uuid, client_id: uuid, text: messageText });
export const historyPayloadSchema = z.object({
  gespraech_id: uuid,
  nach_seq: z.number().int().min(0).default(0),
});
export const conversationRefSchema = z.object({ gespraech_id: uuid });
export const readPayloadSchema = z.object({ gespraech_id: uuid, seq: z.number().int().min(0) });

/** WebRTC signalling payloads: relayed as parsed (unknown fields dropped), SDP and candidates bounded. */
const sdp = z.string().min(1).max(100_000);
export const videoPayloadSchemas = {
  "video:angebot": z.object({ gespraech_id: uuid, sdp, nur_audio: z.boolean().optional() }),
  "video:antwort": z.object({ gespraech_id: uuid, sdp }),
  "video:ice": z.object({
    gespraech_id: uuid,
    kandidat: z.union([
      z.null(),
      z.object({ candidate: z.string().max(2_000), sdpMid: z.string().max(100).nullable().optional(), sdpMLineIndex: z.number().int().min(0).max(1_000).nullable().optional(), usernameFragment: z.string().max(256).nullable().optional() }),
    ]),
  }),
  "video:ende": z.object({ gespraech_id: uuid }),
} as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; meldung: string };

export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, meldung: result.error.issues[0]?.message ?? "Ungültige Angaben." };
}

/** The seq the next message gets: one more than the highest stored (0 = none yet). */
export function nextSeq(lastSeq: number): number {
  if (!Number.isInteger(lastSeq) || lastSeq < 0) throw new Error(`ungültige letzte seq ${lastSeq}`);
  return lastSeq + 1;
}

/** A read marker only ever moves forward and never past the last message. */
export function advanceReadMarker(current: number, proposed: number, lastSeq: number): number {
  return Math.max(current, Math.min(proposed, lastSeq));
}

/**
 * Merges messages received live or fetched after a reconnect into what a client already has:
 * each seq once, in seq order. Returns the merged list and the highest seq without a gap
 * (what the client asks for with `nach_seq` next time).
 */
export function mergeBySeq<T extends { seq: number }>(known: readonly T[], incoming: readonly T[]): { messages: T[]; contiguousSeq: number } {
  const bySeq = new Map<number, T>();
  for (const message of known) bySeq.set(message.seq, message);
  for (const message of incoming) if (!bySeq.has(message.seq)) bySeq.set(message.seq, message);
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  let contiguousSeq = 0;
  for (const message of messages) {
    if (message.seq !== contiguousSeq + 1) break;
    contiguousSeq = message.seq;
  }
  return { messages, contiguousSeq };
}
