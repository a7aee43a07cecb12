/**
 * The server process as a newcomer or operator meets it: bad configuration, a busy port, a
 * clean Ctrl-C, data kept across restarts, and migrations on PostgreSQL. Runs the production
 * bundle (build/server/index.js), so `npm run build` must have run (npm test does it first).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = path.join(root, "build/server/index.js");
const dataDirs: string[] = [];

function freshDataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "sozialplattform-start-"));
  dataDirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type Run = { child: ChildProcess; output: () => { stdout: string; stderr: string }; exit: Promise<number | null> };

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: "warn", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exit };
}

async function waitForHealth(port: number, run: Run, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`server exited: ${run.output().stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: response.status, body: await response.json() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`no /healthz within ${timeoutMs} ms`);
}

async function stop(run: Run) {
  run.child.kill("SIGINT");
  return run.exit;
}

beforeAll(() => {
  if (!existsSync(entry)) throw new Error("build/server/index.js fehlt – zuerst `npm run build` ausführen");
});
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe("invalid configuration", () => {
  it.each([
    [{ PORT: "abc" }, /^Ungültige Konfiguration – PORT: /],
    [{ DATABASE_URL: "nonsense" }, /^Ungültige Konfiguration – DATABASE_URL: /],
    [{ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x" }, /SESSION_SECRET/],
  ])("%o exits ≠ 0 with one clear line", async (env, message) => {
    const run = start({ DATA_DIR: freshDataDir(), ...env });
    expect(await run.exit).not.toBe(0);
    const { stderr } = run.output();
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });
});

describe("a fresh start on embedded defaults", () => {
  it("serves, stops cleanly on Ctrl-C and keeps its data for the next start", async () => {
    const dataDir = freshDataDir();
    const port = await freePort();
    const first = start({ DATA_DIR: dataDir, PORT: String(port) });
    const health = await waitForHealth(port, first);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: "ok", database: { ok: true, kind: "pglite" } });
    const documents = health.body.search.documents;
    expect(documents).toBeGreaterThan(0);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain("Hilfe finden, die Ihnen zusteht");
    expect(first.output().stdout).toContain(`http://localhost:${port}`);
    expect(await stop(first)).toBe(0);

    const second = start({ DATA_DIR: dataDir, PORT: String(port) });
    const again = await waitForHealth(port, second);
    expect(again.body.search.documents).toBe(documents);
    expect(await stop(second)).toBe(0);
    expect(second.output().stderr).toBe("");
  }, 120_000);

  it("explains a busy port in one line", async () => {
    const blocker = createServer().listen(0);
    await new Promise((resolve) => blocker.once("listening", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = start({ DATA_DIR: freshDataDir(), PORT: String(port) });
      expect(await run.exit).toBe(1);
      const lines = run.output().stderr.trim().split("\n");
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^Port ${port} ist bereits belegt\\.`))]);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)("with DATABASE_URL on PostgreSQL (TEST_DATABASE_URL)", () => {
  const name = `sozial_start_${process.pid}_${Date.now()}`;
  const admin = () => new pg.Client({ connectionString: adminUrl });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("applies the migrations there and starts without demo data", async () => {
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    const port = await freePort();
    const run = start({ DATA_DIR: freshDataDir(), PORT: String(port), DATABASE_URL: url.toString() });
    const health = await waitForHealth(port, run);
    expect(health.body).toMatchObject({ status: "ok", database: { ok: true, kind: "postgresql" }, search: { documents: 0 } });
    expect(await stop(run)).toBe(0);

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
  }, 120_000);
});
