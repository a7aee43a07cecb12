/**
 * Conversations and messages in the database. The socket handler, the no-JS pages and the JSON
 * API all write through here. Sending: in one transaction the conversation row is updated
 * (`letzte_seq + 1`, which locks the row, so concurrent senders take turns and seq stays
 * gapless) and the message inserted; a repeated `client_id` returns the stored message.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Absender, NachrichtDto } from "../../domain/chat/events";
import { nextSeq } from "../../domain/chat/messages";
import { retentionCutoffs, type RetentionPolicy } from "../../domain/chat/retention";
import { requestHash } from "../booking/tokens.server";
import type { PrismaClient } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import type { MessageCipher } from "./crypto.server";

/** At most one "neue Nachricht" mail per conversation within this time. */
export const NEW_MESSAGE_MAIL_INTERVAL_MS = 60 * 60_000;

export type ChatStoreOptions = {
  /** Absolute base of links in mails (PUBLIC_URL). */
  publicUrl?: string;
  /**
   * Key for conversation tokens derived from an idempotency key: a repeated start with the same
   * key must hand out the same token, and only the token's hash is stored. Default: derived from
   * MESSAGE_KEY (after a key rotation a replay of an older start answers "konflikt").
   */
  tokenSecret?: string;
};

export type StartInput = { beratungsstelleId: string; pseudonym: string; thema?: string; ratsuchendId?: string };
/** The key and the request as the client sent it (its hash tells a repeat from another request). */
export type Idempotency = { key: string; request: Record<string, unknown> };
export type Started = { gespraechId: string; token: string; pseudonym: string; wiederholt: boolean };

/** Generous waits: on PGlite (one connection) concurrent senders queue for the connection. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type LockedForMessage = { letzteSeq: number; letzteMailAm: Date | null; mailAn: boolean };

/** Whether the owner's "neue Nachricht" mail may be due (the claim itself re-checks atomically). */
function newMessageMailMayBeDue(locked: LockedForMessage, now: Date): boolean {
  return locked.mailAn && (locked.letzteMailAm === null || locked.letzteMailAm.getTime() <= now.getTime() - NEW_MESSAGE_MAIL_INTERVAL_MS);
}

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

