import { describe, expect, it } from "vitest";
import { assertCan, can, grantableRoles, type Actor, type ActorMembership, type Rolle } from "../permissions";

const T1 = "traeger-1";
const T2 = "traeger-2";
const S1 = "stelle-1"; // a centre of T1
const S2 = "stelle-2"; // a centre of T2
const K1 = "kommune-1";

function actor(rolle: Rolle, scope: Partial<ActorMembership> = {}, istPersonal = rolle !== "ratsuchend"): Actor {
  return {
    benutzerId: "u",
    anzeigename: "Test",
    istPersonal,
    memberships: [{ rolle, traegerId: null, beratungsstelleId: null, kommuneId: null, ...scope }],
  };
}

const centre1 = { traegerId: T1, beratungsstelleId: S1 };
const centre2 = { traegerId: T2, beratungsstelleId: S2 };

describe("can", () => {
  it("lets a plattform_admin do everything anywhere", () => {
    const admin = actor("plattform_admin");
    expect(can(admin, "traeger.anlegen")).toBe(true);
    expect(can(admin, "beratungsstelle.bearbeiten", centre2)).toBe(true);
    expect(can(admin, "kommune.bearbeiten", { kommuneId: K1 })).toBe(true);
    expect(can(admin, "postausgang.lesen")).toBe(true);
  });

  it("lets a traeger_admin manage every centre of its Träger and nothing of another", () => {
    const admin = actor("traeger_admin", { traegerId: T1 });
    expect(can(admin, "beratungsstelle.bearbeiten", centre1)).toBe(true);
    expect(can(admin, "personal.verwalten", centre1)).toBe(true);
    expect(can(admin, "traeger.bearbeiten", { traegerId: T1 })).toBe(true);
    expect(can(admin, "beratungsstelle.bearbeiten", centre2)).toBe(false);
    expect(can(admin, "beratungsstelle.bearbeiten", { beratungsstelleId: S1 })).toBe(false); // Träger not passed
    expect(can(admin, "traeger.anlegen")).toBe(false);
    expect(can(admin, "postausgang.lesen")).toBe(false);
    expect(can(admin, "kommune.bearbeiten", { kommuneId: K1 })).toBe(false);
  });

  it("limits stellenleitung and berater to their centre, berater to reading", () => {
    const lead = actor("stellenleitung", { beratungsstelleId: S1 });
    expect(can(lead, "beratungsstelle.bearbeiten", centre1)).toBe(true);
    expect(can(lead, "beratungsstelle.bearbeiten", centre2)).toBe(false);
    expect(can(lead, "traeger.bearbeiten", { traegerId: T1 })).toBe(false);
    const counsellor = actor("berater", { beratungsstelleId: S1 });
    expect(can(counsellor, "beratungsstelle.ansehen", centre1)).toBe(true);
    expect(can(counsellor, "beratungsstelle.bearbeiten", centre1)).toBe(false);
    expect(can(counsellor, "personal.verwalten", centre1)).toBe(false);
  });

  it("lets counsellors, centre leads and Träger admins run the appointments of their centres only", () => {
    for (const holder of [actor("berater", { beratungsstelleId: S1 }), actor("stellenleitung", { beratungsstelleId: S1 }), actor("traeger_admin", { traegerId: T1 })]) {
      expect(can(holder, "termine.ansehen", centre1)).toBe(true);
      expect(can(holder, "termine.verwalten", centre1)).toBe(true);
      expect(can(holder, "termine.verwalten", centre2)).toBe(false);
    }
    expect(can(actor("kommune_redaktion", { kommuneId: K1 }), "termine.ansehen", centre1)).toBe(false);
  });

  it("limits kommune_redaktion to its Kommune", () => {
    const editor = actor("kommune_redaktion", { kommuneId: K1 });
    expect(can(editor, "kommune.bearbeiten", { kommuneId: K1 })).toBe(true);
    expect(can(editor, "kommune.bearbeiten", { kommuneId: "kommune-2" })).toBe(false);
    expect(can(editor, "beratungsstelle.bearbeiten", centre1)).toBe(false);
    // Its local offers: centres whose scope names its Kommune; another Kommune's offers are out of reach.
    expect(can(editor, "beratungsstelle.bearbeiten", { ...centre1, kommuneId: K1 })).toBe(true);
    expect(can(editor, "beratungsstelle.veroeffentlichen", { ...centre1, kommuneId: K1 })).toBe(true);
    expect(can(editor, "beratungsstelle.anlegen", { kommuneId: K1 })).toBe(true);
    expect(can(editor, "beratungsstelle.bearbeiten", { ...centre1, kommuneId: "kommune-2" })).toBe(false);
    // Reports on its local offers reach it; those on another Kommune's or on a Träger's centre do not.
    expect(can(editor, "fehlermeldung.bearbeiten", { ...centre1, kommuneId: K1 })).toBe(true);
    expect(can(editor, "fehlermeldung.bearbeiten", { ...centre1, kommuneId: "kommune-2" })).toBe(false);
    expect(can(editor, "fehlermeldung.bearbeiten", centre1)).toBe(false);
    expect(can(editor, "termine.verwalten", { ...centre1, kommuneId: K1 })).toBe(false);
  });

  it("gives help seekers and nobody nothing, and every staff role the management area", () => {
    expect(can(null, "verwaltung.betreten")).toBe(false);
    expect(can(actor("ratsuchend"), "verwaltung.betreten")).toBe(false);
    for (const rolle of ["berater", "stellenleitung", "traeger_admin", "kommune_redaktion", "plattform_admin"] as const) {
      expect(can(actor(rolle, { traegerId: T1, beratungsstelleId: S1, kommuneId: K1 }), "verwaltung.betreten")).toBe(true);
    }
  });

  it("combines several memberships", () => {
    const both: Actor = {
      ...actor("berater", { beratungsstelleId: S2 }),
      memberships: [
        { rolle: "berater", traegerId: null, beratungsstelleId: S2, kommuneId: null },
        { rolle: "stellenleitung", traegerId: null, beratungsstelleId: S1, kommuneId: null },
      ],
    };
    expect(can(both, "beratungsstelle.bearbeiten", centre1)).toBe(true);
    expect(can(both, "beratungsstelle.bearbeiten", centre2)).toBe(false);
    expect(can(both, "beratungsstelle.ansehen", centre2)).toBe(true);
  });

  it("assertCan throws a 403 Response", () => {
    expect(() => assertCan(actor("berater", { beratungsstelleId: S1 }), "beratungsstelle.bearbeiten", centre1)).toThrow(Response);
    try {
      assertCan(null, "verwaltung.betreten");
    } catch (error) {
      expect((error as Response).status).toBe(403);
    }
    expect(() => assertCan(actor("plattform_admin"), "traeger.anlegen")).not.toThrow();
  });
});

describe("grantableRoles", () => {
  it("never grants more than the actor holds at the scope", () => {
    expect(grantableRoles(actor("plattform_admin"), {})).toContain("plattform_admin");
    const admin = actor("traeger_admin", { traegerId: T1 });
    expect(grantableRoles(admin, { traegerId: T1 })).toEqual(["traeger_admin"]);
    expect(grantableRoles(admin, centre1)).toEqual(["berater", "stellenleitung"]);
    expect(grantableRoles(admin, centre2)).toEqual([]);
    expect(grantableRoles(actor("stellenleitung", { beratungsstelleId: S1 }), centre1)).toEqual(["berater"]);
    expect(grantableRoles(actor("berater", { beratungsstelleId: S1 }), centre1)).toEqual([]);
  });
});
