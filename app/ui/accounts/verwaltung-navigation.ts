/**
 * The sections of /verwaltung. A section shows when any of the actor's memberships may do its
 * action somewhere (the page itself checks the exact scope). New sections are added here.
 */
import { can, type Action, type Actor } from "../../domain/accounts/permissions";
import { counsellingCentreIds } from "../../domain/chat/inbox";

export type NavItem = { to: string; label: string };

/** `visible` replaces the action check where a role alone is not enough (conversations need a centre membership). */
type Section = NavItem & { action: Action; visible?: (actor: Actor) => boolean };

const SECTIONS: Section[] = [
  { to: "/verwaltung", label: "Übersicht", action: "verwaltung.betreten" },
  { to: "/verwaltung/stellen", label: "Beratungsstellen", action: "beratungsstelle.bearbeiten" },
  { to: "/verwaltung/meldungen", label: "Fehlermeldungen", action: "fehlermeldung.bearbeiten" },
  { to: "/verwaltung/import", label: "CSV-Import", action: "import.hochladen" },
  { to: "/verwaltung/termine", label: "Termine", action: "termine.ansehen" },
  { to: "/verwaltung/gespraeche", label: "Gespräche", action: "gespraeche.fuehren", visible: (actor) => counsellingCentreIds(actor).length > 0 },
  { to: "/verwaltung/postausgang", label: "Postausgang", action: "postausgang.lesen" },
  { to: "/verwaltung/traeger", label: "Träger", action: "traeger.bearbeiten" },
  { to: "/verwaltung/personal", label: "Personal", action: "personal.verwalten" },
  { to: "/verwaltung/kommune", label: "Kommunen", action: "kommune.bearbeiten" },
  { to: "/verwaltung/protokoll", label: "Protokoll", action: "protokoll.ansehen" },
];

/** Whether `actor` may do `action` in at least one of its own scopes. */
export function canSomewhere(actor: Actor, action: Action): boolean {
  return actor.memberships.some((m) =>
    can(actor, action, { traegerId: m.traegerId, beratungsstelleId: m.beratungsstelleId, kommuneId: m.kommuneId }),
  );
}

export function verwaltungNavigation(actor: Actor): NavItem[] {
  return SECTIONS.filter((s) => (s.visible ? s.visible(actor) : canSomewhere(actor, s.action))).map(({ to, label }) => ({ to, label }));
}
