/**
 * Benchmark of the search page (issue 4 acceptance: p95 ≤ 100 ms at 20 concurrent clients on
 * loopback). Prints figures; not part of `npm test`.
 *
 *   npx tsx tests/bench/search-page.ts [--centres 20000] [--requests 3000]   (needs a current `npm run build`)
 *
 * Loads the demo data with the given number of centres into a temporary embedded database
 * (migrations and seed in this process, as `SEED_CENTRES=20000 npm run db:seed` would), starts the
 * production server on it (build/server/index.js, free port, LOG_LEVEL=warn, no request limit),
 * then 20 clients GET /beratungsstellen with a fixed mix of searches (topic + place, radius,
 * filters, free text with typo and synonym, "open now", nationwide, an unknown place, page 2)
 * until the requests are done or 30 seconds have passed. Every answer must be 200 with a result
 * status. Wall-clock figures: compare with the load average printed alongside.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedDemoData } from "../../prisma/seed";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";

const CLIENTS = 20;
const WARMUP = 200;
const TIME_LIMIT_MS = 30_000;
const TARGET_P95_MS = 100;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const CENTRES = argument("centres", 20_000);
const REQUESTS = argument("requests", 3_000);

const root = fileURLToPath(new URL("../..", import.meta.url));
const serverEntry = path.join(root, "build/server/index.js");

/** The fixed query mix: what people type, from the bare page to several filters at once. */
export const PAGE_MIX = [
  "",
  "thema=schulden&ort=04109",
  "thema=sucht&ort=Berlin&umkreis=10",
  "ort=80331&q=Schuldnerberatung",
  "q=Alkohol",
  "q=Schuldnerbertung&ort=Hamburg",
  "thema=existenzsicherung&ort=K%C3%B6ln&sprache=tr&nur=barrierefrei",
  "ort=Hamburg&kanal=video&nur=offen",
  "thema=migration&ort=60311&umkreis=50&sprache=ar&traeger=caritas",
  "thema=sucht&umkreis=bundesweit",
  "thema=schulden&ort=Leipzg",
  "thema=schulden&ort=04109&seite=2",
].map((query) => (query ? `/beratungsstellen?${query}` : "/beratungsstellen"));

type Figures = { count: number; seconds: number; p50: number; p95: number; p99: number };

function figures(samplesMs: number[], seconds: number): Figures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { count: sorted.length, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function waitUntilReady(base: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server beendet: ${output()}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("Server nicht innerhalb von 120 s bereit");
}

async function seed(dataDir: string) {
  const started = performance.now();
  const db = await openDatabase({ dataDir });
  try {
    await migrateDatabase(db, root);
    const seeded = await seedDemoData(db.prisma, { centres: CENTRES });
    if (!seeded) throw new Error("Die neue Datenbank enthielt schon Träger.");
    console.log(`Demodaten: ${seeded.beratungsstellen.toLocaleString("de-DE")} Beratungsstellen, ${seeded.traeger} Träger in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

async function bench(port: number) {
  // A plain keep-alive client, lighter than fetch, so the server gets most of the CPU it shares with it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const get = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const url = PAGE_MIX[i % PAGE_MIX.length]!;
      http
        .get({ host: "127.0.0.1", port, path: url, agent, headers: { Accept: "text/html" } }, (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("error", reject);
          response.on("end", () =>
            response.statusCode === 200 && body.includes('role="status"') ? resolve() : reject(new Error(`Antwort ${response.statusCode} für ${url}`)),
          );
        })
        .on("error", reject);
    });
  const run = async (total: number, samples: number[] | null) => {
    let next = 0;
    const stopAt = Date.now() + TIME_LIMIT_MS;
    const client = async () => {
      while (next < total && Date.now() < stopAt) {
        const i = next++;
        const t0 = process.hrtime.bigint();
        await get(i);
        samples?.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    };
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  await run(WARMUP, null);
  const samples: number[] = [];
  const seconds = await run(REQUESTS, samples);
  agent.destroy();
  return figures(samples, seconds);
}

async function main() {
  if (!existsSync(serverEntry)) throw new Error("build/server/index.js fehlt – zuerst `npm run build` ausführen");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sozialplattform-bench-suchseite-"));
  let child: ChildProcess | undefined;
  try {
    await seed(dataDir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const started = performance.now();
    child = spawn(process.execPath, [serverEntry], {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn", DEMO_DATA: "false", RATE_LIMIT_PER_MINUTE: "10000000" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
    await waitUntilReady(base, child, () => output);
    console.log(`Server bereit (Migration, Suchindex) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const result = await bench(port);
    console.log(`GET /beratungsstellen, ${PAGE_MIX.length} Suchen im Wechsel, ${CLIENTS} gleichzeitige Clients über 127.0.0.1, nach ${WARMUP} Aufwärmanfragen`);
    console.log(`  ${result.count} in ${result.seconds.toFixed(2)} s → ${Math.round(result.count / result.seconds).toLocaleString("de-DE")} Seiten/s`);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`  p50 ${ms(result.p50)} · p95 ${ms(result.p95)} · p99 ${ms(result.p99)} · Ziel p95 ≤ ${TARGET_P95_MS} ms: ${result.p95 <= TARGET_P95_MS ? "erreicht" : "VERFEHLT"}`);
  } finally {
    if (child && child.exitCode === null) {
      child.kill("SIGINT");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`Suchseiten-Benchmark · ${CENTRES.toLocaleString("de-DE")} Stellen · Node ${process.version} · ${os.cpus().length} CPU · Last ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
