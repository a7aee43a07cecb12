/** The primary navigation, in the order of the issue: what people look for first. */
export const PRIMARY_NAVIGATION = [
  { to: "/leistungen", label: "Leistungen finden" },
  { to: "/beratungsstellen", label: "Beratung finden" },
  { to: "/verwaltung", label: "Für Beratungsstellen und Kommunen" },
  { to: "/anmelden", label: "Anmelden" },
] as const;
