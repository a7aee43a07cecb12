import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RETENTION } from "../../../domain/chat/retention";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../../../tests/support/database";
import { runChatRetention } from "../../jobs/chat-retention.server";
import { createMessageCipher } from "../crypto.server";
import { createChatStore } from "../store.server";

describe.each(testDatabaseKinds)("chat retention job (%s)", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  }, 60_000);
  afterAll(async () => db?.dispose());

  it("deletes an anonymous conversation closed 48 h ago with its messages, keeps younger and idle-but-recent ones", async () => {
    const { prisma } = db;
    const store = createChatStore(prisma, createMessageCipher(randomBytes(32).toString("base64")));
    const traeger = await prisma.traeger.create({ data: buildTraeger(0) });
    const centre = await prisma.beratungsstelle.create({ data: buildBeratungsstelle(0, traeger.id) });
    const start = () => store.start({ beratungsstelleId: centre.id, pseudonym: "Eule 7" });
    const closedOld = await start();
    const closedRecent = await start();
    const idle = await start();
    const active = await start();
    for (const { gespraechId } of [closedOld, closedRecent, idle, active]) {
      await store.send({ gespraechId, clientId: crypto.randomUUID(), text: "Hallo", von: "ratsuchend" });
    }
    const now = new Date("2026-12-10T12:00:00Z");
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    await store.close(closedOld.gespraechId, hoursAgo(48.1));
    await store.close(closedRecent.gespraechId, hoursAgo(47));
    await prisma.gespraech.updateMany({ data: { letzteAktivitaet: hoursAgo(1) } });
    await prisma.gespraech.update({ where: { id: idle.gespraechId }, data: { letzteAktivitaet: hoursAgo(30 * 24 + 1) } });

    expect(await runChatRetention(store, DEFAULT_RETENTION, now)).toBe(2);
    const left = (await prisma.gespraech.findMany({ select: { id: true } })).map((g) => g.id).sort();
    expect(left).toEqual([closedRecent.gespraechId, active.gespraechId].sort());
    expect(await prisma.chatNachricht.count({ where: { gespraechId: { in: [closedOld.gespraechId, idle.gespraechId] } } })).toBe(0);
    expect(await prisma.chatNachricht.count()).toBe(2);
  }, 60_000);
});
