/**
 * Staff management (issue 5) against a real database: who sees whom, who may grant which role
 * where, the guards (no role beyond the scope, not oneself, never the last traeger_admin of a
 * Träger), cross-tenant ids answering "nicht_gefunden", sessions ending on deactivation and an
 * audit entry for every change.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "../../../domain/accounts/permissions";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { createStaff } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { PrismaClient } from "../../generated/prisma/client";
import { createSession } from "../../auth/sessions.server";
import {
  assignMembership,
  changeMembershipRole,
  grantablePlaces,
  inviteStaffMember,
  listStaff,
  parseZiel,
  removeMembership,
  resendStaffInvitation,
  setStaffActive,
  staffDetail,
} from "../staff.server";

const NOW = new Date("2026-03-02T09:00:00Z");
const URL_BASE = "http://localhost";

async function actorOf(prisma: PrismaClient, benutzerId: string): Promise<Actor> {
  const b = await prisma.benutzer.findUniqueOrThrow({
    where: { id: benutzerId },
    select: { id: true, anzeigename: true, istPersonal: true, mitgliedschaften: { select: { rolle: true, traegerId: true, beratungsstelleId: true, kommuneId: true } } },
  });
  return { benutzerId: b.id, anzeigename: b.anzeigename, istPersonal: b.istPersonal, memberships: b.mitgliedschaften };
}

describe.each(testDatabaseKinds)("staff management (%s)", (kind) => {
  const database = useTestDatabase(kind);

  async function world() {
    const { prisma } = database();
    const n = Math.floor(Math.random() * 1e6);
    const caritas = await prisma.traeger.create({ data: buildTraeger(0, { name: `Caritas Test ${n}` }) });
    const diakonie = await prisma.traeger.create({ data: buildTraeger(1, { name: `Diakonie Test ${n}` }) });
    const stelleC = await prisma.beratungsstelle.create({ data: buildBeratungsstelle(0, caritas.id, { slug: `c-${n}` }) });
    const stelleC2 = await prisma.beratungsstelle.create({ data: buildBeratungsstelle(1, caritas.id, { slug: `c2-${n}` }) });
    const stelleD = await prisma.beratungsstelle.create({ data: buildBeratungsstelle(2, diakonie.id, { slug: `d-${n}` }) });
    const adminC = await createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId: caritas.id }, anzeigename: "Admin Caritas" });
    const adminD = await createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId: diakonie.id }, anzeigename: "Admin Diakonie" });
    const leitungC = await createStaff(prisma, { rolle: "stellenleitung", scope: { beratungsstelleId: stelleC.id }, anzeigename: "Leitung C" });
    const beraterC = await createStaff(prisma, { rolle: "berater", scope: { beratungsstelleId: stelleC.id }, anzeigename: "Beratung C" });
    const beraterD = await createStaff(prisma, { rolle: "berater", scope: { beratungsstelleId: stelleD.id }, anzeigename: "Beratung D" });
    const plattform = await createStaff(prisma, { rolle: "plattform_admin", anzeigename: "Plattform" });
    return { prisma, caritas, diakonie, stelleC, stelleC2, stelleD, adminC, adminD, leitungC, beraterC, beraterD, plattform };
  }

  const membershipOf = (prisma: PrismaClient, benutzerId: string) => prisma.mitgliedschaft.findFirstOrThrow({ where: { benutzerId } });
  const auditOf = (prisma: PrismaClient, aktion: string, objektId: string) => prisma.protokoll.findMany({ where: { aktion, objektId } });

  it("lists staff by scope: Träger admin its Träger and centres, Stellenleitung its centre, platform admin all", async () => {
    const w = await world();
    const namesFor = async (id: string) => (await listStaff(w.prisma, await actorOf(w.prisma, id))).map((s) => s.anzeigename);
    const adminView = await namesFor(w.adminC.benutzerId);
    expect(adminView).toEqual(expect.arrayContaining(["Admin Caritas", "Leitung C", "Beratung C"]));
    expect(adminView).not.toContain("Beratung D");
    expect(adminView).not.toContain("Admin Diakonie");
    const leitungView = await namesFor(w.leitungC.benutzerId);
    expect(leitungView.sort()).toEqual(["Beratung C", "Leitung C"]);
    expect(await namesFor(w.beraterC.benutzerId)).toEqual([]);
    expect(await namesFor(w.plattform.benutzerId)).toEqual(expect.arrayContaining(["Admin Caritas", "Admin Diakonie", "Beratung D", "Plattform"]));
  });

  it("invites only with roles in the actor's scope and writes the audit entry", async () => {
    const w = await world();
    const leitung = await actorOf(w.prisma, w.leitungC.benutzerId);
    const input = { anzeigename: "Neu", now: NOW, publicUrl: URL_BASE };
    // A Stellenleitung grants berater at its centre, nothing higher, nothing elsewhere.
    expect(await inviteStaffMember(w.prisma, leitung, { ...input, email: "a@demo.invalid", ziel: { art: "stelle", id: w.stelleC.id }, rolle: "stellenleitung" })).toEqual({ ok: false, code: "rolle_nicht_erlaubt" });
    // Places beyond its reach are refused as such (the routes answer 403), not as a role question.
    expect(await inviteStaffMember(w.prisma, leitung, { ...input, email: "a@demo.invalid", ziel: { art: "stelle", id: w.stelleD.id }, rolle: "berater" })).toEqual({ ok: false, code: "nicht_erlaubt" });
    expect(await inviteStaffMember(w.prisma, leitung, { ...input, email: "a@demo.invalid", ziel: { art: "traeger", id: w.caritas.id }, rolle: "traeger_admin" })).toEqual({ ok: false, code: "nicht_erlaubt" });
    const ok = await inviteStaffMember(w.prisma, leitung, { ...input, email: `neu-${w.stelleC.id}@demo.invalid`, ziel: { art: "stelle", id: w.stelleC.id }, rolle: "berater" });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const [entry] = await auditOf(w.prisma, "benutzer.eingeladen", ok.benutzerId);
    expect(entry).toMatchObject({ traegerId: w.caritas.id, akteur: "Leitung C" });
    // Sending the invitation again is logged for the centre's Träger too, so its admins see it.
    expect(await resendStaffInvitation(w.prisma, leitung, { benutzerId: ok.benutzerId, now: NOW, publicUrl: URL_BASE })).toEqual({ ok: true });
    const [again] = await auditOf(w.prisma, "benutzer.einladung_erneuert", ok.benutzerId);
    expect(again).toMatchObject({ traegerId: w.caritas.id, akteur: "Leitung C" });
    // A Träger admin must not put a role into another Träger's centre, nor make platform admins.
    const admin = await actorOf(w.prisma, w.adminC.benutzerId);
    expect(await inviteStaffMember(w.prisma, admin, { ...input, email: "b@demo.invalid", ziel: { art: "stelle", id: w.stelleD.id }, rolle: "stellenleitung" })).toEqual({ ok: false, code: "nicht_erlaubt" });
    expect(await inviteStaffMember(w.prisma, admin, { ...input, email: "b@demo.invalid", ziel: { art: "plattform" }, rolle: "plattform_admin" })).toEqual({ ok: false, code: "nicht_erlaubt" });
    // Roles only at their kind of place.
    const plattform = await actorOf(w.prisma, w.plattform.benutzerId);
    expect(await inviteStaffMember(w.prisma, plattform, { ...input, email: "c@demo.invalid", ziel: { art: "traeger", id: w.caritas.id }, rolle: "berater" })).toEqual({ ok: false, code: "rolle_nicht_erlaubt" });
  });

  it("offers only places and roles the actor may grant", async () => {
    const w = await world();
    const places = await grantablePlaces(w.prisma, await actorOf(w.prisma, w.adminC.benutzerId));
    expect(places.map((p) => p.ziel).sort()).toEqual([`stelle:${w.stelleC.id}`, `stelle:${w.stelleC2.id}`, `traeger:${w.caritas.id}`].sort());
    expect(places.find((p) => p.ziel === `stelle:${w.stelleC.id}`)?.rollen).toEqual(["stellenleitung", "berater"]);
    const leitung = await grantablePlaces(w.prisma, await actorOf(w.prisma, w.leitungC.benutzerId));
    expect(leitung).toEqual([{ ziel: `stelle:${w.stelleC.id}`, label: expect.any(String) as string, rollen: ["berater"] }]);
    expect(parseZiel(`stelle:${w.stelleC.id}`)).toEqual({ art: "stelle", id: w.stelleC.id });
    expect(parseZiel("stelle:nix")).toBeNull();
  });

  it("assigns, changes and removes memberships within the scope; other tenants' ids are not found", async () => {
    const w = await world();
    const admin = await actorOf(w.prisma, w.adminC.benutzerId);
    expect(await assignMembership(w.prisma, admin, { benutzerId: w.beraterC.benutzerId, ziel: { art: "stelle", id: w.stelleC2.id }, rolle: "stellenleitung" })).toEqual({ ok: true });
    expect(await assignMembership(w.prisma, admin, { benutzerId: w.beraterC.benutzerId, ziel: { art: "stelle", id: w.stelleC2.id }, rolle: "stellenleitung" })).toEqual({ ok: false, code: "schon_mitglied" });
    const added = await w.prisma.mitgliedschaft.findFirstOrThrow({ where: { benutzerId: w.beraterC.benutzerId, beratungsstelleId: w.stelleC2.id } });
    expect(await auditOf(w.prisma, "mitgliedschaft.angelegt", added.id)).toHaveLength(1);
    // Cross-tenant: a Diakonie counsellor is not visible to the Caritas admin.
    expect(await assignMembership(w.prisma, admin, { benutzerId: w.beraterD.benutzerId, ziel: { art: "stelle", id: w.stelleC.id }, rolle: "berater" })).toEqual({ ok: false, code: "nicht_gefunden" });
    const beraterDMembership = await membershipOf(w.prisma, w.beraterD.benutzerId);
    expect(await changeMembershipRole(w.prisma, admin, { mitgliedschaftId: beraterDMembership.id, rolle: "stellenleitung" })).toEqual({ ok: false, code: "nicht_gefunden" });
    expect(await removeMembership(w.prisma, admin, { mitgliedschaftId: beraterDMembership.id })).toEqual({ ok: false, code: "nicht_gefunden" });
    expect(await staffDetail(w.prisma, admin, w.beraterD.benutzerId)).toBeNull();

    const beraterMembership = await w.prisma.mitgliedschaft.findFirstOrThrow({ where: { benutzerId: w.beraterC.benutzerId, beratungsstelleId: w.stelleC.id } });
    // A Stellenleitung cannot promote to Stellenleitung; a Träger admin can, and not to traeger_admin.
    const leitung = await actorOf(w.prisma, w.leitungC.benutzerId);
    expect(await changeMembershipRole(w.prisma, leitung, { mitgliedschaftId: beraterMembership.id, rolle: "stellenleitung" })).toEqual({ ok: false, code: "rolle_nicht_erlaubt" });
    expect(await changeMembershipRole(w.prisma, admin, { mitgliedschaftId: beraterMembership.id, rolle: "traeger_admin" })).toEqual({ ok: false, code: "rolle_nicht_erlaubt" });
    expect(await changeMembershipRole(w.prisma, admin, { mitgliedschaftId: beraterMembership.id, rolle: "stellenleitung" })).toEqual({ ok: true });
    const [changed] = await auditOf(w.prisma, "mitgliedschaft.rolle_geaendert", beraterMembership.id);
    expect(changed).toMatchObject({ traegerId: w.caritas.id, details: { felder: { rolle: ["berater", "stellenleitung"] } } });
    // Now a Stellenleitung like itself: the other Stellenleitung may no longer touch it.
    expect(await removeMembership(w.prisma, leitung, { mitgliedschaftId: beraterMembership.id })).toEqual({ ok: false, code: "nicht_erlaubt" });
    expect(await removeMembership(w.prisma, admin, { mitgliedschaftId: beraterMembership.id })).toEqual({ ok: true, benutzerId: w.beraterC.benutzerId });
    expect(await auditOf(w.prisma, "mitgliedschaft.entfernt", beraterMembership.id)).toHaveLength(1);
  });

  it("never removes or deactivates the last traeger_admin of a Träger", async () => {
    const w = await world();
    const plattform = await actorOf(w.prisma, w.plattform.benutzerId);
    const adminMembership = await membershipOf(w.prisma, w.adminC.benutzerId);
    expect(await removeMembership(w.prisma, plattform, { mitgliedschaftId: adminMembership.id })).toEqual({ ok: false, code: "letzter_traeger_admin" });
    expect(await setStaffActive(w.prisma, plattform, { benutzerId: w.adminC.benutzerId, aktiv: false })).toEqual({ ok: false, code: "letzter_traeger_admin" });
    expect((await staffDetail(w.prisma, plattform, w.adminC.benutzerId))?.letzterTraegerAdmin).toBe(true);
    // With a second admin, the first can go.
    const second = await createStaff(w.prisma, { rolle: "traeger_admin", scope: { traegerId: w.caritas.id } });
    expect(await removeMembership(w.prisma, await actorOf(w.prisma, second.benutzerId), { mitgliedschaftId: adminMembership.id })).toEqual({ ok: true, benutzerId: w.adminC.benutzerId });
  });

  it("deactivates (ending all sessions) and reactivates, never oneself, never beyond the scope", async () => {
    const w = await world();
    const admin = await actorOf(w.prisma, w.adminC.benutzerId);
    const leitung = await actorOf(w.prisma, w.leitungC.benutzerId);
    expect(await setStaffActive(w.prisma, admin, { benutzerId: w.adminC.benutzerId, aktiv: false })).toEqual({ ok: false, code: "selbst" });
    expect(await setStaffActive(w.prisma, leitung, { benutzerId: w.leitungC.benutzerId, aktiv: false })).toEqual({ ok: false, code: "selbst" });
    expect(await setStaffActive(w.prisma, admin, { benutzerId: w.beraterD.benutzerId, aktiv: false })).toEqual({ ok: false, code: "nicht_gefunden" });
    // The Stellenleitung sees the Träger admin only if it has a membership at the centre – here not at all.
    expect(await setStaffActive(w.prisma, leitung, { benutzerId: w.adminC.benutzerId, aktiv: false })).toEqual({ ok: false, code: "nicht_gefunden" });

    await createSession(w.prisma, { benutzerId: w.beraterC.benutzerId, zweiterFaktor: true, now: NOW });
    expect(await w.prisma.sitzung.count({ where: { benutzerId: w.beraterC.benutzerId } })).toBe(1);
    expect(await setStaffActive(w.prisma, leitung, { benutzerId: w.beraterC.benutzerId, aktiv: false })).toEqual({ ok: true });
    expect(await w.prisma.benutzer.findUniqueOrThrow({ where: { id: w.beraterC.benutzerId } })).toMatchObject({ aktiv: false });
    expect(await w.prisma.sitzung.count({ where: { benutzerId: w.beraterC.benutzerId } })).toBe(0);
    expect(await auditOf(w.prisma, "benutzer.deaktiviert", w.beraterC.benutzerId)).toMatchObject([{ traegerId: w.caritas.id }]);
    expect(await setStaffActive(w.prisma, leitung, { benutzerId: w.beraterC.benutzerId, aktiv: true })).toEqual({ ok: true });
    expect(await auditOf(w.prisma, "benutzer.reaktiviert", w.beraterC.benutzerId)).toHaveLength(1);

    // A counsellor who is also Stellenleitung elsewhere is beyond a Stellenleitung's reach.
    await w.prisma.mitgliedschaft.create({ data: { benutzerId: w.beraterC.benutzerId, rolle: "stellenleitung", beratungsstelleId: w.stelleC2.id } });
    expect(await setStaffActive(w.prisma, leitung, { benutzerId: w.beraterC.benutzerId, aktiv: false })).toEqual({ ok: false, code: "nicht_erlaubt" });
  });
});
