/**
 * Staff management of /verwaltung/personal (issue 5): who the actor sees, invitations, memberships
 * (assign, change role, remove) and deactivating/reactivating accounts. Every change writes an
 * audit entry in its transaction (one per tenant the change touches).
 *
 * Rules (app/domain/accounts/permissions.ts): a membership is *visible* when the actor may
 * "personal.verwalten" at its scope, and *manageable* when in addition its role is one the actor
 * may grant there (a stellenleitung does not change another stellenleitung). Roles granted are
 * always in `grantableRoles` and match the kind of place (Träger, centre, Kommune, platform).
 * Unknown or invisible ids answer "nicht_gefunden" (the routes make it 404); visible but out of
 * reach "nicht_erlaubt" (403). Nobody deactivates themselves; the last active traeger_admin of a
 * Träger cannot be removed or deactivated.
 */
import { can, grantableRoles, isStaff, type Actor, type Rolle, type Scope } from "../../domain/accounts/permissions";
import { ROLE_LABELS } from "../../domain/accounts/roles";
import { recordAudit } from "../audit.server";
import { deleteAllSessions } from "../auth/sessions.server";
import { inviteStaff, resendInvitation } from "../auth/invitations.server";
import { queueMail } from "../mail/outbox.server";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const ACTION = "personal.verwalten";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export type StaffRolle = Exclude<Rolle, "ratsuchend">;

/** A place a role can be held at, as forms post it: "plattform", "traeger:<id>", "stelle:<id>", "kommune:<id>". */
export type Ziel = { art: "plattform" } | { art: "traeger"; id: string } | { art: "stelle"; id: string } | { art: "kommune"; id: string };

const ROLES_BY_ART: Record<Ziel["art"], readonly StaffRolle[]> = {
  plattform: ["plattform_admin"],
  traeger: ["traeger_admin"],
  stelle: ["stellenleitung", "berater"],
  kommune: ["kommune_redaktion"],
};

export function parseZiel(value: string): Ziel | null {
  if (value === "plattform") return { art: "plattform" };
  const [art, id] = value.split(":");
  if (!id || !UUID.test(id)) return null;
  if (art === "traeger" || art === "stelle" || art === "kommune") return { art, id: id.toLowerCase() };
  return null;
}

export const zielValue = (ziel: Ziel) => (ziel.art === "plattform" ? "plattform" : `${ziel.art}:${ziel.id}`);

type MembershipRow = { id: string; rolle: Rolle; traegerId: string | null; beratungsstelleId: string | null; kommuneId: string | null; beratungsstelle: { traegerId: string } | null };
const MEMBERSHIP_SELECT = {
  id: true,
  rolle: true,
  traegerId: true,
  beratungsstelleId: true,
  kommuneId: true,
  beratungsstelle: { select: { traegerId: true } },
} as const;

/** The permission scope of a membership: a centre's Träger is part of it. */
function scopeOf(m: MembershipRow): Scope {
  return { traegerId: m.traegerId ?? m.beratungsstelle?.traegerId ?? null, beratungsstelleId: m.beratungsstelleId, kommuneId: m.kommuneId };
}

function isPlatformAdmin(actor: Actor): boolean {
  return actor.memberships.some((m) => m.rolle === "plattform_admin");
}

export function visible(actor: Actor, m: MembershipRow): boolean {
  if (m.rolle === "ratsuchend") return false;
  if (isPlatformAdmin(actor)) return true;
  return can(actor, ACTION, scopeOf(m));
}

export function manageable(actor: Actor, m: MembershipRow): boolean {
  return visible(actor, m) && grantableRoles(actor, scopeOf(m)).includes(m.rolle);
}

