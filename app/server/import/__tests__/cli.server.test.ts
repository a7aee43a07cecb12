/**
 * `npm run import:beratungsstellen` as the operator sees it: arguments, configuration from the
 * environment, the embedded database in DATA_DIR (and its lock while the app holds it), the
 * German summary, one line per invalid row and the exit codes. PostgreSQL too when
 * TEST_DATABASE_URL is set.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../../tests/support/database";
import { describeOutcome, parseCliArgs, runImportCli, USAGE } from "../run-cli.server";

const rootDir = fileURLToPath(new URL("../../../../", import.meta.url));
const fixtures = path.join(rootDir, "tests/fixtures/import");
const NOW = () => new Date("2026-11-22T10:00:00Z");

async function run(argv: string[], env: Record<string, string>) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runImportCli({ argv, env, rootDir, cwd: fixtures, output: { out: (line) => lines.push(line), err: (line) => errors.push(line) }, now: NOW });
  return { code, lines, errors };
}

describe("import command arguments and outcome", () => {
  it.each<[string[], unknown]>([
    [["datei.csv"], { ok: true, args: { file: "datei.csv", dryRun: false, skipInvalid: false } }],
    [["--dry-run", "datei.csv", "--skip-invalid"], { ok: true, args: { file: "datei.csv", dryRun: true, skipInvalid: true } }],
    [[], { ok: false, message: "Es fehlt die CSV-Datei." }],
    [["a.csv", "b.csv"], { ok: false, message: "Bitte genau eine CSV-Datei angeben." }],
    [["a.csv", "--schnell"], { ok: false, message: expect.stringContaining("--schnell") }],
  ])("reads %j", (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  const report = { gelesen: 3, neu: 2, aktualisiert: 0, unveraendert: 0, ungueltig: 1, dryRun: false, geschrieben: true, dateiUngueltig: false, traegerNeu: 1, issues: [], zeilen: [], fingerprint: "", abweichend: false, geschriebeneIds: [] };
  it.each<[string, typeof report, boolean, 0 | 1, RegExp]>([
    ["invalid rows without --skip-invalid", { ...report, geschrieben: false, neu: 0 }, false, 1, /^Nichts gespeichert: Die Datei enthält eine ungültige Zeile\./],
    ["invalid rows skipped", report, true, 0, /^Gespeichert in 1,5 s; 1 Träger neu angelegt\./],
    ["a dry run", { ...report, ungueltig: 0, dryRun: true, geschrieben: false }, false, 0, /^Probelauf \(--dry-run\): nichts gespeichert\. Es würden 1 Träger neu angelegt\./],
    ["an unreadable file", { ...report, dateiUngueltig: true }, true, 1, /^Die Datei wurde nicht importiert\.$/],
  ])("ends %s with exit code and advice", (_name, given, skipInvalid, exitCode, line) => {
    const outcome = describeOutcome(given, skipInvalid, 1500);
    expect(outcome.exitCode).toBe(exitCode);
    expect(outcome.lines[0]).toMatch(line);
  });

  it("refuses a wrong call with the usage line (exit 2) and bad configuration (exit 1)", async () => {
    expect(await run([], {})).toMatchObject({ code: 2, errors: [`Es fehlt die CSV-Datei.\n${USAGE}`] });
    const badEnv = await run(["gueltig-komma.csv"], { DATABASE_URL: "mysql://x" });
    expect(badEnv.code).toBe(1);
    expect(badEnv.errors[0]).toMatch(/^Ungültige Konfiguration – DATABASE_URL: erwartet eine URL wie postgresql:/);
  });

  it("refuses a missing file and a file that is not UTF-8", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "import-cli-"));
    try {
      await writeFile(path.join(dir, "latin1.csv"), Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x0a]));
      expect((await run([path.join(dir, "fehlt.csv")], { DATA_DIR: dir })).errors[0]).toMatch(/fehlt\.csv nicht lesbar: nicht vorhanden$/);
      expect((await run([path.join(dir, "latin1.csv")], { DATA_DIR: dir })).errors[0]).toMatch(/^Die Datei ist nicht UTF-8-kodiert\./);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("import command on the embedded database in DATA_DIR", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "import-cli-data-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("refuses while another running process holds the database, naming it", async () => {
    await writeFile(path.join(dataDir, "pglite.lock"), String(process.pid));
    const result = await run(["gueltig-komma.csv"], { DATA_DIR: dataDir });
    await rm(path.join(dataDir, "pglite.lock"));
    expect(result.code).toBe(1);
    expect(result.errors[0]).toContain(`ist schon von Prozess ${process.pid} geöffnet. Beenden Sie ihn zuerst.`);
  });

  it("rejects a file with a bad row, then imports the rest with --skip-invalid", { timeout: 180_000 }, async () => {
    const target = `eingebettete Datenbank in ${dataDir}`;
    const rejected = await run(["eine-ungueltige-zeile.csv"], { DATA_DIR: dataDir });
    expect(rejected).toMatchObject({ code: 1, errors: [] });
    expect(rejected.lines.slice(0, 2)).toEqual([`${target}: 4 Zeilen gelesen, 0 neu, 0 aktualisiert, 1 ungültig`, "Zeile 5: plz – fünfstellige Postleitzahl erwartet"]);

    const skipped = await run(["eine-ungueltige-zeile.csv", "--skip-invalid"], { DATA_DIR: dataDir });
    expect(skipped).toMatchObject({ code: 0, errors: [] });
    expect(skipped.lines[0]).toBe(`${target}: 4 Zeilen gelesen, 3 neu, 0 aktualisiert, 1 ungültig`);

    const dryRun = await run(["gueltig-semikolon.csv", "--dry-run"], { DATA_DIR: dataDir });
    expect(dryRun.lines).toEqual([`${target}: 5 Zeilen gelesen, 2 neu, 0 aktualisiert, 3 unverändert, 0 ungültig`, expect.stringMatching(/^Probelauf/)]);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("import command on PostgreSQL (DATABASE_URL)", () => {
  const database = useTestDatabase("postgresql");

  it("imports into the database DATABASE_URL names", async () => {
    const result = await run(["gueltig-komma.csv"], { DATABASE_URL: database().url });
    expect(result).toMatchObject({ code: 0, errors: [] });
    expect(result.lines[0]).toBe("PostgreSQL (DATABASE_URL): 5 Zeilen gelesen, 5 neu, 0 aktualisiert, 0 ungültig");
    expect(await database().prisma.beratungsstelle.count({ where: { veroeffentlicht: true } })).toBe(5);
  });
});
