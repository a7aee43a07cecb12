/**
 * Who may do what where (issue 5): role × action × scope, pure. Every management loader and
 * action asks `assertCan(actor, action, scope)` with the scope of the object it touches, e.g.
 * `{ traegerId, beratungsstelleId }` of a centre — the centre's Träger must be passed in, since a
 * traeger_admin's membership names only the Träger and covers all of its centres.
 *
 * - plattform_admin: everything, everywhere.
 * - traeger_admin: its Träger and every centre of it.
 * - stellenleitung: its centre(s); berater: reads its centre(s) and runs its appointments.
 * - kommune_redaktion: its Kommune: its Zuständigkeiten and its local offers (centres whose
 *   scope names the Kommune: pass `{ traegerId, beratungsstelleId, kommuneId }` of a centre).
 * - ratsuchend: nothing in the management area.
 */
export type Rolle = "ratsuchend" | "berater" | "stellenleitung" | "traeger_admin" | "kommune_redaktion" | "plattform_admin";

export const STAFF_ROLES = ["berater", "stellenleitung", "traeger_admin", "kommune_redaktion", "plattform_admin"] as const satisfies readonly Rolle[];

export type ActorMembership = { rolle: Rolle; traegerId: string | null; beratungsstelleId: string | null; kommuneId: string | null };
export type Actor = { benutzerId: string; anzeigename: string; istPersonal: boolean; memberships: ActorMembership[] };

/** The tenant an object belongs to. For a centre pass both its Träger and its own id. */
export type Scope = { traegerId?: string | null; beratungsstelleId?: string | null; kommuneId?: string | null };

export type Action =
  /** Enter /verwaltung at all (any staff role). */
  | "verwaltung.betreten"
  | "traeger.anlegen"
  | "traeger.bearbeiten"
  | "beratungsstelle.anlegen"
  | "beratungsstelle.ansehen"
  | "beratungsstelle.bearbeiten"
  | "beratungsstelle.veroeffentlichen"
  | "fehlermeldung.bearbeiten"
  | "import.hochladen"
  /** Invite, assign, change roles and deactivate staff within the scope. */
  | "personal.verwalten"
  | "protokoll.ansehen"
  | "kommune.anlegen"
  | "kommune.bearbeiten"
  | "postausgang.lesen"
  /** See a centre's appointment agenda; act on bookings (confirm, cancel, no-show, move, block time). */
  | "termine.ansehen"
  | "termine.verwalten"
  /** Read, accept, answer and close online counselling conversations of the centre (issue 7). */
  | "gespraeche.fuehren";

/** Where a membership of a role reaches: the Träger (with its centres), the centre or the Kommune. */
type Reach = "traeger" | "beratungsstelle" | "kommune";

const RULES: Record<Exclude<Rolle, "plattform_admin" | "ratsuchend">, { reach: Reach; actions: readonly Action[] }> = {
  traeger_admin: {
    reach: "traeger",
    actions: [
      "verwaltung.betreten",
      "traeger.bearbeiten",
      "beratungsstelle.anlegen",
      "beratungsstelle.ansehen",
      "beratungsstelle.bearbeiten",
      "beratungsstelle.veroeffentlichen",
      "fehlermeldung.bearbeiten",
      "import.hochladen",
      "personal.verwalten",
      "protokoll.ansehen",
      "termine.ansehen",
      "termine.verwalten",
    ],
  },
  stellenleitung: {
    reach: "beratungsstelle",
    actions: [
      "verwaltung.betreten",
      "beratungsstelle.ansehen",
      "beratungsstelle.bearbeiten",
      "beratungsstelle.veroeffentlichen",
      "fehlermeldung.bearbeiten",
      "personal.verwalten",
      "termine.ansehen",
      "termine.verwalten",
      "gespraeche.fuehren",
    ],
  },
  // Counsellors run their own appointments and conversations at their centre.
  berater: { reach: "beratungsstelle", actions: ["verwaltung.betreten", "beratungsstelle.ansehen", "termine.ansehen", "termine.verwalten", "gespraeche.fuehren"] },
  // Municipality editors: the Kommune's Zuständigkeiten and its local offers (centres with its kommuneId).
  kommune_redaktion: {
    reach: "kommune",
    actions: ["verwaltung.betreten", "kommune.bearbeiten", "protokoll.ansehen", "beratungsstelle.anlegen", "beratungsstelle.bearbeiten", "beratungsstelle.veroeffentlichen", "fehlermeldung.bearbeiten"],
  },
};

/** Actions that need no object: a scope of `{}` is enough (the role alone decides). */
const UNSCOPED: readonly Action[] = ["verwaltung.betreten"];

function reaches(membership: ActorMembership, reach: Reach, scope: Scope): boolean {
  switch (reach) {
    case "traeger":
      return membership.traegerId !== null && membership.traegerId === scope.traegerId;
    case "beratungsstelle":
      return membership.beratungsstelleId !== null && membership.beratungsstelleId === scope.beratungsstelleId;
    case "kommune":
      return membership.kommuneId !== null && membership.kommuneId === scope.kommuneId;
  }
}

export function isStaff(actor: Actor | null): actor is Actor {
  return actor !== null && actor.istPersonal && actor.memberships.some((m) => m.rolle !== "ratsuchend");
}

export function can(actor: Actor | null, action: Action, scope: Scope = {}): boolean {
  if (!isStaff(actor)) return false;
  return actor.memberships.some((membership) => {
    if (membership.rolle === "plattform_admin") return true;
    if (membership.rolle === "ratsuchend") return false;
    const rule = RULES[membership.rolle];
    if (!rule.actions.includes(action)) return false;
    return UNSCOPED.includes(action) || reaches(membership, rule.reach, scope);
  });
}

/** Throws a 403 Response (the route's error boundary shows it) unless `can(...)`. */
export function assertCan(actor: Actor | null, action: Action, scope: Scope = {}): void {
  if (!can(actor, action, scope)) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403, statusText: "Forbidden" });
}

/**
 * The roles `actor` may hand out at `scope` (staff management): nobody grants more than they
 * hold there. Platform admins grant every staff role; a traeger_admin grants traeger_admin at its
 * Träger and stellenleitung/berater at its centres; a stellenleitung grants berater at its centre.
 */
export function grantableRoles(actor: Actor | null, scope: Scope): Rolle[] {
  if (!isStaff(actor)) return [];
  if (actor.memberships.some((m) => m.rolle === "plattform_admin")) return [...STAFF_ROLES];
  const roles = new Set<Rolle>();
  for (const m of actor.memberships) {
    if (m.rolle === "traeger_admin" && reaches(m, "traeger", scope)) {
      if (scope.beratungsstelleId) {
        roles.add("stellenleitung");
        roles.add("berater");
      } else roles.add("traeger_admin");
    }
    if (m.rolle === "stellenleitung" && scope.beratungsstelleId && reaches(m, "beratungsstelle", scope)) roles.add("berater");
  }
  return STAFF_ROLES.filter((r) => roles.has(r));
}