/** The Prisma condition for the memberships `actor` sees; null when none. */
function visibleWhere(actor: Actor): Prisma.MitgliedschaftWhereInput | null {
  if (!isStaff(actor)) return null;
  if (isPlatformAdmin(actor)) return { rolle: { not: "ratsuchend" } };
  const traeger = new Set<string>();
  const stellen = new Set<string>();
  for (const m of actor.memberships) {
    if (m.traegerId && can(actor, ACTION, { traegerId: m.traegerId })) traeger.add(m.traegerId);
    if (m.beratungsstelleId && can(actor, ACTION, { beratungsstelleId: m.beratungsstelleId })) stellen.add(m.beratungsstelleId);
  }
  const any: Prisma.MitgliedschaftWhereInput[] = [];
  if (traeger.size > 0) any.push({ traegerId: { in: [...traeger] } }, { beratungsstelle: { traegerId: { in: [...traeger] } } });
  if (stellen.size > 0) any.push({ beratungsstelleId: { in: [...stellen] } });
  return any.length > 0 ? { OR: any } : null;
}

export type StaffMembershipView = { id: string; rolle: StaffRolle; rolleLabel: string; ort: string; ziel: string; verwaltbar: boolean; rollenOptionen: StaffRolle[] };
export type StaffView = {
  id: string;
  anzeigename: string;
  email: string | null;
  aktiv: boolean;
  eingeladen: boolean;
  selbst: boolean;
  mitgliedschaften: StaffMembershipView[];
};

