/**
 * Benchmark of booking (issue 6, point 7): POST /api/v1/termine at 50 concurrent clients on
 * PostgreSQL. Prints figures; not part of `npm test`.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:booking   (needs a current `npm run build`)
 *
 * Creates a fresh database next to the one named (and drops it afterwards), migrates it and
 * loads the demo data (25 centres with a bookable calendar), starts the production server on it
 * (build/server/index.js, free port, secrets generated for this run only), collects the free
 * telephone slots of the next weeks through the API, then 50 clients book them — every request a
 * different free slot, so each should answer 201 — until all are booked or 30 seconds have passed.
 * A second phase sends 50 simultaneous requests for one and the same slot (exactly one 201, the
 * rest 409 with alternatives) and prints their latencies too. Target: p95 ≤ 150 ms for 201s.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";
import { seedDemoData } from "../../prisma/seed";
import { closedLoop, figures, root, startBuiltServer, type Figures, withDatabase } from "./support";

const CLIENTS = 50;
const TIME_LIMIT_MS = 30_000;
const TARGET_P95_MS = 150;
const CALENDARS = 25;

const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;


async function prepare(url: string): Promise<void> {
  const db = await openDatabase({ databaseUrl: url });
  try {
    await migrateDatabase(db, root);
    await seedDemoData(db.prisma);
  } finally {
    await db.close();
  }
}

type Slot = { start: string; art: string };


async function centresWithCalendar(url: string): Promise<string[]> {
  const db = await openDatabase({ databaseUrl: url });
  try {
    const rows = await db.prisma.beratungskalender.findMany({ select: { beratungsstelleId: true }, take: CALENDARS });
    return [...new Set(rows.map((r) => r.beratungsstelleId))];
  } finally {
    await db.close();
  }
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function collectSlots(baseUrl: string, centres: string[]): Promise<Array<{ centre: string; start: string }>> {
  const slots: Array<{ centre: string; start: string }> = [];
  for (const centre of centres) {
    for (const [von, bis] of [[day(1), day(30)], [day(31), day(58)]] as const) {
      const response = await fetch(`${baseUrl}/api/v1/beratungsstellen/${centre}/termine?von=${von}&bis=${bis}&art=telefon`);
      if (!response.ok) throw new Error(`Freie Termine: ${response.status} ${await response.text()}`);
      for (const slot of ((await response.json()) as { termine: Slot[] }).termine) slots.push({ centre, start: slot.start });
    }
  }
  return slots;
}

// A plain keep-alive client, lighter than fetch, so the server and PostgreSQL get most of the
// CPU they share with it (as in the Leistungs-Check benchmark).
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(baseUrl: string, centre: string, start: string, i: number): Promise<number> {
  const body = Buffer.from(JSON.stringify({ beratungsstelle_id: centre, start, art: "telefon", name: `Demo-Pseudonym ${i}` }));
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port,
        path: "/api/v1/termine",
        method: "POST",
        agent,
        headers: { "Content-Type": "application/json", "Content-Length": body.length, "Idempotency-Key": `bench-${process.pid}-${i}-${randomBytes(4).toString("hex")}` },
      },
      (response) => {
        response.resume();
        response.on("error", reject);
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, result: Figures) =>
  `${label}: ${result.count} in ${result.seconds.toFixed(2)} s · p50 ${ms(result.p50)} · p95 ${ms(result.p95)} · p99 ${ms(result.p99)}`;

async function main(adminUrl: string) {
  await withDatabase(adminUrl, "sozialplattform_bench", async (url) => {
    const started = performance.now();
    await prepare(url);
    const centres = await centresWithCalendar(url);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "sozialplattform-bench-termine-"));
    const secret = () => randomBytes(32).toString("base64");
    const server = await startBuiltServer({
      dataDir,
      rateLimitPerMinute: 10_000_000,
      timeoutMs: 120_000,
      ready: async (b) => (await fetch(`${b}/healthz`)).ok,
      env: { DATABASE_URL: url, SESSION_SECRET: randomBytes(32).toString("hex"), MESSAGE_KEY: secret(), TOTP_KEY: secret() },
    });
    const baseUrl = `http://127.0.0.1:${server.port}`;
    try {
      const slots = await collectSlots(baseUrl, centres);
      console.log(`Vorbereitung (Datenbank, Demodaten, Server) ${((performance.now() - started) / 1000).toFixed(1)} s · ${centres.length} Kalender · ${slots.length} freie Telefontermine`);
      const contested = slots.pop()!;

      const statuses = new Map<number, number>();
      const samples: number[] = [];
      const created: number[] = [];
      const cpuBefore = server.cpuMs();
      const seconds = await closedLoop({
        clients: CLIENTS,
        total: slots.length,
        timeLimitMs: TIME_LIMIT_MS,
        request: async (i) => {
          const t0 = performance.now();
          const status = await post(baseUrl, slots[i]!.centre, slots[i]!.start, i);
          if (status === 201) created.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        },
        samples,
      });
      const result = figures(created, seconds);
      console.log(`POST /api/v1/termine, ${CLIENTS} gleichzeitige Clients, jede Anfrage ein anderer freier Termin`);
      console.log(`  ${line("201", result)} → ${Math.round(samples.length / seconds)} Buchungen/s`);
      console.log(`  Antworten: ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(", ")}`);
      console.log(`  Server-CPU je Anfrage ${((server.cpuMs() - cpuBefore) / samples.length).toFixed(3)} ms (ohne PostgreSQL; Nutzer + System)`);
      console.log(`  Ziel p95 ≤ ${TARGET_P95_MS} ms: ${result.p95 <= TARGET_P95_MS ? "erreicht" : "VERFEHLT"}`);

      const raceStatuses: number[] = [];
      const raceSamples: number[] = [];
      const raceSeconds = await closedLoop({
        clients: CLIENTS,
        total: CLIENTS,
        timeLimitMs: TIME_LIMIT_MS,
        request: async (i) => {
          raceStatuses.push(await post(baseUrl, contested.centre, contested.start, 100_000 + i));
        },
        samples: raceSamples,
      });
      const wins = raceStatuses.filter((s) => s === 201).length;
      const lost = raceStatuses.filter((s) => s === 409).length;
      console.log(`Wettlauf: ${CLIENTS} gleichzeitige Anfragen für denselben Termin → ${wins} × 201, ${lost} × 409, sonst ${CLIENTS - wins - lost}`);
      console.log(`  ${line("alle", figures(raceSamples, raceSeconds))}`);
      if (wins !== 1 || lost !== CLIENTS - 1) process.exitCode = 1;
    } finally {
      agent.destroy();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

console.log(`Buchungs-Benchmark · PostgreSQL · Node ${process.version} · ${os.cpus().length} CPU · Last ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
if (!base) {
  console.error("BENCH_DATABASE_URL (oder TEST_DATABASE_URL) fehlt, z. B. postgresql://postgres@127.0.0.1:5432/postgres");
  process.exitCode = 2;
} else {
  try {
    await main(base);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
