/**
 * Benchmark of the Leistungs-Check (issue 3, point 7). Prints figures; not part of `npm test`.
 *
 *   npx tsx tests/bench/leistungscheck.ts            (needs a current `npm run build`)
 *
 * (a) the pure engine: evaluateAll over a fixed mix of households, after a warm-up;
 * (b) HTTP: starts the production server (build/server/index.js) on a free loopback port with a
 *     temporary DATA_DIR, then 20 concurrent clients POST the same mix to /api/v1/leistungscheck
 *     until 4,000 requests are done or 20 seconds have passed, whichever comes first.
 * Targets: p95 ≤ 1 ms per evaluation for the engine, p95 ≤ 20 ms through HTTP.
 */
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { evaluateAll } from "../../app/domain/benefits/engine";
import { parseFacts, type FactsInput, type Household } from "../../app/domain/benefits/facts";
import { leistungscheck } from "../../app/server/api/leistungen/leistungscheck.server";
import { BEISPIELE } from "../../app/server/api/leistungen/beispiele.server";
import { closedLoop, figures, startBuiltServer, type Figures } from "./support";

const ENGINE_WARMUP = 1_000;
const ENGINE_ITERATIONS = 10_000;
const HTTP_CLIENTS = 20;
const HTTP_WARMUP = 200;
const HTTP_REQUESTS = 4_000;
const HTTP_TIME_LIMIT_MS = 20_000;
const ENGINE_TARGET_P95_MS = 1;
const HTTP_TARGET_P95_MS = 20;
const STICHTAG = "2026-11-22";


const erwerb = (brutto: number, netto: number) => ({
  art: "erwerbstaetigkeit" as const,
  brutto_monat: brutto,
  netto_monat: netto,
  steuern: true,
  kranken_pflegeversicherung: true,
  rentenversicherung: true,
});

/** The mix: the three personas plus households that reach the other rules. */
const MIX: FactsInput[] = [
  BEISPIELE.alleinerziehend.value,
  BEISPIELE.rentnerin.value,
  BEISPIELE.arbeitslos.value,
  {
    stichtag: STICHTAG,
    wohnort: { plz: "80331" },
    wohnen: { art: "miete", wohnkosten_monat: 1350, heizkosten_monat: 140 },
    personen: [
      { rolle: "antragsteller", alter: 41, erwerbsfaehig: true, taetigkeit: "beschaeftigt", einkommen: [erwerb(3100, 2150)] },
      { rolle: "partner", alter: 38, erwerbsfaehig: true, taetigkeit: "sonstige", schwanger: true },
      { rolle: "kind", alter: 2 },
      { rolle: "kind", alter: 7, taetigkeit: "schule" },
      { rolle: "kind", alter: 16, taetigkeit: "schule" },
    ],
  },
  {
    stichtag: STICHTAG,
    wohnort: { plz: "50667" },
    wohnen: { art: "miete", wohnkosten_monat: 410 },
    personen: [
      {
        rolle: "antragsteller",
        alter: 22,
        erwerbsfaehig: true,
        taetigkeit: "studium",
        einkommen: [{ art: "minijob_pauschal", brutto_monat: 556 }],
      },
    ],
  },
  {
    stichtag: STICHTAG,
    wohnort: { plz: "01067" },
    wohnen: { art: "eigentum", wohnkosten_monat: 380, heizkosten_monat: 120 },
    vermoegen: 8000,
    personen: [
      { rolle: "antragsteller", alter: 72, taetigkeit: "rente", einkommen: [{ art: "rente", brutto_monat: 1040, kranken_pflegeversicherung: true, grundrentenzeiten_jahre: 35 }] },
      { rolle: "partner", alter: 68, taetigkeit: "rente", pflegegrad: 2, einkommen: [{ art: "rente", brutto_monat: 610, kranken_pflegeversicherung: true }] },
    ],
  },
  {
    stichtag: STICHTAG,
    wohnort: { plz: "20095" },
    wohnen: { art: "miete", wohnkosten_monat: 520, heizkosten_monat: 75 },
    personen: [
      { rolle: "antragsteller", alter: 45, erwerbsfaehig: false, grad_der_behinderung: 80, pflegegrad: 3, einkommen: [{ art: "rente", brutto_monat: 780 }] },
    ],
  },
  {
    stichtag: "2025-06-01",
    wohnort: { plz: "39104" },
    wohnen: { art: "miete", wohnkosten_monat: 350, heizkosten_monat: 60 },
    personen: [{ rolle: "antragsteller", alter: 19, erwerbsfaehig: true, taetigkeit: "ausbildung", einkommen: [erwerb(980, 780)] }],
  },
  { stichtag: STICHTAG, wohnen: { art: "ohne_wohnung" }, personen: [{ rolle: "antragsteller", alter: 40, erwerbsfaehig: true, taetigkeit: "arbeitslos" }] },
  { personen: [{ rolle: "antragsteller" }] },
];



