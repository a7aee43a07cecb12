/**
 * The demo Kommune of the seed: clearly synthetic (the AGS begins with 99, which no Land has;
 * names say "Demo" and "synthetisch"), covering one real Leipzig PLZ so the Zuständige Stelle can
 * be tried in the Leistungs-Check and on the Wohngeld page. No address, phone or mail is real.
 */
export const DEMO_KOMMUNE = {
  ags: "99999001",
  name: "Demo-Gemeinde Musterstadt (synthetisch)",
  plz: ["04103"],
  isDemo: true,
} as const;

export const DEMO_ZUSTAENDIGKEITEN = [
  {
    leistung: "wohngeld",
    name: "Demo-Wohngeldstelle Musterstadt (synthetische Demodaten)",
    strasse: "Musterplatz 1",
    plz: "04103",
    ort: "Leipzig",
    oeffnungszeiten: "Mo, Di und Fr 8–12 Uhr, Do 14–18 Uhr (Demodaten)",
    telefon: "0341 0000000",
    email: "wohngeld@demo-musterstadt.invalid",
    onlineAntrag: "https://www.demo-musterstadt.invalid/wohngeld",
  },
] as const;
