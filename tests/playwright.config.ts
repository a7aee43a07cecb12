/**
 * End-to-end tests against the production build on embedded defaults (fresh PGlite in a
 * temporary DATA_DIR, demo data, embedded search), on a free port. Two projects run the same
 * journeys: with JavaScript and without. System Chromium is used when present (CHROMIUM_PATH or
 * /usr/bin/chromium), Playwright's own browser otherwise.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The config is evaluated in the runner and again in every worker: fix the port and data
// directory once in the environment so all of them agree.
process.env.E2E_PORT ??= String(20000 + (process.pid % 20000));
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "sozialplattform-e2e-"));
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;

const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
// A fake camera and microphone that need no permission prompt (video.spec.ts); a page that wants
// to see a refusal stubs getUserMedia instead.
const fakeMedia = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"];
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        ...fakeMedia,
      ],
    }
  : { args: fakeMedia };

export default defineConfig({
  testDir: "e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Journeys run axe on every state and, without JavaScript, copy each page into a second
  // context for it: on a shared two-core CI machine one test can take over a minute. These are
  // functional checks, not timing checks (performance is measured by tests/bench).
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: { baseURL, locale: "de-DE", timezoneId: "Europe/Berlin", launchOptions, trace: "retain-on-failure" },
  projects: [
    { name: "js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: true } },
    // HTTP-level checks (security.spec.ts) do not depend on the browser's JavaScript: run them once.
    { name: "no-js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false }, testIgnore: /security\.spec\.ts/ },
  ],
  webServer: {
    command: "node build/server/index.js",
    cwd: "..",
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR,
      DEMO_DATA: "true",
      E2E_TEST_ROUTES: "true",
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "100000",
      DATABASE_URL: "",
      MEILI_HOST: "",
      REDIS_URL: "",
    },
  },
});
