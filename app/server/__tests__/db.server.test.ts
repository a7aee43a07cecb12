import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildBeratungsstelle, buildTraeger } from "../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../tests/support/database";
import { migrateDatabase, openDatabase } from "../db.server";

describe.each(testDatabaseKinds)("openDatabase (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("reports its kind and answers ping", async () => {
    expect(database().kind).toBe(kind);
    expect(await database().ping()).toBe(true);
  });

  it("writes and reads a Träger with its Beratungsstellen", async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(0) });
    await prisma.beratungsstelle.create({ data: buildBeratungsstelle(0, traeger.id) });

    const read = await prisma.traeger.findUniqueOrThrow({ where: { id: traeger.id }, include: { beratungsstellen: true } });
    expect(read).toMatchObject({ name: "Demo-Caritasverband Musterstadt", verband: "caritas", isDemo: true });
    expect(read.beratungsstellen.map((stelle) => [stelle.plz, stelle.themen])).toEqual([["10115", ["sucht"]]]);
    expect(read.updatedAt).toBeInstanceOf(Date);
  });

  it("rejects a duplicate key with Prisma's unique-constraint code", async () => {
    const { prisma } = database();
    await prisma.appSetting.create({ data: { key: "doppelt", value: "1" } });
    await expect(prisma.appSetting.create({ data: { key: "doppelt", value: "2" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("rejects a postcode that is not five digits", async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(1) });
    await expect(prisma.beratungsstelle.create({ data: buildBeratungsstelle(1, traeger.id, { plz: "1234" }) })).rejects.toThrow(
      /beratungsstelle_plz_check/,
    );
  });

  it("deletes a Träger's Beratungsstellen with it", async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(2) });
    await prisma.beratungsstelle.create({ data: buildBeratungsstelle(2, traeger.id) });
    await prisma.traeger.delete({ where: { id: traeger.id } });
    expect(await prisma.beratungsstelle.count({ where: { traegerId: traeger.id } })).toBe(0);
  });
});

describe("openDatabase with a PGlite data directory", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("keeps data across close and reopen", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "sozial-data-"));
    dirs.push(dataDir);

    const first = await openDatabase({ dataDir });
    expect(await migrateDatabase(first)).not.toEqual([]);
    await first.prisma.traeger.create({ data: buildTraeger(3) });
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect(await migrateDatabase(second)).toEqual([]);
      expect(await second.prisma.traeger.findMany({ select: { name: true } })).toEqual([{ name: "Demo-Paritätischer Musterverein" }]);
    } finally {
      await second.close();
    }
  });

  it("refuses a data directory that is already open, and frees it on close", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "sozial-data-"));
    dirs.push(dataDir);

    const first = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toThrow(/schon von Prozess \d+ geöffnet/);
    await first.close();
    const second = await openDatabase({ dataDir });
    await second.close();
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "sozial-data-"));
    dirs.push(dataDir);
    await writeFile(path.join(dataDir, "pglite.lock"), "2147483646");

    const db = await openDatabase({ dataDir });
    expect(await readFile(path.join(dataDir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    await db.close();
  });

  it("answers ping with false once closed", async () => {
    const db = await openDatabase({ inMemory: true });
    await db.close();
    expect(await db.ping()).toBe(false);
  });
});
