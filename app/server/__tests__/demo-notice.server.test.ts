import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../tests/support/database";
import { createDemoDataFlag } from "../demo-notice.server";

describe.each(testDatabaseKinds)("demo data flag (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("asks the database at most once a minute", async () => {
    const { prisma } = database();
    let now = 0;
    const hasDemoData = createDemoDataFlag(prisma, () => now);
    expect(await hasDemoData()).toBe(false);
    await prisma.traeger.create({ data: { name: "Demo-Träger Test", verband: "sonstige", isDemo: true } });
    now = 59_000;
    expect(await hasDemoData()).toBe(false);
    now = 60_000;
    expect(await hasDemoData()).toBe(true);
  });
});