export function createChatStore(prisma: PrismaClient, cipher: MessageCipher, options: ChatStoreOptions = {}) {
  const tokenSecret = options.tokenSecret ?? cipher.deriveSecret("gespraech-token");
  const derivedToken = (idempotencyKey: string) => createHmac("sha256", tokenSecret).update(`gespraech-start:${idempotencyKey}`).digest("base64url");

  async function create(input: StartInput, token: string, idempotency: Idempotency | null): Promise<Started> {
    const gespraech = await prisma.gespraech.create({
      data: {
        tokenHash: hashToken(token),
        beratungsstelleId: input.beratungsstelleId,
        pseudonym: input.pseudonym,
        thema: input.thema ?? null,
        ratsuchendId: input.ratsuchendId ?? null,
        idempotenzSchluessel: idempotency ? hashToken(idempotency.key) : null,
        anfrageHash: idempotency ? requestHash(idempotency.request) : null,
      },
      select: { id: true },
    });
    return { gespraechId: gespraech.id, token, pseudonym: input.pseudonym, wiederholt: false };
  }

  /** The conversation started with this key before: the same one (same request), or a conflict. */
  async function replayStart(idempotency: Idempotency): Promise<Started | "konflikt" | null> {
    const existing = await prisma.gespraech.findUnique({ where: { idempotenzSchluessel: hashToken(idempotency.key) } });
    if (!existing) return null;
    const token = derivedToken(idempotency.key);
    if (existing.anfrageHash !== requestHash(idempotency.request) || existing.tokenHash !== hashToken(token)) return "konflikt";
    return { gespraechId: existing.id, token, pseudonym: existing.pseudonym, wiederholt: true };
  }
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

  /**
   * The owner's opt-in mail "neue Nachricht" (issue 7): no content, no pseudonym, only the link;
   * at most one per conversation per NEW_MESSAGE_MAIL_INTERVAL_MS (claimed by a conditional
   * update of `letzte_mail_am` in the send transaction, so concurrent messages send one mail).
   */
  async function queueNewMessageMail(tx: Transaction, gespraechId: string, now: Date) {
    const claimed = await tx.gespraech.updateMany({
      where: {
        id: gespraechId,
        berater: { is: { chatMailBenachrichtigung: true, aktiv: true, email: { not: null } } },
        OR: [{ letzteMailAm: null }, { letzteMailAm: { lte: new Date(now.getTime() - NEW_MESSAGE_MAIL_INTERVAL_MS) } }],
      },
      data: { letzteMailAm: now },
    });
    if (claimed.count !== 1) return;
    const row = await tx.gespraech.findUnique({ where: { id: gespraechId }, select: { berater: { select: { email: true } } } });
    const email = row?.berater?.email;
    if (!email) return;
    await queueMail(tx, {
      an: email,
      betreff: "Neue Nachricht in der Online-Beratung",
      text: [
        "Guten Tag,",
        "",
        "in einem Gespräch, das Sie in der Online-Beratung führen, gibt es eine neue Nachricht.",
        `Sie lesen sie nach der Anmeldung hier: ${options.publicUrl ?? ""}/verwaltung/gespraeche/${gespraechId}`,
        "",
        "Aus Gründen der Vertraulichkeit steht der Inhalt nicht in dieser E-Mail. Wir schreiben Ihnen höchstens einmal pro Stunde und Gespräch.",
        "Diese Benachrichtigung schalten Sie unter „Gespräche“ in der Verwaltung ab.",
      ].join("\n"),
      anlass: "chat_neue_nachricht",
    });
  }

  /**
   * Takes the next seq of an open conversation in one statement (the row lock that orders its
   * messages) and reads what the mail claim needs, so a message costs BEGIN, this UPDATE, the
   * INSERT and COMMIT; the claim's own conditional update runs only when a mail may be due.
   * Without a row it tells "not found" from "closed".
   */
  async function lockForMessage(tx: Transaction, gespraechId: string): Promise<LockedForMessage> {
    const rows = await tx.$queryRaw<Array<{ letzte_seq: number; letzte_mail_am: Date | null; mail_an: boolean | null }>>`
      UPDATE "gespraech" SET "letzte_seq" = "letzte_seq" + 1, "letzte_aktivitaet" = ${new Date()}
      WHERE "id" = ${gespraechId}::uuid AND "status" <> 'geschlossen'
      RETURNING "letzte_seq", "letzte_mail_am",
        (SELECT b."chat_mail_benachrichtigung" AND b."aktiv" AND b."email" IS NOT NULL FROM "benutzer" b WHERE b."id" = "gespraech"."berater_id") AS mail_an`;
    const row = rows[0];
    if (row) return { letzteSeq: row.letzte_seq, letzteMailAm: row.letzte_mail_am, mailAn: row.mail_an === true };
    const current = await tx.gespraech.findUnique({ where: { id: gespraechId }, select: { status: true } });
    if (!current) throw new ChatError("nicht_gefunden", "Gespräch nicht gefunden.");
    throw new ChatError("geschlossen", "Das Gespräch ist beendet.");
  }

  async function findExisting(gespraechId: string, clientId: string) {
    return prisma.chatNachricht.findUnique({ where: { gespraechId_clientId: { gespraechId, clientId } } });
  }

  return {
    /** Starts an anonymous (or account-linked) conversation; the token is returned once, only its hash is kept. */
    async start(input: StartInput): Promise<Started> {
      return create(input, randomBytes(24).toString("base64url"), null);
    },

    /**
     * The same with an idempotency key (API header or the start form's hidden key), the mechanism
     * of POST /api/v1/termine (key + request hash): a repeat of the same request returns the same
     * conversation and token (`wiederholt`; the token is derived from the key, so only its hash
     * is kept here too), a different request with the same key "konflikt".
     */
    async startOnce(input: StartInput, idempotency: Idempotency): Promise<Started | "konflikt"> {
      const repeated = await replayStart(idempotency);
      if (repeated) return repeated;
      try {
        return await create(input, derivedToken(idempotency.key), idempotency);
      } catch (error) {
        // Two requests with the same key at once: the loser answers with the winner's conversation.
        if (!isUniqueViolation(error)) throw error;
        const winner = await replayStart(idempotency);
        if (!winner) throw error;
        return winner;
      }
    },

    /** Whether the staff member writes in the conversation: its owner or a colleague the owner added. */
    async mayWrite(gespraechId: string, benutzerId: string): Promise<boolean> {
      const found = await prisma.gespraech.count({
        where: { id: gespraechId, status: { not: "geschlossen" }, OR: [{ beraterId: benutzerId }, { teilnahmen: { some: { benutzerId } } }] },
      });
      return found > 0;
    },

    async byToken(token: string) {
      return prisma.gespraech.findUnique({ where: { tokenHash: hashToken(token) } });
    },

    async byId(id: string) {
      return prisma.gespraech.findUnique({ where: { id } });
    },

    /** Stores a message once per client_id; `created` is false for a repeat. */
    async send(input: { gespraechId: string; clientId: string; text: string; von: Absender; benutzerId?: string | null }) {
      // No lookup first: a repeat of a stored client_id (a resend after a lost ack) fails on the
      // unique key and is answered with the stored message below; the common case saves a query.
      try {
        const stored = await prisma.$transaction(async (tx) => {
          const locked = await lockForMessage(tx, input.gespraechId);
          const created = await tx.chatNachricht.create({
            data: {
              gespraechId: input.gespraechId,
              seq: nextSeq(locked.letzteSeq - 1),
              clientId: input.clientId,
              von: input.von,
              benutzerId: input.benutzerId ?? null,
              ...cipher.encrypt(input.text),
            },
          });
          if (input.von === "ratsuchend" && newMessageMailMayBeDue(locked, created.gesendetAm)) await queueNewMessageMail(tx, input.gespraechId, created.gesendetAm);
          return created;
        }, TRANSACTION_OPTIONS);
        return { message: toDto(stored), created: true };
      } catch (error) {
        // A repeat, or the same client_id sent twice at once: the transaction rolled back, the seq
        // with it. A repeat after closing still gets its stored message, not "geschlossen".
        const repeatable = isUniqueViolation(error) || (error instanceof ChatError && error.code === "geschlossen");
        if (!repeatable) throw error;
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
