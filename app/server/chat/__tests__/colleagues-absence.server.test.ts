/**
 * Issue 7, the remaining points, on a real database: the owner adds a colleague of the same
 * centre (who then reads and writes; never one of another centre or Träger; audit entry), the
 * centre's absence note (own centres only, shown to help seekers until its day has passed), the
 * help seeker deleting the conversation (messages gone from the table), and the opt-in mail
 * "neue Nachricht" (no content, at most one per conversation per hour).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { Actor, Rolle } from "../../../domain/accounts/permissions";
import {
  acceptConversation,
  addColleague,
  removeColleague,
  deleteAsHelpSeeker,
  helpSeekerView,
  inboxSignals,
  replyAsStaff,
  sendAsHelpSeeker,
  staffView,
  startConversation,
  type ChatContext,
} from "../conversations.server";
import { createMessageCipher } from "../crypto.server";
import { chatSettingsFor, setAbsenceNote, setNewMessageMail } from "../settings.server";
import { createChatStore } from "../store.server";

const NOW = new Date("2026-12-20T10:00:00Z");

describe.each(testDatabaseKinds)("chat colleagues, absence note, deletion, mail (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let ctx: ChatContext;
  const centres = { a: "", b: "", fremd: "" };
  let staff: Record<"owner" | "kollegin" | "leitung" | "andereStelle" | "fremderTraeger" | "inaktiv", Actor>;

  async function account(name: string, rolle: Exclude<Rolle, "ratsuchend">, beratungsstelleId: string, aktiv = true): Promise<Actor> {
    const benutzer = await database().prisma.benutzer.create({
      data: { email: `${randomUUID()}-${kind}@demo.sozialplattform.invalid`, anzeigename: name, isDemo: true, aktiv, mitgliedschaften: { create: { rolle, beratungsstelleId } } },
    });
    return { benutzerId: benutzer.id, anzeigename: name, istPersonal: true, memberships: [{ rolle, traegerId: null, beratungsstelleId, kommuneId: null }] };
  }

  beforeAll(async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(0) });
    const other = await prisma.traeger.create({ data: buildTraeger(1) });
    const centre = async (index: number, traegerId: string) =>
      (await prisma.beratungsstelle.create({ data: buildBeratungsstelle(index, traegerId, { slug: `chat-kollegen-${index}`, kanaele: ["chat"] }) })).id;
    centres.a = await centre(0, traeger.id);
    centres.b = await centre(1, traeger.id);
    centres.fremd = await centre(2, other.id);
    ctx = { prisma, store: createChatStore(prisma, createMessageCipher(randomBytes(32).toString("base64")), { publicUrl: "https://sozial.example.org" }), publicUrl: "https://sozial.example.org" };
    staff = {
      owner: await account("Demo-Beraterin Owner", "berater", centres.a),
      kollegin: await account("Demo-Berater Kollege", "berater", centres.a),
      leitung: await account("Demo-Stellenleitung A", "stellenleitung", centres.a),
      andereStelle: await account("Demo-Berater Nachbarstelle", "berater", centres.b),
      fremderTraeger: await account("Demo-Berater Fremd", "berater", centres.fremd),
      inaktiv: await account("Demo-Berater Inaktiv", "berater", centres.a, false),
    };
  });

  async function accepted() {
    const result = await startConversation(ctx, { beratungsstelleId: centres.a, pseudonym: "Stille Eule 12" });
    if (!result.ok) throw new Error("start failed");
    expect(await acceptConversation(ctx, staff.owner, result.gespraechId, NOW)).toEqual({ ok: true });
    return result;
  }

  it("a resend of a stored message gets the stored one without a new seq, also after closing; a new message after closing is refused", async () => {
    const { gespraechId } = await accepted();
    const clientId = randomUUID();
    const first = await ctx.store.send({ gespraechId, clientId, text: "Erste Nachricht.", von: "ratsuchend" });
    const again = await ctx.store.send({ gespraechId, clientId, text: "Erste Nachricht.", von: "ratsuchend" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ message: first.message, created: false });
    expect((await ctx.store.send({ gespraechId, clientId: randomUUID(), text: "Zweite.", von: "ratsuchend" })).message.seq).toBe(2);
    await ctx.store.close(gespraechId, NOW);
    expect(await ctx.store.send({ gespraechId, clientId, text: "Erste Nachricht.", von: "ratsuchend" })).toEqual({ message: first.message, created: false });
    await expect(ctx.store.send({ gespraechId, clientId: randomUUID(), text: "Zu spät.", von: "ratsuchend" })).rejects.toMatchObject({ code: "geschlossen" });
    await expect(ctx.store.send({ gespraechId: randomUUID(), clientId: randomUUID(), text: "Wohin?", von: "ratsuchend" })).rejects.toMatchObject({ code: "nicht_gefunden" });
  });

  it("a start with the same idempotency key (the start form's hidden key) is one conversation; other values with it conflict", async () => {
    const key = `formular:${randomUUID()}`;
    const first = await startConversation(ctx, { beratungsstelleId: centres.b, pseudonym: "Klare Quelle 30", idempotencyKey: key });
    const again = await startConversation(ctx, { beratungsstelleId: centres.b, pseudonym: "Klare Quelle 30", idempotencyKey: key });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again).toMatchObject({ gespraechId: first.gespraechId, token: first.token, wiederholt: true });
    expect(first.wiederholt).toBe(false);
    expect(await ctx.prisma.gespraech.count({ where: { pseudonym: "Klare Quelle 30" } })).toBe(1);
    expect(await startConversation(ctx, { beratungsstelleId: centres.b, pseudonym: "Andere Quelle 31", idempotencyKey: key })).toEqual({ ok: false, code: "idempotenz_konflikt" });
    // Without a pseudonym the suggestion differs per call, but the request is the same: still one conversation.
    const bare = `formular:${randomUUID()}`;
    const a = await startConversation(ctx, { beratungsstelleId: centres.b, idempotencyKey: bare });
    const b = await startConversation(ctx, { beratungsstelleId: centres.b, idempotencyKey: bare });
    expect(a.ok && b.ok && a.gespraechId === b.gespraechId && a.pseudonym === b.pseudonym).toBe(true);
  });

  it("the dashboard badge counts waiting conversations of the centre and unread messages in the owner's conversations", async () => {
    const before = await inboxSignals(ctx, staff.owner);
    const otherBefore = await inboxSignals(ctx, staff.andereStelle);
    const waiting = await startConversation(ctx, { beratungsstelleId: centres.a, pseudonym: "Warme Brise 50" });
    expect(waiting.ok).toBe(true);
    expect((await inboxSignals(ctx, staff.owner)).wartend).toBe(before.wartend + 1);
    const { gespraechId, token } = await accepted();
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Hallo?" });
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Noch da?" });
    expect(await inboxSignals(ctx, staff.owner)).toEqual({ wartend: before.wartend + 1, ungelesen: before.ungelesen + 2 });
    expect((await inboxSignals(ctx, staff.kollegin)).ungelesen).toBe(0);
    expect(await inboxSignals(ctx, staff.andereStelle)).toEqual(otherBefore);
    await staffView(ctx, staff.owner, gespraechId);
    expect((await inboxSignals(ctx, staff.owner)).ungelesen).toBe(before.ungelesen);
  });

  it("the owner adds a colleague of the same centre, who then reads and answers; the audit log names who", async () => {
    const { gespraechId, token } = await accepted();
    const view = await staffView(ctx, staff.owner, gespraechId);
    expect(view?.hinzufuegbar.map((k) => k.name)).toEqual(["Demo-Berater Kollege", "Demo-Stellenleitung A"]);
    expect(await replyAsStaff(ctx, staff.kollegin, gespraechId, { clientId: randomUUID(), text: "Noch nicht dabei." })).toMatchObject({ ok: false, code: "nicht_erlaubt" });

    expect(await addColleague(ctx, staff.owner, gespraechId, staff.kollegin.benutzerId)).toEqual({ ok: true });
    const theirs = await staffView(ctx, staff.kollegin, gespraechId);
    expect(theirs?.gespraech).toMatchObject({ schreibend: true, eigenes: false, kollegen: [{ id: staff.kollegin.benutzerId, name: "Demo-Berater Kollege" }] });
    expect(await replyAsStaff(ctx, staff.kollegin, gespraechId, { clientId: randomUUID(), text: "Ich übernehme die Frage zur Miete." })).toMatchObject({ ok: true });
    const seeker = await helpSeekerView(ctx, token, NOW);
    expect(seeker?.nachrichten.map((m) => [m.von, m.text])).toEqual([["beratung", "Ich übernehme die Frage zur Miete."]]);
    expect((await staffView(ctx, staff.owner, gespraechId))?.hinzufuegbar.map((k) => k.name)).toEqual(["Demo-Stellenleitung A"]);

    const audit = await ctx.prisma.protokoll.findMany({ where: { objektId: gespraechId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ aktion: "gespraech.kollege_hinzugefuegt", objektTyp: "gespraech", benutzerId: staff.owner.benutzerId });
    expect(JSON.stringify(audit[0]?.details)).not.toContain("Miete");
  });

  it("the owner takes an added colleague out again: the colleague still reads but no longer writes; only the owner removes", async () => {
    const { gespraechId } = await accepted();
    expect(await addColleague(ctx, staff.owner, gespraechId, staff.kollegin.benutzerId)).toEqual({ ok: true });
    expect(await removeColleague(ctx, staff.leitung, gespraechId, staff.kollegin.benutzerId)).toEqual({ ok: false, code: "nicht_erlaubt" });
    expect(await removeColleague(ctx, staff.kollegin, gespraechId, staff.kollegin.benutzerId)).toEqual({ ok: false, code: "nicht_erlaubt" });
    expect(await removeColleague(ctx, staff.owner, gespraechId, staff.leitung.benutzerId)).toEqual({ ok: false, code: "nicht_gefunden" });
    expect(await removeColleague(ctx, staff.andereStelle, gespraechId, staff.kollegin.benutzerId)).toEqual({ ok: false, code: "nicht_gefunden" });

    expect(await removeColleague(ctx, staff.owner, gespraechId, staff.kollegin.benutzerId.toUpperCase())).toEqual({ ok: true });
    const theirs = await staffView(ctx, staff.kollegin, gespraechId);
    expect(theirs?.gespraech).toMatchObject({ schreibend: false, kollegen: [] });
    expect(await replyAsStaff(ctx, staff.kollegin, gespraechId, { clientId: randomUUID(), text: "Nicht mehr dabei." })).toMatchObject({ ok: false, code: "nicht_erlaubt" });
    expect(await ctx.store.mayWrite(gespraechId, staff.kollegin.benutzerId)).toBe(false);
    expect((await staffView(ctx, staff.owner, gespraechId))?.hinzufuegbar.map((k) => k.name)).toContain("Demo-Berater Kollege");
    const audit = await ctx.prisma.protokoll.findMany({ where: { objektId: gespraechId }, orderBy: { zeitpunkt: "asc" } });
    expect(audit.map((a) => a.aktion)).toEqual(["gespraech.kollege_hinzugefuegt", "gespraech.kollege_entfernt"]);
  });

  it("never adds a colleague of another centre or Träger, an inactive or unknown account; only the owner adds", async () => {
    const { gespraechId } = await accepted();
    for (const id of [staff.andereStelle.benutzerId, staff.fremderTraeger.benutzerId, staff.inaktiv.benutzerId, randomUUID(), "keine-uuid", staff.owner.benutzerId]) {
      expect(await addColleague(ctx, staff.owner, gespraechId, id)).toEqual({ ok: false, code: "nicht_gefunden" });
    }
    expect(await addColleague(ctx, staff.leitung, gespraechId, staff.kollegin.benutzerId)).toEqual({ ok: false, code: "nicht_erlaubt" });
    // A counsellor of another centre does not even find the conversation.
    expect(await addColleague(ctx, staff.andereStelle, gespraechId, staff.andereStelle.benutzerId)).toEqual({ ok: false, code: "nicht_gefunden" });
    expect(await ctx.prisma.gespraechTeilnahme.count({ where: { gespraechId } })).toBe(0);
    expect(await ctx.prisma.protokoll.count({ where: { objektId: gespraechId } })).toBe(0);
  });

  it("sets the absence note of an own centre only; help seekers see it until its last day, then not", async () => {
    expect(await setAbsenceNote(ctx.prisma, staff.andereStelle, centres.a, { text: "Fremd gesetzt", bis: null })).toBe(false);
    expect(await setAbsenceNote(ctx.prisma, staff.leitung, centres.a, { text: "Wir sind bis 2. Januar nicht erreichbar.", bis: "2027-01-02" })).toBe(true);
    expect((await chatSettingsFor(ctx.prisma, staff.kollegin)).abwesenheit[centres.a]).toEqual({ text: "Wir sind bis 2. Januar nicht erreichbar.", bis: "2027-01-02" });
    const result = await startConversation(ctx, { beratungsstelleId: centres.a, pseudonym: "Leise Linde 20" });
    if (!result.ok) throw new Error("start failed");
    expect((await helpSeekerView(ctx, result.token, NOW))?.abwesenheit).toEqual({ text: "Wir sind bis 2. Januar nicht erreichbar.", bis: "2027-01-02" });
    expect((await helpSeekerView(ctx, result.token, new Date("2027-01-03T08:00:00Z")))?.abwesenheit).toBeNull();
    expect(await ctx.prisma.protokoll.count({ where: { objektId: centres.a, aktion: "beratungsstelle.chat_abwesenheit_gesetzt" } })).toBe(1);
    expect(await setAbsenceNote(ctx.prisma, staff.owner, centres.a, { text: null, bis: null })).toBe(true);
    expect((await helpSeekerView(ctx, result.token, NOW))?.abwesenheit).toBeNull();
  });

  it("the help seeker deletes the conversation at any time: the messages and colleague entries are gone from the tables", async () => {
    const { gespraechId, token } = await accepted();
    await addColleague(ctx, staff.owner, gespraechId, staff.kollegin.benutzerId);
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Meine Schulden sind hoch." });
    await replyAsStaff(ctx, staff.owner, gespraechId, { clientId: randomUUID(), text: "Wir schauen gemeinsam." });
    expect(await ctx.prisma.chatNachricht.count({ where: { gespraechId } })).toBe(2);
    expect(await deleteAsHelpSeeker(ctx, "falscher-token")).toBe(false);
    expect(await deleteAsHelpSeeker(ctx, token)).toBe(true);
    expect(await ctx.prisma.gespraech.count({ where: { id: gespraechId } })).toBe(0);
    expect(await ctx.prisma.chatNachricht.count({ where: { gespraechId } })).toBe(0);
    expect(await ctx.prisma.gespraechTeilnahme.count({ where: { gespraechId } })).toBe(0);
    expect(await helpSeekerView(ctx, token, NOW)).toBeNull();
  });

  it("mails an opted-in owner once per conversation and hour, without any content", async () => {
    const mails = () => ctx.prisma.mailOutbox.findMany({ where: { anlass: "chat_neue_nachricht" }, orderBy: { id: "asc" } });
    const before = (await mails()).length;
    const { gespraechId, token } = await accepted();
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Ohne Opt-in keine Mail." });
    expect(await mails()).toHaveLength(before);

    await setNewMessageMail(ctx.prisma, staff.owner, true);
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Geheimer Inhalt zur Miete." });
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Noch eine Nachricht gleich danach." });
    await replyAsStaff(ctx, staff.owner, gespraechId, { clientId: randomUUID(), text: "Antwort der Beratung." });
    const sent = (await mails()).slice(before);
    expect(sent).toHaveLength(1);
    const owner = await ctx.prisma.benutzer.findUniqueOrThrow({ where: { id: staff.owner.benutzerId } });
    expect(sent[0]).toMatchObject({ an: owner.email, betreff: "Neue Nachricht in der Online-Beratung" });
    expect(sent[0]?.text).toContain(`https://sozial.example.org/verwaltung/gespraeche/${gespraechId}`);
    for (const secret of ["Geheimer", "Miete", "Noch eine", "Stille Eule"]) {
      expect(sent[0]?.text).not.toContain(secret);
      expect(sent[0]?.betreff).not.toContain(secret);
    }

    // An hour later the next message is mailed again.
    await ctx.prisma.gespraech.update({ where: { id: gespraechId }, data: { letzteMailAm: new Date(Date.now() - 61 * 60_000) } });
    await sendAsHelpSeeker(ctx, token, { clientId: randomUUID(), text: "Später." });
    expect((await mails()).slice(before)).toHaveLength(2);
    await setNewMessageMail(ctx.prisma, staff.owner, false);
    expect((await chatSettingsFor(ctx.prisma, staff.owner)).mail).toBe(false);
  });
});
