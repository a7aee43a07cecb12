/**
 * Conversations and messages in the database. The socket handler, the no-JS pages and the JSON
 * API all write through here. Sending: in one transaction the conversation row is updated
 * (`letzte_seq + 1`, which locks the row, so concurrent senders take turns and seq stays
 * gapless) and the message inserted; a repeated `client_id` returns the stored message.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Absender, NachrichtDto } from "../../domain/chat/events";
import { nextSeq } from "../../domain/chat/messages";
import { retentionCutoffs, type RetentionPolicy } from "../../domain/chat/retention";
import type { PrismaClient } from "../generated/prisma/client";
import type { MessageCipher } from "./crypto.server";

/** Generous waits: on PGlite (one connection) concurrent senders queue for the connection. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export type ChatStore = ReturnType<typeof createChatStore>;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export class ChatError extends Error {
  constructor(
    readonly code: "nicht_gefunden" | "geschlossen",
    message: string,
  ) {
    super(message);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export function createChatStore(prisma: PrismaClient, cipher: MessageCipher) {
  type StoredMessage = {
    id: string;
    seq: number;
    gespraechId: string;
    von: Absender;
    gesendetAm: Date;
    schluesselId: string;
    iv: Uint8Array;
    ciphertext: Uint8Array;
    tag: Uint8Array;
  };
  const toDto = (m: StoredMessage): NachrichtDto => ({
    id: m.id,
    seq: m.seq,
    gespraech_id: m.gespraechId,
    von: m.von,
    text: cipher.decrypt(m),
    gesendet_am: m.gesendetAm.toISOString(),
  });

  async function findExisting(gespraechId: string, clientId: string) {
    return prisma.chatNachricht.findUnique({ where: { gespraechId_clientId: { gespraechId, clientId } } });
  }

  return {
    /** Starts an anonymous (or account-linked) conversation; the token is returned once, only its hash is kept. */
    async start(input: { beratungsstelleId: string; pseudonym: string; thema?: string; ratsuchendId?: string }) {
      const token = randomBytes(24).toString("base64url");
      const gespraech = await prisma.gespraech.create({
        data: {
          tokenHash: hashToken(token),
          beratungsstelleId: input.beratungsstelleId,
          pseudonym: input.pseudonym,
          thema: input.thema ?? null,
          ratsuchendId: input.ratsuchendId ?? null,
        },
        select: { id: true },
      });
      return { gespraechId: gespraech.id, token };
    },

    async byToken(token: string) {
      return prisma.gespraech.findUnique({ where: { tokenHash: hashToken(token) } });
    },

    async byId(id: string) {
      return prisma.gespraech.findUnique({ where: { id } });
    },

    /** Stores a message once per client_id; `created` is false for a repeat. */
    async send(input: { gespraechId: string; clientId: string; text: string; von: Absender; benutzerId?: string | null }) {
      const existing = await findExisting(input.gespraechId, input.clientId);
      if (existing) return { message: toDto(existing), created: false };
      try {
        const stored = await prisma.$transaction(async (tx) => {
          const current = await tx.gespraech.findUnique({ where: { id: input.gespraechId }, select: { status: true } });
          if (!current) throw new ChatError("nicht_gefunden", "Gespräch nicht gefunden.");
          if (current.status === "geschlossen") throw new ChatError("geschlossen", "Das Gespräch ist beendet.");
          const locked = await tx.gespraech.update({
            where: { id: input.gespraechId },
            data: { letzteSeq: { increment: 1 }, letzteAktivitaet: new Date() },
            select: { letzteSeq: true },
          });
          return tx.chatNachricht.create({
            data: {
              gespraechId: input.gespraechId,
              seq: nextSeq(locked.letzteSeq - 1),
              clientId: input.clientId,
              von: input.von,
              benutzerId: input.benutzerId ?? null,
              ...cipher.encrypt(input.text),
            },
          });
        }, TRANSACTION_OPTIONS);
        return { message: toDto(stored), created: true };
      } catch (error) {
        // The same client_id sent twice at once: the loser's transaction rolled back, the seq with it.
        if (!isUniqueViolation(error)) throw error;
        const winner = await findExisting(input.gespraechId, input.clientId);
        if (!winner) throw error;
        return { message: toDto(winner), created: false };
      }
    },

    async history(gespraechId: string, nachSeq: number, limit = 500): Promise<NachrichtDto[]> {
      const rows = await prisma.chatNachricht.findMany({
        where: { gespraechId, seq: { gt: nachSeq } },
        orderBy: { seq: "asc" },
        take: limit,
      });
      return rows.map(toDto);
    },

    /** Moves the side's read marker forward only (never backwards, never past the last message). */
    async markRead(gespraechId: string, von: Absender, seq: number): Promise<number> {
      const column = von === "ratsuchend" ? "gelesen_ratsuchend" : "gelesen_beratung";
      const rows = await prisma.$queryRawUnsafe<Array<{ value: number }>>(
        `UPDATE "gespraech" SET "${column}" = GREATEST("${column}", LEAST($2::int, "letzte_seq")) WHERE "id" = $1::uuid RETURNING "${column}" AS value`,
        gespraechId,
        seq,
      );
      return rows[0]?.value ?? 0;
    },

    async close(gespraechId: string, now = new Date()) {
      await prisma.gespraech.update({ where: { id: gespraechId }, data: { status: "geschlossen", geschlossenAm: now } });
    },

    async delete(gespraechId: string) {
      await prisma.gespraech.deleteMany({ where: { id: gespraechId } });
    },

    /** Retention: anonymous conversations closed or idle longer than the policy allows, messages with them (cascade). */
    async deleteExpired(now: Date, policy: RetentionPolicy): Promise<number> {
      const { closedBefore, idleBefore } = retentionCutoffs(now, policy);
      const result = await prisma.gespraech.deleteMany({
        where: { ratsuchendId: null, OR: [{ geschlossenAm: { lt: closedBefore } }, { letzteAktivitaet: { lt: idleBefore } }] },
      });
      return result.count;
    },
  };
}
