/**
 * `/chat` over real sockets (socket.io-client) on an in-memory PGlite: every event, the limits,
 * wrong token, foreign origin, cross-tenant staff; the loss test; and, with TEST_DATABASE_URL
 * and TEST_REDIS_URL, two instances on PostgreSQL + Redis.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ClientToServerEvents, NachrichtDto, ServerToClientEvents } from "../../../domain/chat/events";
import { mergeBySeq } from "../../../domain/chat/messages";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { createTestDatabase, type TestDatabase } from "../../../../tests/support/database";
import { createLogger } from "../../logger.server";
import { attachRealtime, type Realtime } from "../../realtime.server";
import { createMessageCipher } from "../crypto.server";
import { attachChat, type StaffIdentity } from "../socket.server";
import { createChatStore, type ChatStore } from "../store.server";

type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;
const logger = createLogger("silent");
const key = randomBytes(32).toString("base64");
const instances: Array<{ realtime: Realtime; server: HttpServer }> = [];
const clients: ChatClient[] = [];

async function startInstance(db: TestDatabase, opts: { redisUrl?: string; staff?: Record<string, StaffIdentity>; now?: () => number } = {}) {
  const server = createServer();
  const realtime = await attachRealtime(server, { publicUrl: "http://localhost:3000", redisUrl: opts.redisUrl, logger });
  const store = createChatStore(db.prisma, createMessageCipher(key));
  attachChat(realtime.io, {
    store,
    logger,
    authenticateStaff: async (cookie) => (cookie ? (opts.staff?.[cookie] ?? null) : null),
    now: opts.now,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  instances.push({ realtime, server });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, store };
}

function client(url: string, opts: { token?: string; cookie?: string; origin?: string } = {}): ChatClient {
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.origin) headers.origin = opts.origin;
  const socket: ChatClient = connect(`${url}/chat`, {
    transports: ["websocket"],
    auth: opts.token ? { token: opts.token } : {},
    extraHeaders: headers,
    reconnection: false,
  });
  clients.push(socket);
  return socket;
}

const connected = (socket: ChatClient) =>
  new Promise<void>((resolve, reject) => {
    socket.on("connect", () => resolve());
    socket.on("connect_error", reject);
  });

const send = (socket: ChatClient, gespraech_id: string, text: string, client_id: string = randomUUID()) =>
  socket.timeout(20_000).emitWithAck("nachricht:senden", { gespraech_id, client_id, text });

/** A staff account in the database that owns the conversation (staff write only as owner or added colleague). */
async function owner(db: TestDatabase, gespraechId: string): Promise<string> {
  const benutzer = await db.prisma.benutzer.create({ data: { email: `berater-${randomUUID()}@example.org`, anzeigename: "Beraterin" }, select: { id: true } });
  await db.prisma.gespraech.update({ where: { id: gespraechId }, data: { status: "offen", beraterId: benutzer.id } });
  return benutzer.id;
}

async function seedCentres(db: TestDatabase) {
  const traeger = await db.prisma.traeger.create({ data: buildTraeger(0) });
  const a = await db.prisma.beratungsstelle.create({ data: buildBeratungsstelle(0, traeger.id, { slug: `a-${randomUUID()}` }) });
  const b = await db.prisma.beratungsstelle.create({ data: buildBeratungsstelle(1, traeger.id, { slug: `b-${randomUUID()}` }) });
  return { a: a.id, b: b.id };
}

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  for (const { realtime } of instances.splice(0)) await realtime.close();
});

