// `npm test`: the whole suite, in order — typecheck, lint, production build, unit and process
// tests (Vitest), end-to-end tests (Playwright, with and without JavaScript). Stops at the first failing
// stage and exits non-zero; ends with one summary line "Tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = mkdtempSync(path.join(tmpdir(), "sozialplattform-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} fehlgeschlagen (${seconds} s)`);
    return false;
  }
  console.log(`✔ ${label} (${seconds} s)`);
  return true;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

function finish(ok) {
  rmSync(reports, { recursive: true, force: true });
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");
const e2eData = mkdtempSync(path.join(tmpdir(), "sozialplattform-e2e-"));

const stages = [
  () => run("Prisma-Client erzeugen", "npm", ["run", "--silent", "build:prisma"]),
  () => run("Typprüfung", "npx", ["tsc", "--noEmit"]),
  () => run("Lint", "npx", ["eslint", "."]),
  // Built before the unit stage: tests/__tests__/startup.test.ts starts the real server bundle.
  () => run("Produktions-Build", "npm", ["run", "--silent", "build"]),
  () => {
    const ok = run("Unit- und Datenbanktests (Vitest)", "npx", [
      "vitest", "run", "--config", "tests/vitest.config.ts",
      "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`,
    ]);
    countVitest(vitestReport);
    return ok;
  },
  async () => {
    const ok = run("Ende-zu-Ende-Tests (Playwright, mit und ohne JavaScript)", "npx", [
      "playwright", "test", "--config", "tests/playwright.config.ts",
    ], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, E2E_PORT: String(await freePort()), E2E_DATA_DIR: e2eData });
    countPlaywright(playwrightReport);
    rmSync(e2eData, { recursive: true, force: true });
    return ok;
  },
];

if (process.env.TEST_DATABASE_URL) console.log(`Datenbanktests zusätzlich auf PostgreSQL (TEST_DATABASE_URL).`);
for (const stage of stages) {
  if (!(await stage())) finish(false);
}
finish(true);
