/**
 * The sections of /verwaltung. A section shows when any of the actor's memberships may do its
 * action somewhere (the page itself checks the exact scope). New sections are added here.
 */
import { can, type Action, type Actor } from "../../domain/accounts/permissions";

export type NavItem = { to: string; label: string };

type Section = NavItem & { action: Action };

const SECTIONS: Section[] = [
  { to: "/verwaltung", label: "Übersicht", action: "verwaltung.betreten" },
  { to: "/verwaltung/stellen", label: "Beratungsstellen", action: "beratungsstelle.bearbeiten" },
  { to: "/verwaltung/termine", label: "Termine", action: "termine.ansehen" },
];

/** Whether `actor` may do `action` in at least one of its own scopes. */
export function canSomewhere(actor: Actor, action: Action): boolean {
  return actor.memberships.some((m) =>
    can(actor, action, { traegerId: m.traegerId, beratungsstelleId: m.beratungsstelleId, kommuneId: m.kommuneId }),
  );
}

export function verwaltungNavigation(actor: Actor): NavItem[] {
  return SECTIONS.filter((s) => canSomewhere(actor, s.action)).map(({ to, label }) => ({ to, label }));
}