const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
const verdict = (p95: number, target: number) => `Ziel p95 ≤ ${target} ms: ${p95 <= target ? "erreicht" : "VERFEHLT"}`;

function print(title: string, unit: string, f: Figures, target: number) {
  console.log(`${title}`);
  console.log(`  ${f.count} in ${f.seconds.toFixed(2)} s → ${Math.round(f.count / f.seconds).toLocaleString("de-DE")} ${unit}/s`);
  console.log(`  p50 ${ms(f.p50)} · p95 ${ms(f.p95)} · p99 ${ms(f.p99)} · ${verdict(f.p95, target)}`);
}

function timeEach(iterations: number, run: (index: number) => void): Figures {
  const samples: number[] = new Array(iterations);
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    run(i);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return figures(samples, Number(process.hrtime.bigint() - started) / 1e9);
}

function benchEngine() {
  const households: Household[] = MIX.map((facts, i) => {
    const parsed = parseFacts(facts, STICHTAG);
    if (!parsed.ok) throw new Error(`Haushalt ${i} ungültig: ${JSON.stringify(parsed.issues)}`);
    return parsed.household;
  });
  for (let i = 0; i < ENGINE_WARMUP; i++) evaluateAll(households[i % households.length]!);
  print(
    `(a) Engine: evaluateAll, ${households.length} Haushalte im Wechsel, nach ${ENGINE_WARMUP} Aufwärmläufen`,
    "Auswertungen",
    timeEach(ENGINE_ITERATIONS, (i) => evaluateAll(households[i % households.length]!)),
    ENGINE_TARGET_P95_MS,
  );
  print(
    "    mit Prüfen der Angaben und API-Antwort (ohne HTTP)",
    "Auswertungen",
    timeEach(ENGINE_ITERATIONS, (i) => leistungscheck(MIX[i % MIX.length], STICHTAG)),
    ENGINE_TARGET_P95_MS,
  );
}

async function benchHttp() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sozialplattform-bench-"));
  try {
    const server = await startBuiltServer({
      dataDir,
      rateLimitPerMinute: 1_000_000,
      timeoutMs: 60_000,
      ready: async (base) => {
        const response = await fetch(`${base}/api/v1/openapi.json`);
        if (!response.ok) throw new Error(`GET /api/v1/openapi.json antwortet ${response.status}: Ist der Build aktuell? (npm run build)`);
        return true;
      },
    });
    try {
      // A plain keep-alive client, lighter than fetch, so the server gets most of the CPU it shares with it.
      const agent = new http.Agent({ keepAlive: true, maxSockets: HTTP_CLIENTS });
      const bodies = MIX.map((facts) => Buffer.from(JSON.stringify(facts)));
      const post = (i: number) =>
        new Promise<void>((resolve, reject) => {
          const body = bodies[i % bodies.length]!;
          const request = http.request(
            { host: "127.0.0.1", port: server.port, path: "/api/v1/leistungscheck", method: "POST", agent, headers: { "Content-Type": "application/json", "Content-Length": body.length } },
            (response) => {
              response.resume();
              response.on("error", reject);
              response.on("end", () =>
                response.statusCode === 200 ? resolve() : reject(new Error(`Antwort ${response.statusCode} für Haushalt ${i % bodies.length}`)),
              );
            },
          );
          request.on("error", reject);
          request.end(body);
        });
      const load = { clients: HTTP_CLIENTS, timeLimitMs: HTTP_TIME_LIMIT_MS, request: post };
      await closedLoop({ ...load, total: HTTP_WARMUP });
      const samples: number[] = [];
      const cpuBefore = server.cpuMs();
      const seconds = await closedLoop({ ...load, total: HTTP_REQUESTS, samples });
      const cpuPerRequest = (server.cpuMs() - cpuBefore) / samples.length;
      agent.destroy();
      print(
        `(b) HTTP: POST /api/v1/leistungscheck, ${HTTP_CLIENTS} gleichzeitige Clients über 127.0.0.1, Produktions-Build, nach ${HTTP_WARMUP} Aufwärmanfragen`,
        "Anfragen",
        figures(samples, seconds),
        HTTP_TARGET_P95_MS,
      );
      console.log(`  Server-CPU je Anfrage ${cpuPerRequest.toFixed(3)} ms (Nutzer + System, unabhängig von der übrigen Last)`);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`Leistungs-Check-Benchmark · Node ${process.version} · ${os.cpus().length} CPU · Last ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
try {
  benchEngine();
  await benchHttp();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