describe("/chat on one instance (PGlite)", () => {
  let db: TestDatabase;
  let centres: { a: string; b: string };
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    centres = await seedCentres(db);
  }, 60_000);
  afterAll(async () => db?.dispose());

  async function conversation(store: ChatStore, centre = centres.a) {
    return store.start({ beratungsstelleId: centre, pseudonym: "Blaue Möwe 10" });
  }

  it("acknowledges after storing, numbers gaplessly, is idempotent by client_id, and broadcasts once to staff", async () => {
    const staff: Record<string, StaffIdentity> = { "sid=berater-a": { benutzerId: randomUUID(), beratungsstelleIds: [centres.a] } };
    const { url, store } = await startInstance(db, { staff });
    const { gespraechId, token } = await conversation(store);
    staff["sid=berater-a"]!.benutzerId = await owner(db, gespraechId);
    const seeker = client(url, { token });
    const counsellor = client(url, { cookie: "sid=berater-a" });
    await Promise.all([connected(seeker), connected(counsellor)]);
    expect(await counsellor.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 })).toEqual({ ok: true, nachrichten: [] });
    const received: NachrichtDto[] = [];
    counsellor.on("nachricht:neu", (m) => received.push(m));

    const clientId = randomUUID();
    const first = await send(seeker, gespraechId, "Hallo, ich brauche Hilfe.", clientId);
    expect(first).toMatchObject({ ok: true, seq: 1 });
    const repeat = await send(seeker, gespraechId, "Hallo, ich brauche Hilfe.", clientId);
    expect(repeat).toEqual(first);
    const answer = await send(counsellor, gespraechId, "Guten Abend, ich bin für Sie da.");
    expect(answer).toMatchObject({ ok: true, seq: 2 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.map((m) => [m.seq, m.von, m.text])).toEqual([
      [1, "ratsuchend", "Hallo, ich brauche Hilfe."],
      [2, "beratung", "Guten Abend, ich bin für Sie da."],
    ]);
    expect(await db.prisma.chatNachricht.count({ where: { gespraechId } })).toBe(2);
    const stored = await db.prisma.chatNachricht.findFirstOrThrow({ where: { gespraechId, seq: 1 } });
    expect(Buffer.from(stored.ciphertext).toString("utf8")).not.toContain("Hilfe");

    const after1 = await seeker.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 1 });
    expect(after1.ok && after1.nachrichten.map((m) => m.seq)).toEqual([2]);
  }, 30_000);

  it("staff of the centre read every conversation but write only as its owner or an added colleague", async () => {
    const staff = { "sid=kollegin": { benutzerId: "", beratungsstelleIds: [centres.a] }, "sid=andere": { benutzerId: "", beratungsstelleIds: [centres.a] } };
    const { url, store } = await startInstance(db, { staff });
    const { gespraechId } = await conversation(store);
    await owner(db, gespraechId);
    const kollegin = await db.prisma.benutzer.create({ data: { email: `kollegin-${randomUUID()}@example.org`, anzeigename: "Kollegin" } });
    const andere = await db.prisma.benutzer.create({ data: { email: `andere-${randomUUID()}@example.org`, anzeigename: "Andere" } });
    staff["sid=kollegin"].benutzerId = kollegin.id;
    staff["sid=andere"].benutzerId = andere.id;
    await db.prisma.gespraechTeilnahme.create({ data: { gespraechId, benutzerId: kollegin.id } });
    const added = client(url, { cookie: "sid=kollegin" });
    const other = client(url, { cookie: "sid=andere" });
    await Promise.all([connected(added), connected(other)]);
    expect(await other.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 })).toMatchObject({ ok: true });
    expect(await send(other, gespraechId, "Ich bin nicht zuständig.")).toMatchObject({ ok: false, fehler: "nicht_erlaubt" });
    const atOther = new Promise<NachrichtDto>((resolve) => other.once("nachricht:neu", resolve));
    expect(await send(added, gespraechId, "Ich übernehme mit.")).toMatchObject({ ok: true, seq: 1 });
    expect(await atOther).toMatchObject({ seq: 1, von: "beratung", text: "Ich übernehme mit." });
    expect(await db.prisma.chatNachricht.findMany({ where: { gespraechId }, select: { benutzerId: true } })).toEqual([{ benutzerId: kollegin.id }]);
  }, 30_000);

  it("refuses invalid text, a wrong token, a foreign origin and another centre's counsellor", async () => {
    const staff = { "sid=berater-b": { benutzerId: randomUUID(), beratungsstelleIds: [centres.b] } };
    const { url, store } = await startInstance(db, { staff });
    const { gespraechId, token } = await conversation(store);
    const seeker = client(url, { token });
    await connected(seeker);
    expect(await send(seeker, gespraechId, "")).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(await send(seeker, gespraechId, "x".repeat(4001))).toMatchObject({ ok: false, fehler: "ungueltig" });
    const other = await conversation(store);
    expect(await send(seeker, other.gespraechId, "falsches Gespräch")).toMatchObject({ ok: false, fehler: "nicht_erlaubt" });

    await expect(connected(client(url, { token: "falsch" }))).rejects.toThrow(/Gesprächscode/);
    await expect(connected(client(url))).rejects.toThrow(/Nicht angemeldet/);
    await expect(connected(client(url, { token, origin: "https://evil.example" }))).rejects.toThrow();

    const foreign = client(url, { cookie: "sid=berater-b" });
    await connected(foreign);
    expect(await foreign.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 })).toMatchObject({ ok: false, fehler: "nicht_erlaubt" });
    expect(await send(foreign, gespraechId, "fremd")).toMatchObject({ ok: false, fehler: "nicht_erlaubt" });
    const leaked: unknown[] = [];
    foreign.on("nachricht:neu", (m) => leaked.push(m));
    await send(seeker, gespraechId, "nur für Stelle A");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leaked).toEqual([]);
  }, 30_000);

  it("limits a socket to a burst of 20 messages, then 5 per second", async () => {
    const { url, store } = await startInstance(db);
    const { gespraechId, token } = await conversation(store);
    const seeker = client(url, { token });
    await connected(seeker);
    const answers = await Promise.all(Array.from({ length: 22 }, (_, i) => send(seeker, gespraechId, `Nachricht ${i}`)));
    expect(answers.filter((a) => !a.ok && a.fehler !== "zu_viele")).toEqual([]);
    expect(answers.filter((a) => a.ok)).toHaveLength(20);
    expect(answers.filter((a) => !a.ok)).toEqual([
      expect.objectContaining({ fehler: "zu_viele" }),
      expect.objectContaining({ fehler: "zu_viele" }),
    ]);
  }, 30_000);

  it("relays typing and read markers (never backwards) only to the other participant", async () => {
    const staff = {
      "sid=a": { benutzerId: randomUUID(), beratungsstelleIds: [centres.a] },
      "sid=b": { benutzerId: randomUUID(), beratungsstelleIds: [centres.b] },
    };
    const { url, store } = await startInstance(db, { staff });
    const { gespraechId, token } = await conversation(store);
    const seeker = client(url, { token });
    const counsellor = client(url, { cookie: "sid=a" });
    const foreign = client(url, { cookie: "sid=b" });
    await Promise.all([connected(seeker), connected(counsellor), connected(foreign)]);
    await counsellor.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 });
    await foreign.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 });
    const foreignSaw: string[] = [];
    foreign.onAny((event: string) => foreignSaw.push(event));

    await send(seeker, gespraechId, "eins");
    await send(seeker, gespraechId, "zwei");
    const typing = new Promise((resolve) => counsellor.once("tippt", resolve));
    seeker.emit("tippt", { gespraech_id: gespraechId });
    expect(await typing).toMatchObject({ gespraech_id: gespraechId, von: "ratsuchend" });

    const read = new Promise((resolve) => seeker.once("gelesen", resolve));
    expect(await counsellor.emitWithAck("gelesen", { gespraech_id: gespraechId, seq: 2 })).toEqual({ ok: true });
    expect(await read).toEqual({ gespraech_id: gespraechId, von: "beratung", seq: 2 });
    await counsellor.emitWithAck("gelesen", { gespraech_id: gespraechId, seq: 1 });
    expect((await db.prisma.gespraech.findUniqueOrThrow({ where: { id: gespraechId } })).gelesenBeratung).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(foreignSaw).toEqual([]);
  }, 30_000);

  it("relays video signalling only between the owning counsellor and the help seeker; the help seeker cannot call", async () => {
    const owner = (await db.prisma.benutzer.create({ data: { email: `berater-${randomUUID()}@example.org`, anzeigename: "Beraterin Video" } })).id;
    const staff = {
      "sid=owner": { benutzerId: owner, beratungsstelleIds: [centres.a] },
      "sid=colleague": { benutzerId: randomUUID(), beratungsstelleIds: [centres.a] },
      "sid=b": { benutzerId: randomUUID(), beratungsstelleIds: [centres.b] },
    };
    const { url, store } = await startInstance(db, { staff });
    const { gespraechId, token } = await conversation(store);
    const seeker = client(url, { token });
    const counsellor = client(url, { cookie: "sid=owner" });
    const colleague = client(url, { cookie: "sid=colleague" });
    const foreign = client(url, { cookie: "sid=b" });
    await Promise.all([connected(seeker), connected(counsellor), connected(colleague), connected(foreign)]);
    for (const staffSocket of [counsellor, colleague, foreign]) await staffSocket.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 });
    const saw = { seeker: [] as string[], counsellor: [] as string[], colleague: [] as string[], foreign: [] as string[] };
    seeker.onAny((event: string) => saw.seeker.push(event));
    counsellor.onAny((event: string) => saw.counsellor.push(event));
    colleague.onAny((event: string) => saw.colleague.push(event));
    foreign.onAny((event: string) => saw.foreign.push(event));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

    // Still waiting: nobody owns it, so nobody may call.
    counsellor.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 zu früh" });
    await settle();
    expect(saw.seeker).toEqual([]);

    await db.prisma.gespraech.update({ where: { id: gespraechId }, data: { status: "offen", beraterId: owner } });
    const offer = new Promise((resolve) => seeker.once("video:angebot", resolve));
    counsellor.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 test", nur_audio: true, extra: "weg" } as never);
    expect(await offer).toEqual({ gespraech_id: gespraechId, sdp: "v=0 test", nur_audio: true });
    const answer = new Promise((resolve) => counsellor.once("video:antwort", resolve));
    seeker.emit("video:antwort", { gespraech_id: gespraechId, sdp: "v=0 antwort" });
    expect(await answer).toEqual({ gespraech_id: gespraechId, sdp: "v=0 antwort" });
    const ice = new Promise((resolve) => counsellor.once("video:ice", resolve));
    seeker.emit("video:ice", { gespraech_id: gespraechId, kandidat: { candidate: "x" } });
    expect(await ice).toEqual({ gespraech_id: gespraechId, kandidat: { candidate: "x" } });
    const ende = new Promise((resolve) => seeker.once("video:ende", resolve));
    counsellor.emit("video:ende", { gespraech_id: gespraechId });
    expect(await ende).toEqual({ gespraech_id: gespraechId });

    // Refused: the help seeker calling, a colleague calling or sending candidates, malformed payloads.
    seeker.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 vom Ratsuchenden" });
    colleague.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 Kollegin" });
    colleague.emit("video:ice", { gespraech_id: gespraechId, kandidat: { candidate: "y" } });
    foreign.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 fremd" });
    counsellor.emit("video:angebot", { gespraech_id: gespraechId, sdp: 42 } as never);
    counsellor.emit("video:ice", { gespraech_id: gespraechId, kandidat: "kein Objekt" });
    await settle();
    expect(saw.seeker).toEqual(["video:angebot", "video:ende"]);
    expect(saw.counsellor).toEqual(["video:antwort", "video:ice"]);
    expect(saw.colleague).toEqual([]); // in the room for messages, never part of the call
    expect(saw.foreign).toEqual([]);

    // Closed: signalling stops.
    await db.prisma.gespraech.update({ where: { id: gespraechId }, data: { status: "geschlossen" } });
    counsellor.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 danach" });
    await settle();
    expect(saw.seeker).toEqual(["video:angebot", "video:ende"]);
  }, 30_000);

  it("drops a flood of signals: a burst of 100 typing, read or video events, then 20 per second", async () => {
    const owner = (await db.prisma.benutzer.create({ data: { email: `berater-${randomUUID()}@example.org`, anzeigename: "Beraterin Flut" } })).id;
    const staff = { "sid=owner": { benutzerId: owner, beratungsstelleIds: [centres.a] } };
    let clock = Date.parse("2026-12-07T10:00:00Z");
    const { url, store } = await startInstance(db, { staff, now: () => clock });
    const { gespraechId, token } = await conversation(store);
    await db.prisma.gespraech.update({ where: { id: gespraechId }, data: { status: "offen", beraterId: owner } });
    const seeker = client(url, { token });
    const counsellor = client(url, { cookie: "sid=owner" });
    await Promise.all([connected(seeker), connected(counsellor)]);
    await counsellor.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 });
    let candidates = 0;
    counsellor.on("video:ice", () => (candidates += 1));

    for (let i = 0; i < 150; i++) seeker.emit("video:ice", { gespraech_id: gespraechId, kandidat: { candidate: `c${i}` } });
    expect(await seeker.emitWithAck("gelesen", { gespraech_id: gespraechId, seq: 0 })).toMatchObject({ ok: false, fehler: "zu_viele" });
    await expect.poll(() => candidates).toBe(100);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(candidates).toBe(100);

    // A second later 20 more are allowed; messages have their own limit and still go through.
    clock += 1_000;
    expect(await seeker.emitWithAck("gelesen", { gespraech_id: gespraechId, seq: 0 })).toEqual({ ok: true });
    expect(await send(seeker, gespraechId, "Die Nachricht kommt trotzdem an.")).toMatchObject({ ok: true, seq: 1 });
  }, 30_000);

  it("loss test: sockets killed at random while sending lose nothing and duplicate nothing", async () => {
    const { url, store } = await startInstance(db);
    const { gespraechId, token } = await conversation(store);
    const reader = client(url, { token });
    await connected(reader);
    let readerKnown: NachrichtDto[] = [];
    reader.on("nachricht:neu", (m) => (readerKnown = mergeBySeq(readerKnown, [m]).messages));

    const acknowledged = new Map<string, number>(); // client_id → seq
    const outbox = Array.from({ length: 60 }, (_, i) => ({ client_id: randomUUID(), text: `Nachricht ${i}` }));
    let pending = [...outbox];
    for (let round = 0; pending.length > 0 && round < 50; round++) {
      const sender = client(url, { token });
      await connected(sender);
      const killAfter = 1 + Math.floor(Math.random() * 8);
      const attempts = pending.slice(0, 12).map((m, i) =>
        send(sender, gespraechId, m.text, m.client_id).then(
          (answer) => (answer.ok ? acknowledged.set(m.client_id, answer.seq) : undefined),
          () => undefined, // socket killed before the ack: resend next round with the same client_id
        ).finally(() => {
          if (i === killAfter) sender.disconnect();
        }),
      );
      await Promise.all(attempts);
      sender.disconnect();
      pending = pending.filter((m) => !acknowledged.has(m.client_id));
    }
    expect(pending).toEqual([]);

    // The reader reconnects and asks for what it missed after its contiguous seq.
    reader.disconnect();
    const again = client(url, { token });
    await connected(again);
    const since = mergeBySeq(readerKnown, []).contiguousSeq;
    const missed = await again.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: since });
    if (!missed.ok) throw new Error(missed.meldung);
    const all = mergeBySeq(readerKnown, missed.nachrichten).messages;

    const rows = await db.prisma.chatNachricht.findMany({ where: { gespraechId }, orderBy: { seq: "asc" } });
    expect(rows).toHaveLength(outbox.length); // exactly once each
    expect(rows.map((r) => r.seq)).toEqual(outbox.map((_, i) => i + 1)); // gapless
    expect(new Set(rows.map((r) => r.clientId))).toEqual(new Set(outbox.map((m) => m.client_id)));
    for (const row of rows) expect(acknowledged.get(row.clientId)).toBe(row.seq);
    expect(all.map((m) => m.seq)).toEqual(rows.map((r) => r.seq)); // every message once, in order
    expect(all.map((m) => m.text).sort()).toEqual(outbox.map((m) => m.text).sort());
  }, 60_000);
});

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!databaseUrl || !redisUrl)("/chat across two instances on PostgreSQL + Redis (TEST_DATABASE_URL, TEST_REDIS_URL)", () => {
  let db: TestDatabase;
  let centres: { a: string; b: string };
  beforeAll(async () => {
    db = await createTestDatabase("postgresql");
    centres = await seedCentres(db);
  }, 60_000);
  afterAll(async () => db?.dispose());

  it("a help seeker on instance A and a counsellor on instance B talk both ways, with concurrent sends staying gapless", async () => {
    const staff: Record<string, StaffIdentity> = { "sid=a": { benutzerId: randomUUID(), beratungsstelleIds: [centres.a] } };
    const a = await startInstance(db, { redisUrl, staff });
    const b = await startInstance(db, { redisUrl, staff });
    const { gespraechId, token } = await a.store.start({ beratungsstelleId: centres.a, pseudonym: "Eule 7" });
    staff["sid=a"]!.benutzerId = await owner(db, gespraechId);
    const seeker = client(a.url, { token });
    const counsellor = client(b.url, { cookie: "sid=a" });
    await Promise.all([connected(seeker), connected(counsellor)]);
    await counsellor.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const atCounsellor = new Promise<NachrichtDto>((resolve) => counsellor.once("nachricht:neu", resolve));
    await send(seeker, gespraechId, "von A");
    expect(await atCounsellor).toMatchObject({ seq: 1, von: "ratsuchend", text: "von A" });
    const atSeeker = new Promise<NachrichtDto>((resolve) => seeker.once("nachricht:neu", resolve));
    await send(counsellor, gespraechId, "von B");
    expect(await atSeeker).toMatchObject({ seq: 2, von: "beratung", text: "von B" });

    const burst = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => send(seeker, gespraechId, `A${i}`)),
      ...Array.from({ length: 10 }, (_, i) => send(counsellor, gespraechId, `B${i}`)),
    ]);
    expect(burst.every((x) => x.ok)).toBe(true);
    const seqs = (await db.prisma.chatNachricht.findMany({ where: { gespraechId }, orderBy: { seq: "asc" } })).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  }, 60_000);

  it("relays video signalling between the owner on instance B and the help seeker on instance A", async () => {
    const owner = (await db.prisma.benutzer.create({ data: { email: `berater-${randomUUID()}@example.org`, anzeigename: "Beraterin Video" } })).id;
    const staff = { "sid=owner": { benutzerId: owner, beratungsstelleIds: [centres.a] } };
    const a = await startInstance(db, { redisUrl, staff });
    const b = await startInstance(db, { redisUrl, staff });
    const { gespraechId, token } = await a.store.start({ beratungsstelleId: centres.a, pseudonym: "Eule 8" });
    await db.prisma.gespraech.update({ where: { id: gespraechId }, data: { status: "offen", beraterId: owner } });
    const seeker = client(a.url, { token });
    const counsellor = client(b.url, { cookie: "sid=owner" });
    await Promise.all([connected(seeker), connected(counsellor)]);
    await counsellor.emitWithAck("verlauf:abrufen", { gespraech_id: gespraechId, nach_seq: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const offer = new Promise((resolve) => seeker.once("video:angebot", resolve));
    counsellor.emit("video:angebot", { gespraech_id: gespraechId, sdp: "v=0 B" });
    expect(await offer).toEqual({ gespraech_id: gespraechId, sdp: "v=0 B" });
    const answer = new Promise((resolve) => counsellor.once("video:antwort", resolve));
    seeker.emit("video:antwort", { gespraech_id: gespraechId, sdp: "v=0 A" });
    expect(await answer).toEqual({ gespraech_id: gespraechId, sdp: "v=0 A" });
  }, 60_000);
});
