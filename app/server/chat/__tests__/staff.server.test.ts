/** The /chat handshake's staff check: session cookie with second factor, active staff, counselling centres only. */
import { describe, expect, it } from "vitest";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { createStaff } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { createSession, sessionCookie } from "../../auth/sessions.server";
import { socketStaffAuthenticator } from "../staff.server";

describe.each(testDatabaseKinds)("socketStaffAuthenticator (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("recognises a counsellor's session with second factor and names their centres; nobody else", async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(0) });
    const centre = await prisma.beratungsstelle.create({ data: buildBeratungsstelle(0, traeger.id, { kanaele: ["chat"] }) });
    const counsellor = await createStaff(prisma, { rolle: "berater", scope: { beratungsstelleId: centre.id } });
    const admin = await createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId: traeger.id } });
    const cookie = sessionCookie(false);
    const header = async (benutzerId: string, zweiterFaktor: boolean) => (await cookie.serialize(await createSession(prisma, { benutzerId, zweiterFaktor, now: new Date() }))).split(";")[0];
    const authenticate = socketStaffAuthenticator(prisma, false);

    expect(await authenticate(await header(counsellor.benutzerId, true))).toEqual({ benutzerId: counsellor.benutzerId, beratungsstelleIds: [centre.id] });
    expect(await authenticate(await header(counsellor.benutzerId, false))).toBeNull();
    expect(await authenticate(await header(admin.benutzerId, true))).toBeNull();
    expect(await authenticate("sp_sitzung=erfunden")).toBeNull();
    expect(await authenticate(undefined)).toBeNull();
    await prisma.benutzer.update({ where: { id: counsellor.benutzerId }, data: { aktiv: false } });
    expect(await authenticate(await header(counsellor.benutzerId, true))).toBeNull();
  }, 60_000);
});
