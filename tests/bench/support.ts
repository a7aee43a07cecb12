/**
 * What the HTTP benchmarks share: starting the production build on a free loopback port, a
 * closed-loop load of N concurrent clients (bounded in count and time), and the figures printed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

export type BuiltServer = { port: number; stop(): Promise<void> };

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
  const child: ChildProcess = spawn(process.execPath, [serverEntry], {
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
        return { port, stop };
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
