/**
 * The conversation service (issue 7) the JSON API, the help seeker's pages and the counsellor
 * inbox all call: start, the help seeker's view and send, and for staff the inbox, accept,
 * reply and close — every staff read and write limited to the actor's own centres
 * (counsellingCentreIds), a foreign conversation is "not found". Messages go through the chat
 * store (gapless seq, client_id idempotency, encryption); `notify` broadcasts a stored message
 * to live sockets of the conversation.
 */
import type { Actor } from "../../domain/accounts/permissions";
import { activeAbsenceNote, type AbsenceNote } from "../../domain/chat/absence";
import { suggestPseudonym } from "../../domain/chat/conversation";
import { conversationRoom, type Absender, type NachrichtDto } from "../../domain/chat/events";
import { chatReachability, counsellingCentreIds, unreadCount, type Reachability } from "../../domain/chat/inbox";
import { messageText, parseWith } from "../../domain/chat/messages";
import { localMoment } from "../../domain/counselling/opening-hours";
import { recordAudit } from "../audit.server";
import { findPublishedCentre } from "../counselling/centre-read.server";
import type { PrismaClient } from "../generated/prisma/client";
import { ChatError, type ChatStore } from "./store.server";

export type ChatContext = {
  prisma: PrismaClient;
  store: ChatStore;
  publicUrl: string;
  /** Relays a newly stored message to the conversation's live sockets (Socket.io room). */
  notify?: (message: NachrichtDto) => void;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function continueUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/chat/${encodeURIComponent(token)}`;
}

export type StartResult =
  | { ok: true; gespraechId: string; token: string; fortsetzenUrl: string; pseudonym: string; wiederholt: boolean }
  | { ok: false; code: "stelle_unbekannt" | "kein_chat" | "idempotenz_konflikt" };

/** Opens a conversation in the centre's waiting list; the centre must be published and offer the chat channel. */
export async function startConversation(
  ctx: ChatContext,
  input: { beratungsstelleId: string; pseudonym?: string; thema?: string; ratsuchendId?: string; idempotencyKey?: string },
): Promise<StartResult> {
  const centre = UUID.test(input.beratungsstelleId)
    ? await ctx.prisma.beratungsstelle.findFirst({ where: { id: input.beratungsstelleId.toLowerCase(), veroeffentlicht: true }, select: { id: true, kanaele: true } })
    : null;
  if (!centre) return { ok: false, code: "stelle_unbekannt" };
  if (!centre.kanaele.includes("chat")) return { ok: false, code: "kein_chat" };
  const pseudonym = input.pseudonym?.trim() || suggestPseudonym();
  const thema = input.thema?.trim() || undefined;
  const data = { beratungsstelleId: centre.id, pseudonym, thema, ratsuchendId: input.ratsuchendId };
  // The request as the client sent it (without the suggested pseudonym) tells a repeat from another request.
  const started = input.idempotencyKey
    ? await ctx.store.startOnce(data, {
        key: input.idempotencyKey,
        request: { beratungsstelleId: centre.id, pseudonym: input.pseudonym?.trim() || null, thema: thema ?? null, ratsuchendId: input.ratsuchendId ?? null },
      })
    : await ctx.store.start(data);
  if (started === "konflikt") return { ok: false, code: "idempotenz_konflikt" };
  return { ok: true, gespraechId: started.gespraechId, token: started.token, fortsetzenUrl: continueUrl(ctx.publicUrl, started.token), pseudonym: started.pseudonym, wiederholt: started.wiederholt };
}

/** The centre's current chat absence note (null when none is set or its day has passed). */
export async function absenceNoteOf(prisma: PrismaClient, beratungsstelleId: string, now: Date): Promise<AbsenceNote | null> {
  if (!UUID.test(beratungsstelleId)) return null;
  const row = await prisma.beratungsstelle.findUnique({ where: { id: beratungsstelleId.toLowerCase() }, select: { chatAbwesenheitText: true, chatAbwesendBis: true } });
  if (!row) return null;
  return activeAbsenceNote({ text: row.chatAbwesenheitText, bis: row.chatAbwesendBis ? row.chatAbwesendBis.toISOString().slice(0, 10) : null }, now);
}

/** The centre's chat reachability now (opening hours with exceptions, Europe/Berlin). */
export function reachabilityOf(centre: { oeffnungszeiten: Parameters<typeof chatReachability>[0]; ausnahmen: Parameters<typeof chatReachability>[1] }, now: Date): Reachability {
  return chatReachability(centre.oeffnungszeiten, centre.ausnahmen, localMoment(now));
}

export type SendOutcome = { ok: true; message: NachrichtDto; created: boolean } | { ok: false; code: "ungueltig" | "geschlossen" | "nicht_erlaubt"; meldung: string };

async function sendThrough(ctx: ChatContext, input: { gespraechId: string; clientId: string; text: string; von: Absender; benutzerId?: string }): Promise<SendOutcome> {
  const text = parseWith(messageText, input.text);
  if (!text.ok) return { ok: false, code: "ungueltig", meldung: text.meldung };
  if (!UUID.test(input.clientId)) return { ok: false, code: "ungueltig", meldung: "Das Formular ist veraltet. Bitte senden Sie die Nachricht erneut." };
  try {
    const { message, created } = await ctx.store.send({ ...input, clientId: input.clientId.toLowerCase(), text: text.value });
    if (created) ctx.notify?.(message);
    return { ok: true, message, created };
  } catch (error) {
    if (error instanceof ChatError) return { ok: false, code: error.code === "geschlossen" ? "geschlossen" : "nicht_erlaubt", meldung: error.message };
    throw error;
  }
}

// ---- help seeker (by token) ----

export type HelpSeekerView = {
  gespraech: { id: string; pseudonym: string; thema: string | null; status: "wartend" | "offen" | "geschlossen" };
  stelle: { name: string; slug: string } | null;
  reachability: Reachability;
  /** The centre's absence note, while it applies. */
  abwesenheit: AbsenceNote | null;
  nachrichten: NachrichtDto[];
};

export async function helpSeekerView(ctx: ChatContext, token: string, now: Date): Promise<HelpSeekerView | null> {
  const gespraech = token ? await ctx.store.byToken(token) : null;
  if (!gespraech) return null;
  const centre = await findPublishedCentre(ctx.prisma, { id: gespraech.beratungsstelleId });
  const nachrichten = await ctx.store.history(gespraech.id, 0);
  const last = nachrichten.at(-1);
  if (last) await ctx.store.markRead(gespraech.id, "ratsuchend", last.seq);
  return {
    gespraech: { id: gespraech.id, pseudonym: gespraech.pseudonym, thema: gespraech.thema, status: gespraech.status },
    stelle: centre ? { name: centre.name, slug: centre.slug } : null,
    reachability: centre ? reachabilityOf(centre, now) : { live: false, werktage: 2 },
    abwesenheit: centre ? await absenceNoteOf(ctx.prisma, centre.id, now) : null,
    nachrichten,
  };
}

export async function sendAsHelpSeeker(ctx: ChatContext, token: string, input: { clientId: string; text: string }): Promise<SendOutcome | null> {
  const gespraech = token ? await ctx.store.byToken(token) : null;
  if (!gespraech) return null;
  return sendThrough(ctx, { gespraechId: gespraech.id, clientId: input.clientId, text: input.text, von: "ratsuchend" });
}

/**
 * The help seeker deletes the conversation, at any time and in any state: the row and with it
 * (cascade) every message and colleague entry. The token then opens nothing. False: unknown token.
 */
export async function deleteAsHelpSeeker(ctx: ChatContext, token: string): Promise<boolean> {
  const gespraech = token ? await ctx.store.byToken(token) : null;
  if (!gespraech) return false;
  await ctx.store.delete(gespraech.id);
  return true;
}

// ---- staff (by actor, own centres only) ----

export type InboxEntry = {
  id: string;
  pseudonym: string;
  thema: string | null;
  begonnenAm: string;
  letzteAktivitaet: string;
  ungelesen: number;
  berater: string | null;
  eigenes: boolean;
};
export type InboxCentre = { id: string; name: string; wartend: InboxEntry[]; offen: InboxEntry[] };

export async function inboxFor(ctx: ChatContext, actor: Actor): Promise<InboxCentre[]> {
  const centreIds = counsellingCentreIds(actor);
  if (centreIds.length === 0) return [];
  const [centres, conversations] = await Promise.all([
    ctx.prisma.beratungsstelle.findMany({ where: { id: { in: centreIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    ctx.prisma.gespraech.findMany({
      where: { beratungsstelleId: { in: centreIds }, status: { in: ["wartend", "offen"] } },
      orderBy: { createdAt: "asc" },
      include: { berater: { select: { anzeigename: true } } },
    }),
  ]);
  const seqs = await ctx.prisma.chatNachricht.findMany({
    where: { gespraechId: { in: conversations.map((c) => c.id) }, von: "ratsuchend" },
    select: { gespraechId: true, seq: true },
  });
  const seqsOf = new Map<string, number[]>();
  for (const row of seqs) seqsOf.set(row.gespraechId, [...(seqsOf.get(row.gespraechId) ?? []), row.seq]);
  const entry = (c: (typeof conversations)[number]): InboxEntry => ({
    id: c.id,
    pseudonym: c.pseudonym,
    thema: c.thema,
    begonnenAm: c.createdAt.toISOString(),
    letzteAktivitaet: c.letzteAktivitaet.toISOString(),
    ungelesen: unreadCount(c, seqsOf.get(c.id) ?? []),
    berater: c.berater?.anzeigename ?? null,
    eigenes: c.beraterId === actor.benutzerId,
  });
  return centres.map((centre) => {
    const own = conversations.filter((c) => c.beratungsstelleId === centre.id);
    return { id: centre.id, name: centre.name, wartend: own.filter((c) => c.status === "wartend").map(entry), offen: own.filter((c) => c.status === "offen").map(entry) };
  });
}

/**
 * The dashboard badge: conversations waiting in the actor's centres, and unread help-seeker
 * messages in the open conversations the actor owns.
 */
export async function inboxSignals(ctx: ChatContext, actor: Actor): Promise<{ wartend: number; ungelesen: number }> {
  const centres = await inboxFor(ctx, actor);
  return {
    wartend: centres.reduce((sum, centre) => sum + centre.wartend.length, 0),
    ungelesen: centres.reduce((sum, centre) => sum + centre.offen.filter((e) => e.eigenes).reduce((n, e) => n + e.ungelesen, 0), 0),
  };
}

/** The conversation if it belongs to one of the actor's centres, else null (the page answers 404). */
async function ownConversation(ctx: ChatContext, actor: Actor, gespraechId: string) {
  if (!UUID.test(gespraechId)) return null;
  const centreIds = counsellingCentreIds(actor);
  if (centreIds.length === 0) return null;
  return ctx.prisma.gespraech.findFirst({
    where: { id: gespraechId.toLowerCase(), beratungsstelleId: { in: centreIds } },
    include: {
      berater: { select: { anzeigename: true } },
      beratungsstelle: { select: { name: true, traegerId: true } },
      teilnahmen: { select: { benutzerId: true, benutzer: { select: { anzeigename: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
}

type OwnConversation = NonNullable<Awaited<ReturnType<typeof ownConversation>>>;

/** Who writes in the conversation: its owner and the colleagues the owner added. */
function writesIn(gespraech: OwnConversation, benutzerId: string): boolean {
  return gespraech.beraterId === benutzerId || gespraech.teilnahmen.some((t) => t.benutzerId === benutzerId);
}

const COUNSELLING_ROLES = ["berater", "stellenleitung"] as const;

/** Active counsellors (berater, stellenleitung) of the conversation's centre who are not in it yet: whom the owner can add. */
async function addableColleagues(ctx: ChatContext, gespraech: OwnConversation): Promise<Array<{ id: string; name: string }>> {
  const inside = [gespraech.beraterId, ...gespraech.teilnahmen.map((t) => t.benutzerId)].filter((id): id is string => id !== null);
  const rows = await ctx.prisma.benutzer.findMany({
    where: {
      aktiv: true,
      istPersonal: true,
      id: { notIn: inside },
      mitgliedschaften: { some: { beratungsstelleId: gespraech.beratungsstelleId, rolle: { in: [...COUNSELLING_ROLES] } } },
    },
    select: { id: true, anzeigename: true },
    orderBy: { anzeigename: "asc" },
  });
  return rows.map((row) => ({ id: row.id, name: row.anzeigename }));
}

export type StaffView = {
  gespraech: {
    id: string;
    pseudonym: string;
    thema: string | null;
    status: "wartend" | "offen" | "geschlossen";
    berater: string | null;
    eigenes: boolean;
    stelle: string;
    /** The actor writes here: the owner or an added colleague. */
    schreibend: boolean;
    /** The colleagues the owner added. */
    kollegen: Array<{ id: string; name: string }>;
  };
  /** For the owner of an open conversation: the centre's counsellors who can be added. */
  hinzufuegbar: Array<{ id: string; name: string }>;
  nachrichten: NachrichtDto[];
};

/** The conversation with its messages; marks them read for the counsellors. */
export async function staffView(ctx: ChatContext, actor: Actor, gespraechId: string): Promise<StaffView | null> {
  const gespraech = await ownConversation(ctx, actor, gespraechId);
  if (!gespraech) return null;
  const nachrichten = await ctx.store.history(gespraech.id, 0);
  const last = nachrichten.at(-1);
  if (last && writesIn(gespraech, actor.benutzerId)) await ctx.store.markRead(gespraech.id, "beratung", last.seq);
  const eigenes = gespraech.beraterId === actor.benutzerId;
  return {
    gespraech: {
      id: gespraech.id,
      pseudonym: gespraech.pseudonym,
      thema: gespraech.thema,
      status: gespraech.status,
      berater: gespraech.berater?.anzeigename ?? null,
      eigenes,
      stelle: gespraech.beratungsstelle.name,
      schreibend: gespraech.status === "offen" && writesIn(gespraech, actor.benutzerId),
      kollegen: gespraech.teilnahmen.map((t) => ({ id: t.benutzerId, name: t.benutzer.anzeigename })),
    },
    hinzufuegbar: eigenes && gespraech.status === "offen" ? await addableColleagues(ctx, gespraech) : [],
    nachrichten,
  };
}

export type StaffOutcome = { ok: true } | { ok: false; code: "nicht_gefunden" | "schon_vergeben" | "geschlossen" | "nicht_zugewiesen" | "nicht_erlaubt" };

/** Accepting: the first counsellor of the centre to accept owns the conversation (a conditional update, so two at once cannot both win). */
export async function acceptConversation(ctx: ChatContext, actor: Actor, gespraechId: string, now: Date): Promise<StaffOutcome> {
  const gespraech = await ownConversation(ctx, actor, gespraechId);
  if (!gespraech) return { ok: false, code: "nicht_gefunden" };
  if (gespraech.status === "geschlossen") return { ok: false, code: "geschlossen" };
  if (gespraech.beraterId === actor.benutzerId) return { ok: true };
  const won = await ctx.prisma.gespraech.updateMany({
    where: { id: gespraech.id, status: "wartend", beraterId: null },
    data: { status: "offen", beraterId: actor.benutzerId, letzteAktivitaet: now },
  });
  return won.count === 1 ? { ok: true } : { ok: false, code: "schon_vergeben" };
}

/**
 * The owner adds a colleague of the same centre (issue 7): an active berater or stellenleitung
 * of the conversation's centre, who then reads and writes in it (page and socket). Anyone else —
 * a colleague of another centre or Träger, an unknown id — is "nicht_gefunden"; only the owner
 * adds ("nicht_erlaubt"). Recorded in the audit log (who, not what was written).
 */
export async function addColleague(ctx: ChatContext, actor: Actor, gespraechId: string, kollegeId: string): Promise<StaffOutcome> {
  const gespraech = await ownConversation(ctx, actor, gespraechId);
  if (!gespraech) return { ok: false, code: "nicht_gefunden" };
  if (gespraech.status === "geschlossen") return { ok: false, code: "geschlossen" };
  if (gespraech.beraterId !== actor.benutzerId) return { ok: false, code: "nicht_erlaubt" };
  const candidates = UUID.test(kollegeId) ? await addableColleagues(ctx, gespraech) : [];
  const kollege = candidates.find((c) => c.id === kollegeId.toLowerCase());
  if (!kollege) return { ok: false, code: "nicht_gefunden" };
  await ctx.prisma.$transaction(async (tx) => {
    await tx.gespraechTeilnahme.create({ data: { gespraechId: gespraech.id, benutzerId: kollege.id, hinzugefuegtVon: actor.benutzerId } });
    await recordAudit(tx, actor, {
      aktion: "gespraech.kollege_hinzugefuegt",
      objektTyp: "gespraech",
      objektId: gespraech.id,
      traegerId: gespraech.beratungsstelle.traegerId,
      details: { beratungsstelle_id: gespraech.beratungsstelleId, kollege_id: kollege.id, kollege: kollege.name },
    });
  });
  return { ok: true };
}

/**
 * The owner takes an added colleague out of the conversation again: from then on the colleague
 * reads it like every counsellor of the centre but no longer writes (page and socket check
 * afresh). Only the owner removes ("nicht_erlaubt"); someone not added is "nicht_gefunden".
 * Recorded in the audit log.
 */
export async function removeColleague(ctx: ChatContext, actor: Actor, gespraechId: string, kollegeId: string): Promise<StaffOutcome> {
  const gespraech = await ownConversation(ctx, actor, gespraechId);
  if (!gespraech) return { ok: false, code: "nicht_gefunden" };
  if (gespraech.beraterId !== actor.benutzerId) return { ok: false, code: "nicht_erlaubt" };
  const teilnahme = gespraech.teilnahmen.find((t) => t.benutzerId === kollegeId.toLowerCase());
  if (!teilnahme) return { ok: false, code: "nicht_gefunden" };
  await ctx.prisma.$transaction(async (tx) => {
    await tx.gespraechTeilnahme.deleteMany({ where: { gespraechId: gespraech.id, benutzerId: teilnahme.benutzerId } });
    await recordAudit(tx, actor, {
      aktion: "gespraech.kollege_entfernt",
      objektTyp: "gespraech",
      objektId: gespraech.id,
      traegerId: gespraech.beratungsstelle.traegerId,
      details: { beratungsstelle_id: gespraech.beratungsstelleId, kollege_id: teilnahme.benutzerId, kollege: teilnahme.benutzer.anzeigename },
    });
  });
  return { ok: true };
}

/** A counsellor's reply: the owner of an accepted conversation and the colleagues the owner added write. */
export async function replyAsStaff(ctx: ChatContext, actor: Actor, gespraechId: string, input: { clientId: string; text: string }): Promise<SendOutcome | null> {
  const gespraech = await ownConversation(ctx, actor, gespraechId);
  if (!gespraech) return null;
  if (gespraech.status === "geschlossen") return { ok: false, code: "geschlossen", meldung: "Das Gespräch ist beendet." };
  if (!writesIn(gespraech, actor.benutzerId)) return { ok: false, code: "nicht_erlaubt", meldung: "Bitte nehmen Sie das Gespräch zuerst an." };
  return sendThrough(ctx, { gespraechId: gespraech.id, clientId: input.clientId, text: input.text, von: "beratung", benutzerId: actor.benutzerId });
}

/** Closing starts the deletion period of anonymous conversations (48 h by default). Closing twice is harmless. */
export async function closeConversation(ctx: ChatContext, actor: Actor, gespraechId: string, now: Date): Promise<StaffOutcome> {
  const gespraech = await ownConversation(ctx, actor, gespraechId);
  if (!gespraech) return { ok: false, code: "nicht_gefunden" };
  if (gespraech.status !== "geschlossen") await ctx.store.close(gespraech.id, now);
  return { ok: true };
}

/** The context from the process-wide services; stored messages are relayed to live sockets when Socket.io runs. */
export function chatContext(services: { db: { prisma: PrismaClient }; chat: ChatStore; config: { PUBLIC_URL: string }; realtime?: { io: { of(name: string): { to(room: string): { emit(event: string, payload: unknown): unknown } } } } }): ChatContext {
  const io = services.realtime?.io;
  return {
    prisma: services.db.prisma,
    store: services.chat,
    publicUrl: services.config.PUBLIC_URL,
    notify: io ? (message) => void io.of("/chat").to(conversationRoom(message.gespraech_id)).emit("nachricht:neu", message) : undefined,
  };
}
