import type { Rolle } from "./permissions";

/** Role names as pages show them. */
export const ROLE_LABELS: Record<Rolle, string> = {
  ratsuchend: "Ratsuchende Person",
  berater: "Beratung",
  stellenleitung: "Leitung einer Beratungsstelle",
  traeger_admin: "Administration eines Trägers",
  kommune_redaktion: "Redaktion einer Kommune",
  plattform_admin: "Plattform-Administration",
};
