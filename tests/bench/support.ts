/**
 * What the HTTP benchmarks share: starting the production build on a free loopback port, a
 * closed-loop load of N concurrent clients (bounded in count and time), and the figures printed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../app/server/db.server";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const serverEntry = path.join(root, "build/server/index.js");

export type Figures = { count: number; seconds: number; p50: number; p95: number; p99: number };

export function figures(samplesMs: number[], seconds: number): Figures {
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

/**
 * `cpuMs()` is the CPU time (user + system) the server process has used so far, read from
 * /proc (Linux; NaN elsewhere): per request, it hardly depends on what else the machine runs,
 * unlike latency, so it shows whether a change made the server cheaper even on a busy machine.
 */
export type BuiltServer = { port: number; cpuMs(): number; stop(): Promise<void> };

const CLOCK_TICKS_PER_SECOND = 100;

function processCpuMs(pid: number | undefined): number {
  try {
    // Fields after the command name "(…)": state is 3rd, utime 14th and stime 15th of the line.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/**
 * Starts `build/server/index.js` with NODE_ENV=production on 127.0.0.1 and resolves once
 * `ready(base)` says so (it may throw to abort, e.g. on a stale build).
 */
export async function startBuiltServer(options: {
  dataDir: string;
  rateLimitPerMinute: number;
  timeoutMs: number;
  ready: (base: string) => Promise<boolean>;
  /** More environment for the server, e.g. DATABASE_URL and the secrets it then requires. */
  env?: Record<string, string>;
}): Promise<BuiltServer> {
  if (!existsSync(serverEntry)) throw new Error("build/server/index.js fehlt – zuerst `npm run build` ausführen");
  const port = await freePort();
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, serverEntry], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: options.dataDir,
      LOG_LEVEL: "warn",
      DEMO_DATA: "false",
      RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGINT");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + options.timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`Server beendet: ${output}`);
      if (await options.ready(base).catch((error: unknown) => (error instanceof TypeError ? false : Promise.reject(error)))) {
        return { port, cpuMs: () => processCpuMs(child.pid), stop };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Server nicht innerhalb von ${options.timeoutMs / 1000} s bereit`);
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * `clients` concurrent loops send `request(i)` until `total` requests are done or `timeLimitMs`
 * has passed; returns the elapsed seconds and pushes each latency (ms) into `samples` if given.
 */
export async function closedLoop(options: {
  clients: number;
  total: number;
  timeLimitMs: number;
  request: (i: number) => Promise<void>;
  samples?: number[];
}): Promise<number> {
  let next = 0;
  const stopAt = Date.now() + options.timeLimitMs;
  const client = async () => {
    while (next < options.total && Date.now() < stopAt) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      await options.request(i);
      options.samples?.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: options.clients }, client));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * Runs `run` against a fresh PostgreSQL database created next to the one `adminUrl` names, and
 * drops it afterwards (also when `run` fails).
 */
export async function withDatabase<T>(adminUrl: string, prefix: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = await openDatabase({ databaseUrl: adminUrl });
  await admin.prisma.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.close();
  }
}
