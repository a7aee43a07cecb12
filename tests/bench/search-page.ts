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
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../../prisma/seed";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";
import { closedLoop, figures, root, startBuiltServer } from "./support";

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

async function bench(port: number, cpuMs: () => number) {
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
  const load = { clients: CLIENTS, timeLimitMs: TIME_LIMIT_MS, request: get };
  await closedLoop({ ...load, total: WARMUP });
  const samples: number[] = [];
  const cpuBefore = cpuMs();
  const seconds = await closedLoop({ ...load, total: REQUESTS, samples });
  const cpuPerPage = (cpuMs() - cpuBefore) / samples.length;
  agent.destroy();
  return { ...figures(samples, seconds), cpuPerPage };
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sozialplattform-bench-suchseite-"));
  try {
    await seed(dataDir);
    const started = performance.now();
    const server = await startBuiltServer({
      dataDir,
      rateLimitPerMinute: 10_000_000,
      timeoutMs: 120_000,
      ready: async (base) => (await fetch(`${base}/healthz`)).ok,
    });
    try {
      console.log(`Server bereit (Migration, Suchindex) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const result = await bench(server.port, server.cpuMs);
      console.log(`GET /beratungsstellen, ${PAGE_MIX.length} Suchen im Wechsel, ${CLIENTS} gleichzeitige Clients über 127.0.0.1, nach ${WARMUP} Aufwärmanfragen`);
      console.log(`  ${result.count} in ${result.seconds.toFixed(2)} s → ${Math.round(result.count / result.seconds).toLocaleString("de-DE")} Seiten/s`);
      const ms = (value: number) => `${value.toFixed(1)} ms`;
      console.log(`  p50 ${ms(result.p50)} · p95 ${ms(result.p95)} · p99 ${ms(result.p99)} · Ziel p95 ≤ ${TARGET_P95_MS} ms: ${result.p95 <= TARGET_P95_MS ? "erreicht" : "VERFEHLT"}`);
      console.log(`  Server-CPU je Seite ${result.cpuPerPage.toFixed(3)} ms (Nutzer + System, unabhängig von der übrigen Last)`);
    } finally {
      await server.stop();
    }
  } finally {
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
