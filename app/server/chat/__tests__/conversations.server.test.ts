/**
 * The conversation service on a real database: starting (centre checks, suggested pseudonym),
 * the help seeker's view and idempotent send, and the staff side — inbox per own centre with
 * unread counts, tenant isolation (a counsellor of another centre sees, accepts, answers and
 * closes nothing), accept with exactly one owner, reply only by the owner, close.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { Actor, Rolle } from "../../../domain/accounts/permissions";
import {
  acceptConversation,
  closeConversation,
  helpSeekerView,
  inboxFor,
  replyAsStaff,
  sendAsHelpSeeker,
  staffView,
  startConversation,
  type ChatContext,
} from "../conversations.server";
import { createMessageCipher } from "../crypto.server";
import { createChatStore } from "../store.server";

const NOW = new Date("2026-12-09T10:00:00Z");

describe.each(testDatabaseKinds)("conversation service (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let ctx: ChatContext;
  const notified: number[] = [];
  const centres = { a: "", b: "", ohneChat: "" };
  let staff: Record<"a1" | "a2" | "b" | "admin", Actor>;

  async function account(name: string, rolle: Exclude<Rolle, "ratsuchend">, beratungsstelleId: string | null): Promise<Actor> {
    const benutzer = await database().prisma.benutzer.create({
      data: {
        email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${kind}@demo.sozialplattform.invalid`,
        anzeigename: name,
        isDemo: true,
        mitgliedschaften: { create: { rolle, beratungsstelleId } },
      },
    });
    return { benutzerId: benutzer.id, anzeigename: name, istPersonal: true, memberships: [{ rolle, traegerId: null, beratungsstelleId, kommuneId: null }] };
  }

  beforeAll(async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(0) });
    const centre = async (index: number, kanaele: ("chat" | "telefon")[]) =>
      (await prisma.beratungsstelle.create({ data: buildBeratungsstelle(index, traeger.id, { slug: `chat-service-${index}`, kanaele }) })).id;
    centres.a = await centre(0, ["chat"]);
    centres.b = await centre(1, ["chat", "telefon"]);
    centres.ohneChat = await centre(2, ["telefon"]);
    ctx = {
      prisma,
      store: createChatStore(prisma, createMessageCipher(randomBytes(32).toString("base64"))),
      publicUrl: "https://sozial.example.org",
      notify: (message) => notified.push(message.seq),
    };
    staff = {
      a1: await account("Demo-Beraterin A1", "berater", centres.a),
      a2: await account("Demo-Stellenleitung A2", "stellenleitung", centres.a),
      b: await account("Demo-Berater B", "berater", centres.b),
      admin: await account("Demo-Admin", "plattform_admin", null),
    };
  });

  async function started(thema?: string) {
    const result = await startConversation(ctx, { beratungsstelleId: centres.a, pseudonym: "Ruhige Welle 42", thema });
    if (!result.ok) throw new Error(result.code);
    return result;
  }

  it("starts only at a published centre with chat, suggests a pseudonym, returns the continue link", async () => {
    expect(await startConversation(ctx, { beratungsstelleId: centres.ohneChat })).toEqual({ ok: false, code: "kein_chat" });
    expect(await startConversation(ctx, { beratungsstelleId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, code: "stelle_unbekannt" });
    expect(await startConversation(ctx, { beratungsstelleId: "nicht-uuid" })).toEqual({ ok: false, code: "stelle_unbekannt" });
    const result = await startConversation(ctx, { beratungsstelleId: centres.b, pseudonym: "  " });
    if (!result.ok) throw new Error(result.code);
    expect(result.pseudonym).toMatch(/^\p{L}+ \p{L}+ \d{2}$/u);
    expect(result.fortsetzenUrl).toBe(`https://sozial.example.org/chat/${result.token}`);
    const view = await helpSeekerView(ctx, result.token, NOW);
    expect(view?.gespraech).toMatchObject({ id: result.gespraechId, status: "wartend", pseudonym: result.pseudonym });
    expect(await helpSeekerView(ctx, "falscher-token", NOW)).toBeNull();
  });

  it("stores a help seeker's message once per client_id (a double submit), rejects empty text", async () => {
    const { token } = await started();
    const clientId = crypto.randomUUID();
    const first = await sendAsHelpSeeker(ctx, token, { clientId, text: "  Hallo, ich habe Schulden.\r\n " });
    const again = await sendAsHelpSeeker(ctx, token, { clientId, text: "  Hallo, ich habe Schulden.\r\n " });
    expect(first).toMatchObject({ ok: true, created: true, message: { seq: 1, text: "Hallo, ich habe Schulden.", von: "ratsuchend" } });
    expect(again).toMatchObject({ ok: true, created: false, message: { seq: 1 } });
    expect(await sendAsHelpSeeker(ctx, token, { clientId: crypto.randomUUID(), text: "   " })).toMatchObject({ ok: false, code: "ungueltig" });
    expect(await sendAsHelpSeeker(ctx, token, { clientId: "kein-uuid", text: "Hallo" })).toMatchObject({ ok: false, code: "ungueltig" });
    expect(await sendAsHelpSeeker(ctx, "falsch", { clientId, text: "Hallo" })).toBeNull();
    const view = await helpSeekerView(ctx, token, NOW);
    expect(view?.nachrichten.map((m) => m.text)).toEqual(["Hallo, ich habe Schulden."]);
  });

  it("shows each counsellor only the conversations of their own centres; foreign ones are not found", async () => {
    const { gespraechId, token } = await started("Sucht");
    await sendAsHelpSeeker(ctx, token, { clientId: crypto.randomUUID(), text: "Eins" });
    await sendAsHelpSeeker(ctx, token, { clientId: crypto.randomUUID(), text: "Zwei" });

    const inboxA = await inboxFor(ctx, staff.a1);
    expect(inboxA.map((c) => c.id)).toEqual([centres.a]);
    expect(inboxA[0]!.wartend.find((e) => e.id === gespraechId)).toMatchObject({ pseudonym: "Ruhige Welle 42", thema: "Sucht", ungelesen: 2 });
    const inboxB = await inboxFor(ctx, staff.b);
    expect(inboxB.map((c) => c.id)).toEqual([centres.b]);
    expect(inboxB.flatMap((c) => [...c.wartend, ...c.offen]).map((e) => e.id)).not.toContain(gespraechId);
    // Platform administration gives no access to conversations (professional secrecy).
    expect(await inboxFor(ctx, staff.admin)).toEqual([]);

    expect(await staffView(ctx, staff.b, gespraechId)).toBeNull();
    expect(await staffView(ctx, staff.admin, gespraechId)).toBeNull();
    expect(await acceptConversation(ctx, staff.b, gespraechId, NOW)).toEqual({ ok: false, code: "nicht_gefunden" });
    expect(await replyAsStaff(ctx, staff.b, gespraechId, { clientId: crypto.randomUUID(), text: "Fremd" })).toBeNull();
    expect(await closeConversation(ctx, staff.b, gespraechId, NOW)).toEqual({ ok: false, code: "nicht_gefunden" });
    expect((await ctx.prisma.gespraech.findUnique({ where: { id: gespraechId } }))?.status).toBe("wartend");
  });

  it("accept makes exactly one owner; only the owner replies; reading clears the unread count; the help seeker sees the answer", async () => {
    const { gespraechId, token } = await started();
    await sendAsHelpSeeker(ctx, token, { clientId: crypto.randomUUID(), text: "Ist jemand da?" });
    expect(await replyAsStaff(ctx, staff.a1, gespraechId, { clientId: crypto.randomUUID(), text: "Zu früh" })).toMatchObject({ ok: false, code: "nicht_erlaubt" });

    const [one, two] = await Promise.all([acceptConversation(ctx, staff.a1, gespraechId, NOW), acceptConversation(ctx, staff.a2, gespraechId, NOW)]);
    expect([one, two].filter((r) => r.ok)).toHaveLength(1);
    const owner = one.ok ? staff.a1 : staff.a2;
    const colleague = one.ok ? staff.a2 : staff.a1;
    expect(one.ok ? two : one).toEqual({ ok: false, code: "schon_vergeben" });
    expect(await acceptConversation(ctx, owner, gespraechId, NOW)).toEqual({ ok: true });

    const offen = (await inboxFor(ctx, colleague))[0]!.offen.find((e) => e.id === gespraechId);
    expect(offen).toMatchObject({ berater: owner.anzeigename, eigenes: false, ungelesen: 1 });
    expect(await replyAsStaff(ctx, colleague, gespraechId, { clientId: crypto.randomUUID(), text: "Ich auch" })).toMatchObject({ ok: false, code: "nicht_erlaubt" });

    const view = await staffView(ctx, owner, gespraechId);
    expect(view?.gespraech).toMatchObject({ status: "offen", eigenes: true });
    expect((await inboxFor(ctx, owner))[0]!.offen.find((e) => e.id === gespraechId)?.ungelesen).toBe(0);

    const clientId = crypto.randomUUID();
    notified.length = 0;
    expect(await replyAsStaff(ctx, owner, gespraechId, { clientId, text: "Ja, ich bin da. Siehe https://example.org/hilfe" })).toMatchObject({ ok: true, created: true, message: { seq: 2, von: "beratung" } });
    expect(await replyAsStaff(ctx, owner, gespraechId, { clientId, text: "Ja, ich bin da. Siehe https://example.org/hilfe" })).toMatchObject({ ok: true, created: false, message: { seq: 2 } });
    expect(notified).toEqual([2]);
    const seen = await helpSeekerView(ctx, token, NOW);
    expect(seen?.gespraech.status).toBe("offen");
    expect(seen?.nachrichten.map((m) => [m.seq, m.von])).toEqual([
      [1, "ratsuchend"],
      [2, "beratung"],
    ]);
  });

  it("closes a conversation: nobody writes any more, it leaves the inbox, closing twice is harmless", async () => {
    const { gespraechId, token } = await started();
    await acceptConversation(ctx, staff.a1, gespraechId, NOW);
    expect(await closeConversation(ctx, staff.a2, gespraechId, NOW)).toEqual({ ok: true });
    expect(await closeConversation(ctx, staff.a1, gespraechId, NOW)).toEqual({ ok: true });
    const row = await ctx.prisma.gespraech.findUnique({ where: { id: gespraechId } });
    expect(row).toMatchObject({ status: "geschlossen", geschlossenAm: NOW });
    expect(await sendAsHelpSeeker(ctx, token, { clientId: crypto.randomUUID(), text: "Noch was" })).toMatchObject({ ok: false, code: "geschlossen" });
    expect(await replyAsStaff(ctx, staff.a1, gespraechId, { clientId: crypto.randomUUID(), text: "Noch was" })).toMatchObject({ ok: false, code: "geschlossen" });
    expect(await acceptConversation(ctx, staff.a2, gespraechId, NOW)).toEqual({ ok: false, code: "geschlossen" });
    const inbox = (await inboxFor(ctx, staff.a1))[0]!;
    expect([...inbox.wartend, ...inbox.offen].map((e) => e.id)).not.toContain(gespraechId);
  });
});
