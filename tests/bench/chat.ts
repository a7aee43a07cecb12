/**
 * Benchmark of the online counselling chat (issue 7, point 8): send → receive latency and
 * throughput for 1,000 connected clients across two app instances on PostgreSQL + Redis, and
 * the lost / duplicated counts. Prints figures; not part of `npm test`.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres BENCH_REDIS_URL=redis://127.0.0.1:6379 \
 *     npm run bench:chat [-- --clients 1000 --rate 200 --seconds 20]      (needs a current `npm run build`)
 *
 * Creates a fresh database next to the one named (dropped afterwards), migrates it, loads the
 * demo data, starts two production servers (build/server/index.js) on it with the Socket.io Redis
 * adapter, and opens CLIENTS / 2 conversations through POST /api/v1/gespraeche. Each conversation
 * gets two help-seeker sockets with its token — one on instance A, one on instance B — so every
 * message crosses the instances through Redis. Senders on A send at RATE messages per second in
 * total (spread over the conversations); latency is from the send to the `nachricht:neu` on B.
 * Target: p99 ≤ 50 ms at 200 messages/s, 0 lost, 0 duplicated.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, NachrichtDto, ServerToClientEvents } from "../../app/domain/chat/events";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";
import { seedDemoData } from "../../prisma/seed";
import { figures, root, startBuiltServer, type BuiltServer, withDatabase } from "./support";

type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

const TARGET_P99_MS = 50;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const CLIENTS = argument("clients", 1000);
const RATE = argument("rate", 200);
const SECONDS = argument("seconds", 20);
const CONVERSATIONS = Math.floor(CLIENTS / 2);

const databaseBase = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;


/** Demo data, and the published centres that offer the chat. */
async function prepare(url: string): Promise<string[]> {
  const db = await openDatabase({ databaseUrl: url });
  try {
    await migrateDatabase(db, root);
    await seedDemoData(db.prisma);
    const centres = await db.prisma.beratungsstelle.findMany({ where: { veroeffentlicht: true, kanaele: { has: "chat" } }, select: { id: true }, take: 50 });
    return centres.map((centre) => centre.id);
  } finally {
    await db.close();
  }
}

async function startConversation(base: string, centre: string, i: number): Promise<{ id: string; token: string }> {
  const response = await fetch(`${base}/api/v1/gespraeche`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ beratungsstelle_id: centre, pseudonym: `Demo-Eule ${i}` }),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/gespraeche: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { gespraech_id: string; token: string };
  return { id: body.gespraech_id, token: body.token };
}

function open(base: string, token: string): Promise<ChatClient> {
  const socket: ChatClient = connect(`${base}/chat`, { transports: ["websocket"], auth: { token }, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** Opens many sockets a few at a time, so the handshakes do not all hit the servers at once. */
async function openAll<T>(items: T[], run: (item: T) => Promise<ChatClient>, parallel = 50): Promise<ChatClient[]> {
  const sockets: ChatClient[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const index = next++;
        sockets[index] = await run(items[index]!);
      }
    }),
  );
  return sockets;
}

