import type { MessageKey } from "../../i18n/messages";

/** The primary navigation, in the order of the issue: what people look for first. */
export const PRIMARY_NAVIGATION: ReadonlyArray<{ to: string; label: MessageKey }> = [
  { to: "/leistungen", label: "navLeistungen" },
  { to: "/beratungsstellen", label: "navBeratung" },
  { to: "/verwaltung", label: "navVerwaltung" },
  { to: "/anmelden", label: "navAnmelden" },
];

/** Footer links on every page: the accessibility statement and the § 4 BITV pages among them. */
export const FOOTER_NAVIGATION: ReadonlyArray<{ to: string; label: MessageKey; lang?: "de" }> = [
  { to: "/barrierefreiheit", label: "footerBarrierefreiheit" },
  { to: "/leichte-sprache", label: "footerLeichteSprache" },
  { to: "/gebaerdensprache", label: "footerGebaerdensprache" },
  { to: "/lizenzen", label: "footerLizenzen" },
];
