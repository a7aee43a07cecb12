/** The audit log view's scope (issue 5): each tenant's admins see their own entries, platform admins all, newest first, paged. */
import { describe, expect, it } from "vitest";
import type { Actor } from "../../../domain/accounts/permissions";
import { buildTraeger } from "../../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { recordAudit } from "../../audit.server";
import { listAuditLog } from "../audit-log.server";

const actor = (memberships: Actor["memberships"]): Actor => ({ benutzerId: "00000000-0000-4000-8000-000000000001", anzeigename: "Test", istPersonal: true, memberships });
const none = { traegerId: null, beratungsstelleId: null, kommuneId: null };

describe.each(testDatabaseKinds)("audit log view (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("shows each tenant its own entries, newest first, with labels and changed fields", async () => {
    const { prisma } = database();
    const a = await prisma.traeger.create({ data: buildTraeger(0, { name: "Protokoll A" }) });
    const b = await prisma.traeger.create({ data: buildTraeger(1, { name: "Protokoll B" }) });
    const kommune = await prisma.kommune.create({ data: { ags: "09162000", name: "Demo-Stadt", plz: ["80331"] } });
    const by = { benutzerId: null, anzeigename: "Jemand" };
    for (let i = 0; i < 3; i++) {
      await recordAudit(prisma, by, { aktion: "mitgliedschaft.rolle_geaendert", objektTyp: "mitgliedschaft", objektId: `m${i}`, traegerId: a.id, details: { person: `P${i}`, felder: { rolle: ["berater", "stellenleitung"] } } });
    }
    await recordAudit(prisma, by, { aktion: "traeger.geaendert", objektTyp: "traeger", objektId: b.id, traegerId: b.id, details: { felder: { name: ["Alt", "Protokoll B"] } } });
    await recordAudit(prisma, by, { aktion: "kommune.geaendert", objektTyp: "kommune", objektId: kommune.id, kommuneId: kommune.id });

    const adminA = await listAuditLog(prisma, actor([{ ...none, rolle: "traeger_admin", traegerId: a.id }]), { proSeite: 2 });
    expect(adminA).toMatchObject({ gesamt: 3, seiten: 2, seite: 1, typen: ["mitgliedschaft"] });
    expect(adminA!.eintraege.map((e) => e.person)).toEqual(["P2", "P1"]);
    expect(adminA!.eintraege[0]).toMatchObject({ aktion: "Rolle geändert", objektTyp: "Rolle (Mitgliedschaft)", aenderungen: ["Rolle: Beratung → Leitung einer Beratungsstelle"] });
    expect((await listAuditLog(prisma, actor([{ ...none, rolle: "traeger_admin", traegerId: a.id }]), { proSeite: 2, seite: 2 }))!.eintraege.map((e) => e.person)).toEqual(["P0"]);

    const adminB = await listAuditLog(prisma, actor([{ ...none, rolle: "traeger_admin", traegerId: b.id }]), {});
    expect(adminB!.eintraege).toMatchObject([{ aktion: "Träger geändert", person: "Protokoll B", aenderungen: ["Name: Alt → Protokoll B"] }]);
    expect((await listAuditLog(prisma, actor([{ ...none, rolle: "kommune_redaktion", kommuneId: kommune.id }]), {}))!.gesamt).toBe(1);
    // A Stellenleitung has no access; platform admins see everything and can filter.
    expect(await listAuditLog(prisma, actor([{ ...none, rolle: "stellenleitung", beratungsstelleId: "00000000-0000-4000-8000-000000000002" }]), {})).toBeNull();
    const all = await listAuditLog(prisma, actor([{ ...none, rolle: "plattform_admin" }]), { objektTyp: "traeger" });
    expect(all!.gesamt).toBe(1);
    expect((await listAuditLog(prisma, actor([{ ...none, rolle: "plattform_admin" }]), {}))!.gesamt).toBe(5);
  });
});