async function main(adminUrl: string, redis: string) {
  await withDatabase(adminUrl, "sozialplattform_bench_chat", async (url) => {
    const started = performance.now();
    const centres = await prepare(url);
    if (centres.length === 0) throw new Error("Die Demodaten enthalten keine Beratungsstelle mit Chat.");
    const secrets = { DATABASE_URL: url, REDIS_URL: redis, SESSION_SECRET: randomBytes(32).toString("hex"), MESSAGE_KEY: randomBytes(32).toString("base64"), TOTP_KEY: randomBytes(32).toString("base64") };
    const dataDirs = [0, 1].map(() => mkdtempSync(path.join(os.tmpdir(), "sozialplattform-bench-chat-")));
    const servers: BuiltServer[] = [];
    const sockets: ChatClient[] = [];
    try {
      for (const dataDir of dataDirs) {
        servers.push(await startBuiltServer({ dataDir, rateLimitPerMinute: 10_000_000, timeoutMs: 120_000, ready: async (b) => (await fetch(`${b}/healthz`)).ok, env: secrets }));
      }
      const [a, b] = servers.map((server) => `http://127.0.0.1:${server.port}`) as [string, string];
      const conversations: Array<{ id: string; token: string }> = [];
      for (let i = 0; i < CONVERSATIONS; i++) conversations.push(await startConversation(a, centres[i % centres.length]!, i));
      const senders = await openAll(conversations, (c) => open(a, c.token));
      const receivers = await openAll(conversations, (c) => open(b, c.token));
      sockets.push(...senders, ...receivers);
      console.log(`Vorbereitung (Datenbank, Demodaten, 2 Server, ${CONVERSATIONS} Gespräche, ${sockets.length} Verbindungen) ${((performance.now() - started) / 1000).toFixed(1)} s`);

      // text → send time; what arrives at B is matched by its text (unique per message).
      const sentAt = new Map<string, number>();
      const received = new Map<string, number>();
      const latencies: number[] = [];
      let duplicated = 0;
      receivers.forEach((socket) =>
        socket.on("nachricht:neu", (message: NachrichtDto) => {
          const t0 = sentAt.get(message.text);
          if (t0 === undefined) return;
          const seen = received.get(message.text) ?? 0;
          if (seen > 0) duplicated++;
          else latencies.push(performance.now() - t0);
          received.set(message.text, seen + 1);
        }),
      );
      // The room join on connect is asynchronous on B; give the adapter a moment before sending.
      await new Promise((resolve) => setTimeout(resolve, 1000));

      let acknowledged = 0;
      let refused = 0;
      const total = RATE * SECONDS;
      const begin = performance.now();
      const inFlight: Array<Promise<void>> = [];
      for (let i = 0; i < total; i++) {
        const due = begin + (i * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        const index = i % CONVERSATIONS;
        const text = `Bench ${i} ${randomUUID()}`;
        sentAt.set(text, performance.now());
        inFlight.push(
          senders[index]!.timeout(10_000)
            .emitWithAck("nachricht:senden", { gespraech_id: conversations[index]!.id, client_id: randomUUID(), text })
            .then((answer) => {
              if (answer.ok) acknowledged++;
              else refused++;
            })
            .catch(() => {
              refused++;
            }),
        );
      }
      await Promise.all(inFlight);
      const seconds = (performance.now() - begin) / 1000;
      // Let the last messages arrive.
      const settle = performance.now() + 5000;
      while (received.size < acknowledged && performance.now() < settle) await new Promise((resolve) => setTimeout(resolve, 50));
      const lost = acknowledged - received.size;
      const result = figures(latencies, seconds);
      const ms = (value: number) => `${value.toFixed(1)} ms`;
      console.log(`${CLIENTS} Verbindungen auf 2 Instanzen (Redis-Adapter), ${total} Nachrichten mit ${RATE}/s von Instanz A, empfangen auf Instanz B`);
      console.log(`  bestätigt ${acknowledged}, abgelehnt ${refused} · ${Math.round(acknowledged / seconds)} Nachrichten/s`);
      console.log(`  Senden → Empfang: p50 ${ms(result.p50)} · p95 ${ms(result.p95)} · p99 ${ms(result.p99)} · Ziel p99 ≤ ${TARGET_P99_MS} ms: ${result.p99 <= TARGET_P99_MS ? "erreicht" : "VERFEHLT"}`);
      console.log(`  verloren ${lost} · doppelt ${duplicated} · Ziel 0 und 0: ${lost === 0 && duplicated === 0 ? "erreicht" : "VERFEHLT"}`);
    } finally {
      for (const socket of sockets) socket.disconnect();
      for (const server of servers) await server.stop();
      for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

console.log(`Chat-Benchmark · PostgreSQL + Redis · Node ${process.version} · ${os.cpus().length} CPU · Last ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
if (!databaseBase || !redisUrl) {
  console.log("Übersprungen: BENCH_DATABASE_URL (oder TEST_DATABASE_URL) und BENCH_REDIS_URL (oder TEST_REDIS_URL) setzen.");
} else {
  try {
    await main(databaseBase, redisUrl);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