async function placeNames(prisma: PrismaClient, rows: MembershipRow[]): Promise<Map<string, string>> {
  const ids = (key: "traegerId" | "beratungsstelleId" | "kommuneId") => [...new Set(rows.map((m) => m[key]).filter((id): id is string => id !== null))];
  const [traeger, stellen, kommunen] = await Promise.all([
    prisma.traeger.findMany({ where: { id: { in: ids("traegerId") } }, select: { id: true, name: true } }),
    prisma.beratungsstelle.findMany({ where: { id: { in: ids("beratungsstelleId") } }, select: { id: true, name: true, ort: true } }),
    prisma.kommune.findMany({ where: { id: { in: ids("kommuneId") } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...traeger.map((t) => [t.id, `Träger ${t.name}`] as const),
    ...stellen.map((s) => [s.id, `${s.name}, ${s.ort}`] as const),
    ...kommunen.map((k) => [k.id, `Kommune ${k.name}`] as const),
  ]);
}

function zielOf(m: MembershipRow): Ziel {
  if (m.beratungsstelleId) return { art: "stelle", id: m.beratungsstelleId };
  if (m.traegerId) return { art: "traeger", id: m.traegerId };
  if (m.kommuneId) return { art: "kommune", id: m.kommuneId };
  return { art: "plattform" };
}

function membershipView(actor: Actor, m: MembershipRow, names: Map<string, string>): StaffMembershipView {
  const ziel = zielOf(m);
  const verwaltbar = manageable(actor, m);
  const rolle = m.rolle as StaffRolle;
  return {
    id: m.id,
    rolle,
    rolleLabel: ROLE_LABELS[rolle],
    ort: ziel.art === "plattform" ? "Gesamte Plattform" : (names.get(ziel.id) ?? "–"),
    ziel: zielValue(ziel),
    verwaltbar,
    rollenOptionen: verwaltbar ? ROLES_BY_ART[ziel.art].filter((r) => grantableRoles(actor, scopeOf(m)).includes(r)) : [],
  };
}

const BENUTZER_SELECT = { id: true, anzeigename: true, email: true, aktiv: true, passwortHash: true } as const;

/** The staff `actor` sees, by name; each with only the memberships the actor sees. */
export async function listStaff(prisma: PrismaClient, actor: Actor): Promise<StaffView[]> {
  const where = visibleWhere(actor);
  if (!where) return [];
  const rows = await prisma.mitgliedschaft.findMany({
    where,
    select: { ...MEMBERSHIP_SELECT, benutzer: { select: BENUTZER_SELECT } },
    orderBy: [{ benutzer: { anzeigename: "asc" } }, { createdAt: "asc" }],
    take: 2000,
  });
  const names = await placeNames(prisma, rows);
  const byUser = new Map<string, StaffView>();
  for (const row of rows) {
    if (!visible(actor, row)) continue;
    const b = row.benutzer;
    const view = byUser.get(b.id) ?? {
      id: b.id,
      anzeigename: b.anzeigename,
      email: b.email,
      aktiv: b.aktiv,
      eingeladen: b.passwortHash === null,
      selbst: b.id === actor.benutzerId,
      mitgliedschaften: [],
    };
    view.mitgliedschaften.push(membershipView(actor, row, names));
    byUser.set(b.id, view);
  }
  return [...byUser.values()];
}

export type StaffDetail = StaffView & { alleVerwaltbar: boolean; letzterTraegerAdmin: boolean; zweiterFaktor: boolean };

async function loadUser(prisma: PrismaClient, benutzerId: string) {
  if (!UUID.test(benutzerId)) return null;
  return prisma.benutzer.findUnique({
    where: { id: benutzerId.toLowerCase() },
    select: { ...BENUTZER_SELECT, istPersonal: true, totpAktiviert: true, totpSecret: true, mitgliedschaften: { select: MEMBERSHIP_SELECT, orderBy: { createdAt: "asc" } } },
  });
}

/** Whether removing these memberships of an account (or deactivating it) would leave a Träger without an active admin. */
async function leavesTraegerWithoutAdmin(db: PrismaClient | Prisma.TransactionClient, benutzerId: string, memberships: MembershipRow[]): Promise<boolean> {
  for (const m of memberships) {
    if (m.rolle !== "traeger_admin" || !m.traegerId) continue;
    const others = await db.mitgliedschaft.count({ where: { rolle: "traeger_admin", traegerId: m.traegerId, benutzerId: { not: benutzerId }, benutzer: { aktiv: true } } });
    if (others === 0) return true;
  }
  return false;
}

/** One account as `actor` sees it; null when unknown or none of its memberships is visible (404). */
export async function staffDetail(prisma: PrismaClient, actor: Actor, benutzerId: string): Promise<StaffDetail | null> {
  const user = await loadUser(prisma, benutzerId);
  if (!user || !user.istPersonal) return null;
  const shown = user.mitgliedschaften.filter((m) => visible(actor, m));
  if (shown.length === 0) return null;
  const names = await placeNames(prisma, shown);
  return {
    id: user.id,
    anzeigename: user.anzeigename,
    email: user.email,
    aktiv: user.aktiv,
    eingeladen: user.passwortHash === null,
    selbst: user.id === actor.benutzerId,
    mitgliedschaften: shown.map((m) => membershipView(actor, m, names)),
    alleVerwaltbar: user.mitgliedschaften.every((m) => manageable(actor, m)),
    letzterTraegerAdmin: await leavesTraegerWithoutAdmin(prisma, user.id, user.mitgliedschaften),
    zweiterFaktor: user.totpAktiviert || user.totpSecret !== null,
  };
}

export type Platz = { ziel: string; label: string; rollen: StaffRolle[] };

/**
 * The places where `actor` may hand out roles, each with those roles. Platform admins get the
 * platform, every Träger and Kommune, and – with `traegerId` – that Träger's centres (a list of
 * every centre of the platform would be too long for a form).
 */
export async function grantablePlaces(prisma: PrismaClient, actor: Actor, options: { traegerId?: string } = {}): Promise<Platz[]> {
  if (!isStaff(actor)) return [];
  const platform = isPlatformAdmin(actor);
  const traegerIds = new Set<string>();
  const stellenIds = new Set<string>();
  for (const m of actor.memberships) {
    if (m.traegerId && can(actor, ACTION, { traegerId: m.traegerId })) traegerIds.add(m.traegerId);
    if (m.beratungsstelleId && can(actor, ACTION, { beratungsstelleId: m.beratungsstelleId })) stellenIds.add(m.beratungsstelleId);
  }
  const wantedTraeger = options.traegerId && UUID.test(options.traegerId) ? options.traegerId.toLowerCase() : null;
  const [traeger, stellen, kommunen] = await Promise.all([
    prisma.traeger.findMany({ where: platform ? (wantedTraeger ? { id: wantedTraeger } : {}) : { id: { in: [...traegerIds] } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    platform && !wantedTraeger
      ? Promise.resolve([])
      : prisma.beratungsstelle.findMany({
          where: platform ? { traegerId: wantedTraeger! } : { OR: [{ traegerId: { in: [...traegerIds] } }, { id: { in: [...stellenIds] } }] },
          select: { id: true, name: true, ort: true, traegerId: true },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
    platform && !wantedTraeger ? prisma.kommune.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }) : Promise.resolve([]),
  ]);
  const places: Platz[] = [];
  const add = (ziel: Ziel, label: string, scope: Scope) => {
    const rollen = ROLES_BY_ART[ziel.art].filter((r) => grantableRoles(actor, scope).includes(r));
    if (rollen.length > 0) places.push({ ziel: zielValue(ziel), label, rollen });
  };
  if (platform && !wantedTraeger) add({ art: "plattform" }, "Gesamte Plattform", {});
  for (const t of traeger) add({ art: "traeger", id: t.id }, `Träger ${t.name}`, { traegerId: t.id });
  for (const s of stellen) add({ art: "stelle", id: s.id }, `${s.name}, ${s.ort}`, { traegerId: s.traegerId, beratungsstelleId: s.id });
  for (const k of kommunen) add({ art: "kommune", id: k.id }, `Kommune ${k.name}`, { kommuneId: k.id });
  return places;
}

/** The permission scope of a place; null when it does not exist. */
async function scopeOfZiel(db: PrismaClient | Prisma.TransactionClient, ziel: Ziel): Promise<Scope | null> {
  switch (ziel.art) {
    case "plattform":
      return {};
    case "traeger":
      return (await db.traeger.findUnique({ where: { id: ziel.id }, select: { id: true } })) ? { traegerId: ziel.id } : null;
    case "stelle": {
      const stelle = await db.beratungsstelle.findUnique({ where: { id: ziel.id }, select: { traegerId: true } });
      return stelle ? { traegerId: stelle.traegerId, beratungsstelleId: ziel.id } : null;
    }
    case "kommune":
      return (await db.kommune.findUnique({ where: { id: ziel.id }, select: { id: true } })) ? { kommuneId: ziel.id } : null;
  }
}

export type Refusal =
  | "nicht_gefunden"
  | "nicht_erlaubt"
  | "rolle_nicht_erlaubt"
  | "ort_unbekannt"
  | "schon_mitglied"
  | "selbst"
  | "letzter_traeger_admin"
  | "email_vergeben"
  | "email_ungueltig"
  | "nicht_eingeladen"
  | "selbst_zweiter_faktor"
  | "kein_zweiter_faktor";
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; code: Refusal };

/** German messages for the refusals (pages show them in an alert or next to the field). */
export const REFUSAL_TEXT: Record<Refusal, string> = {
  nicht_gefunden: "Diese Person oder Mitgliedschaft gibt es nicht.",
  nicht_erlaubt: "Dafür fehlt Ihnen die Berechtigung.",
  rolle_nicht_erlaubt: "Diese Rolle können Sie an diesem Ort nicht vergeben.",
  ort_unbekannt: "Bitte wählen Sie, wo die Person mitarbeiten soll.",
  schon_mitglied: "Die Person hat diese Rolle an diesem Ort bereits.",
  selbst: "Ihr eigenes Konto können Sie nicht deaktivieren.",
  letzter_traeger_admin: "Ein Träger braucht mindestens eine aktive Administration. Vergeben Sie die Rolle zuerst an eine weitere Person.",
  email_vergeben: "Zu dieser E-Mail-Adresse gibt es schon ein Konto.",
  email_ungueltig: "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
  nicht_eingeladen: "Die Person hat ihre Einladung schon angenommen.",
  selbst_zweiter_faktor: "Ihre eigene Zwei-Faktor-Anmeldung setzen Sie nicht zurück: Richten Sie unter „Neue Authenticator-App einrichten“ selbst eine neue App ein.",
  kein_zweiter_faktor: "Die Person hat noch keine Zwei-Faktor-Anmeldung eingerichtet.",
};

/** Checks that `actor` may grant `rolle` at `ziel`; the scope for the membership and the audit entry. */
async function checkGrant(db: PrismaClient | Prisma.TransactionClient, actor: Actor, ziel: Ziel, rolle: StaffRolle): Promise<Outcome<{ scope: Scope }>> {
  const scope = await scopeOfZiel(db, ziel);
  if (!scope) return { ok: false, code: "ort_unbekannt" };
  // A place outside the actor's reach (a guessed id of another tenant) is refused outright (403),
  // not answered as "this role cannot be granted here".
  if (!isPlatformAdmin(actor) && !can(actor, ACTION, scope)) return { ok: false, code: "nicht_erlaubt" };
  if (!ROLES_BY_ART[ziel.art].includes(rolle) || !grantableRoles(actor, scope).includes(rolle)) return { ok: false, code: "rolle_nicht_erlaubt" };
  return { ok: true, scope };
}

function membershipColumns(ziel: Ziel) {
  return {
    traegerId: ziel.art === "traeger" ? ziel.id : null,
    beratungsstelleId: ziel.art === "stelle" ? ziel.id : null,
    kommuneId: ziel.art === "kommune" ? ziel.id : null,
  };
}

const tenantOf = (scope: Scope) => ({ traegerId: scope.traegerId ?? null, kommuneId: scope.kommuneId ?? null });

export async function inviteStaffMember(
  prisma: PrismaClient,
  actor: Actor,
  input: { email: string; anzeigename: string; ziel: Ziel; rolle: StaffRolle; now: Date; publicUrl: string },
): Promise<Outcome<{ benutzerId: string }>> {
  const grant = await checkGrant(prisma, actor, input.ziel, input.rolle);
  if (!grant.ok) return grant;
  const scope = {
    ...(grant.scope.traegerId ? { traegerId: grant.scope.traegerId } : {}),
    ...(grant.scope.beratungsstelleId ? { beratungsstelleId: grant.scope.beratungsstelleId } : {}),
    ...(grant.scope.kommuneId ? { kommuneId: grant.scope.kommuneId } : {}),
  };
  const result = await inviteStaff(prisma, { email: input.email, anzeigename: input.anzeigename, rolle: input.rolle, scope, by: actor, now: input.now, publicUrl: input.publicUrl });
  return result.ok ? { ok: true, benutzerId: result.benutzerId } : { ok: false, code: result.code };
}

export async function resendStaffInvitation(prisma: PrismaClient, actor: Actor, input: { benutzerId: string; now: Date; publicUrl: string }): Promise<Outcome> {
  const user = await loadUser(prisma, input.benutzerId);
  if (!user || !user.mitgliedschaften.some((m) => visible(actor, m))) return { ok: false, code: "nicht_gefunden" };
  if (!user.mitgliedschaften.some((m) => manageable(actor, m))) return { ok: false, code: "nicht_erlaubt" };
  const sent = await resendInvitation(prisma, { benutzerId: user.id, by: actor, now: input.now, publicUrl: input.publicUrl });
  return sent ? { ok: true } : { ok: false, code: "nicht_eingeladen" };
}

/** Gives an account the actor sees a further role at a place. */
export async function assignMembership(prisma: PrismaClient, actor: Actor, input: { benutzerId: string; ziel: Ziel; rolle: StaffRolle }): Promise<Outcome> {
  const user = await loadUser(prisma, input.benutzerId);
  if (!user || !user.istPersonal || !user.mitgliedschaften.some((m) => visible(actor, m))) return { ok: false, code: "nicht_gefunden" };
  const grant = await checkGrant(prisma, actor, input.ziel, input.rolle);
  if (!grant.ok) return grant;
  const columns = membershipColumns(input.ziel);
  if (user.mitgliedschaften.some((m) => m.rolle === input.rolle && m.traegerId === columns.traegerId && m.beratungsstelleId === columns.beratungsstelleId && m.kommuneId === columns.kommuneId)) {
    return { ok: false, code: "schon_mitglied" };
  }
  await prisma.$transaction(async (tx) => {
    const created = await tx.mitgliedschaft.create({ data: { benutzerId: user.id, rolle: input.rolle, ...columns }, select: { id: true } });
    await recordAudit(tx, actor, {
      aktion: "mitgliedschaft.angelegt",
      objektTyp: "mitgliedschaft",
      objektId: created.id,
      ...tenantOf(grant.scope),
      details: { benutzerId: user.id, person: user.anzeigename, rolle: input.rolle, beratungsstelleId: columns.beratungsstelleId },
    });
  });
  return { ok: true };
}

async function loadMembership(prisma: PrismaClient, actor: Actor, mitgliedschaftId: string) {
  if (!UUID.test(mitgliedschaftId)) return { ok: false as const, code: "nicht_gefunden" as const };
  const m = await prisma.mitgliedschaft.findUnique({ where: { id: mitgliedschaftId.toLowerCase() }, select: { ...MEMBERSHIP_SELECT, benutzer: { select: { id: true, anzeigename: true } } } });
  if (!m || !visible(actor, m)) return { ok: false as const, code: "nicht_gefunden" as const };
  if (!manageable(actor, m)) return { ok: false as const, code: "nicht_erlaubt" as const };
  return { ok: true as const, m };
}

/** Changes the role of a membership to another role of the same kind of place (Beratung ↔ Leitung). */
export async function changeMembershipRole(prisma: PrismaClient, actor: Actor, input: { mitgliedschaftId: string; rolle: StaffRolle }): Promise<Outcome> {
  const loaded = await loadMembership(prisma, actor, input.mitgliedschaftId);
  if (!loaded.ok) return loaded;
  const { m } = loaded;
  const grant = await checkGrant(prisma, actor, zielOf(m), input.rolle);
  if (!grant.ok) return grant;
  if (m.rolle === input.rolle) return { ok: true };
  await prisma.$transaction(async (tx) => {
    await tx.mitgliedschaft.update({ where: { id: m.id }, data: { rolle: input.rolle } });
    await recordAudit(tx, actor, {
      aktion: "mitgliedschaft.rolle_geaendert",
      objektTyp: "mitgliedschaft",
      objektId: m.id,
      ...tenantOf(scopeOf(m)),
      details: { benutzerId: m.benutzer.id, person: m.benutzer.anzeigename, felder: { rolle: [m.rolle, input.rolle] } },
    });
  });
  return { ok: true };
}

export async function removeMembership(prisma: PrismaClient, actor: Actor, input: { mitgliedschaftId: string }): Promise<Outcome<{ benutzerId: string }>> {
  const loaded = await loadMembership(prisma, actor, input.mitgliedschaftId);
  if (!loaded.ok) return loaded;
  const { m } = loaded;
  return prisma.$transaction(async (tx): Promise<Outcome<{ benutzerId: string }>> => {
    if (await leavesTraegerWithoutAdmin(tx, m.benutzer.id, [m])) return { ok: false, code: "letzter_traeger_admin" };
    await tx.mitgliedschaft.delete({ where: { id: m.id } });
    await recordAudit(tx, actor, {
      aktion: "mitgliedschaft.entfernt",
      objektTyp: "mitgliedschaft",
      objektId: m.id,
      ...tenantOf(scopeOf(m)),
      details: { benutzerId: m.benutzer.id, person: m.benutzer.anzeigename, rolle: m.rolle, beratungsstelleId: m.beratungsstelleId },
    });
    return { ok: true, benutzerId: m.benutzer.id };
  });
}

/** The tenants (Träger, Kommune) of an account's memberships, each once: one audit entry each. */
function tenantsOf(memberships: MembershipRow[]): { traegerId: string | null; kommuneId: string | null }[] {
  const tenants = new Map<string, { traegerId: string | null; kommuneId: string | null }>();
  for (const m of memberships) {
    const tenant = tenantOf(scopeOf(m));
    tenants.set(`${tenant.traegerId}|${tenant.kommuneId}`, tenant);
  }
  if (tenants.size === 0) tenants.set("-", { traegerId: null, kommuneId: null });
  return [...tenants.values()];
}

/** Deactivates (all sessions end at once) or reactivates an account whose every membership the actor manages. */
export async function setStaffActive(prisma: PrismaClient, actor: Actor, input: { benutzerId: string; aktiv: boolean }): Promise<Outcome> {
  const user = await loadUser(prisma, input.benutzerId);
  if (!user || !user.istPersonal || !user.mitgliedschaften.some((m) => visible(actor, m))) return { ok: false, code: "nicht_gefunden" };
  if (user.id === actor.benutzerId) return { ok: false, code: "selbst" };
  if (!user.mitgliedschaften.every((m) => manageable(actor, m))) return { ok: false, code: "nicht_erlaubt" };
  if (user.aktiv === input.aktiv) return { ok: true };
  return prisma.$transaction(async (tx): Promise<Outcome> => {
    if (!input.aktiv && (await leavesTraegerWithoutAdmin(tx, user.id, user.mitgliedschaften))) return { ok: false, code: "letzter_traeger_admin" };
    await tx.benutzer.update({ where: { id: user.id }, data: { aktiv: input.aktiv } });
    if (!input.aktiv) await deleteAllSessions(tx, user.id);
    for (const tenant of tenantsOf(user.mitgliedschaften)) {
      await recordAudit(tx, actor, {
        aktion: input.aktiv ? "benutzer.reaktiviert" : "benutzer.deaktiviert",
        objektTyp: "benutzer",
        objektId: user.id,
        ...tenant,
        details: { person: user.anzeigename, felder: { aktiv: [!input.aktiv, input.aktiv] } },
      });
    }
    return { ok: true };
  });
}

function resetNotice(anzeigename: string, by: string): string {
  return [
    `Guten Tag ${anzeigename},`,
    "",
    `${by} hat die Zwei-Faktor-Anmeldung Ihres Kontos bei der Sozialplattform zurückgesetzt. Ihre bisherige Authenticator-App und Ihre Wiederherstellungscodes gelten nicht mehr; alle Anmeldungen Ihres Kontos wurden beendet.`,
    "Bei Ihrer nächsten Anmeldung mit E-Mail-Adresse und Passwort richten Sie die Zwei-Faktor-Anmeldung mit einer Authenticator-App neu ein.",
    "",
    "Wenn Sie das nicht veranlasst haben, wenden Sie sich bitte an die Administration Ihres Trägers oder Ihrer Beratungsstelle.",
    "",
    "Ihre Sozialplattform",
  ].join("\n");
}

/**
 * Resets the second factor of an account whose every membership the actor manages (a lost or
 * replaced authenticator): TOTP secret, last used step and recovery codes are removed and every
 * session ends, so the next login leads through the first set-up (/anmelden/zweiter-faktor) again.
 * Nobody resets their own (they replace their app themselves, totp-change.server.ts).
 */
export async function resetSecondFactor(prisma: PrismaClient, actor: Actor, input: { benutzerId: string; now: Date }): Promise<Outcome> {
  const user = await loadUser(prisma, input.benutzerId);
  if (!user || !user.istPersonal || !user.mitgliedschaften.some((m) => visible(actor, m))) return { ok: false, code: "nicht_gefunden" };
  if (user.id === actor.benutzerId) return { ok: false, code: "selbst_zweiter_faktor" };
  if (!user.mitgliedschaften.every((m) => manageable(actor, m))) return { ok: false, code: "nicht_erlaubt" };
  return prisma.$transaction(async (tx): Promise<Outcome> => {
    // Only an account that has a secret (set up or half set up); a second click changes nothing.
    const reset = await tx.benutzer.updateMany({ where: { id: user.id, OR: [{ totpAktiviert: true }, { totpSecret: { not: null } }] }, data: { totpSecret: null, totpAktiviert: false } });
    if (reset.count === 0) return { ok: false, code: "kein_zweiter_faktor" };
    await tx.totpNutzung.deleteMany({ where: { benutzerId: user.id } });
    const codes = await tx.wiederherstellungscode.deleteMany({ where: { benutzerId: user.id } });
    const sessions = await deleteAllSessions(tx, user.id);
    if (user.email) {
      await queueMail(tx, { an: user.email, betreff: "Ihre Zwei-Faktor-Anmeldung wurde zurückgesetzt", text: resetNotice(user.anzeigename, actor.anzeigename), anlass: "zweiter_faktor_zurueckgesetzt" });
    }
    for (const tenant of tenantsOf(user.mitgliedschaften)) {
      await recordAudit(tx, actor, {
        aktion: "benutzer.zweiter_faktor_zurueckgesetzt",
        objektTyp: "benutzer",
        objektId: user.id,
        ...tenant,
        details: { person: user.anzeigename, wiederherstellungscodes: codes.count, beendeteSitzungen: sessions },
      });
    }
    return { ok: true };
  });
}
