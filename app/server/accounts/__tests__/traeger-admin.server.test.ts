/** Träger management (issue 5): creating with the first admin's invitation, editing with audit and search outbox entries for its centres. */
import { describe, expect, it } from "vitest";
import type { Actor } from "../../../domain/accounts/permissions";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { createTraegerWithAdmin, listEditableTraeger, loadTraeger, saveTraegerProfile } from "../traeger-admin.server";

const none = { traegerId: null, beratungsstelleId: null, kommuneId: null };
const actor = (memberships: Actor["memberships"]): Actor => ({ benutzerId: "00000000-0000-4000-8000-000000000009", anzeigename: "Demo-Admin", istPersonal: true, memberships });
const plattform = actor([{ ...none, rolle: "plattform_admin" }]);

describe.each(testDatabaseKinds)("Träger management (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("creates a Träger with an invited traeger_admin; only platform admins may", async () => {
    const { prisma } = database();
    const input = { name: "Demo-Träger Neu", verband: "sonstige" as const, website: null, adminEmail: "Erste@demo.invalid", adminName: "Erste Admin", now: new Date(), publicUrl: "http://localhost" };
    const created = await createTraegerWithAdmin(prisma, plattform, input);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const admin = await prisma.benutzer.findUniqueOrThrow({ where: { email: "erste@demo.invalid" }, include: { mitgliedschaften: true } });
    expect(admin.mitgliedschaften).toMatchObject([{ rolle: "traeger_admin", traegerId: created.traegerId }]);
    expect(await prisma.protokoll.count({ where: { traegerId: created.traegerId, aktion: { in: ["traeger.angelegt", "benutzer.eingeladen"] } } })).toBe(2);
    expect(await createTraegerWithAdmin(prisma, plattform, input)).toEqual({ ok: false, code: "name_vergeben" });
    expect(await createTraegerWithAdmin(prisma, plattform, { ...input, name: "Demo-Träger Zwei" })).toEqual({ ok: false, code: "email_vergeben" });
    expect(await prisma.traeger.count({ where: { name: "Demo-Träger Zwei" } })).toBe(0);
    const traegerAdmin = actor([{ ...none, rolle: "traeger_admin", traegerId: created.traegerId }]);
    await expect(createTraegerWithAdmin(prisma, traegerAdmin, { ...input, name: "Demo-Träger Drei", adminEmail: "drei@demo.invalid" })).rejects.toMatchObject({ status: 403 });
    expect((await listEditableTraeger(prisma, traegerAdmin)).traeger.map((t) => t.id)).toEqual([created.traegerId]);
  });

  it("edits the profile with an audit entry and queues its centres for the search index", async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(3, { name: "Demo-Träger Alt" }) });
    const stelle = await prisma.beratungsstelle.create({ data: buildBeratungsstelle(0, traeger.id, { slug: "demo-traeger-edit" }) });
    const before = (await loadTraeger(prisma, traeger.id))!;
    const admin = actor([{ ...none, rolle: "traeger_admin", traegerId: traeger.id }]);
    expect(await saveTraegerProfile(prisma, admin, before, { name: before.name, verband: before.verband, website: before.website })).toEqual({ ok: true, changed: false });
    expect(await saveTraegerProfile(prisma, admin, before, { name: "Demo-Träger Neu benannt", verband: before.verband, website: "https://www.example.org" })).toEqual({ ok: true, changed: true });
    const [entry] = await prisma.protokoll.findMany({ where: { aktion: "traeger.geaendert", objektId: traeger.id } });
    expect(entry).toMatchObject({ traegerId: traeger.id, details: { felder: { name: ["Demo-Träger Alt", "Demo-Träger Neu benannt"], website: [null, "https://www.example.org"] } } });
    expect(await prisma.searchOutbox.count({ where: { centreId: stelle.id } })).toBeGreaterThan(0);
  });
});
