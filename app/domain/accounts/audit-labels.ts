/**
 * The audit log in words (/verwaltung/protokoll): German labels for the stable aktion codes and
 * object types, and changed fields as "Feld: vorher → nachher". Unknown codes show as they are.
 */

export const AKTION_LABELS: Record<string, string> = {
  "beratungsstelle.angelegt": "Beratungsstelle angelegt",
  "beratungsstelle.geaendert": "Beratungsstelle geändert",
  "beratungsstelle.geprueft": "Angaben der Beratungsstelle als geprüft bestätigt",
  "traeger.angelegt": "Träger angelegt",
  "traeger.geaendert": "Träger geändert",
  "benutzer.eingeladen": "Person eingeladen",
  "benutzer.einladung_erneuert": "Einladung erneut verschickt",
  "benutzer.deaktiviert": "Konto deaktiviert",
  "benutzer.reaktiviert": "Konto wieder aktiviert",
  "benutzer.zweiter_faktor_zurueckgesetzt": "Zwei-Faktor-Anmeldung zurückgesetzt",
  "benutzer.zweiter_faktor_geaendert": "Neue Authenticator-App eingerichtet",
  "mitgliedschaft.angelegt": "Rolle vergeben",
  "mitgliedschaft.rolle_geaendert": "Rolle geändert",
  "mitgliedschaft.entfernt": "Rolle entfernt",
  "passwort.zurueckgesetzt": "Passwort zurückgesetzt",
  "passwort.zuruecksetzen_angefordert": "Zurücksetzen des Passworts angefordert",
  "wiederherstellungscode.verwendet": "Wiederherstellungscode verwendet",
  "wiederherstellungscodes.erzeugt": "Wiederherstellungscodes erzeugt",
  "termin.bestaetigen": "Termin bestätigt",
  "termin.absagen": "Termin abgesagt",
  "termin.nicht_erschienen": "Termin: nicht erschienen",
  "termin.reaktivieren": "Termin wieder eingetragen",
  "termin.verschieben": "Termin verschoben",
  "kalender.sperren": "Zeit im Kalender gesperrt",
  "kalender.sperre_aufheben": "Sperre im Kalender aufgehoben",
  "kalender.feed_ausgeben": "Kalender-Abo eingerichtet",
  "kalender.feed_widerrufen": "Kalender-Abo widerrufen",
  "kommune.angelegt": "Kommune angelegt",
  "zustaendigkeit.angelegt": "Zuständige Stelle eingetragen",
  "zustaendigkeit.geaendert": "Zuständige Stelle geändert",
  "zustaendigkeit.geloescht": "Zuständige Stelle gelöscht",
};

export const OBJEKT_TYP_LABELS: Record<string, string> = {
  beratungsstelle: "Beratungsstelle",
  traeger: "Träger",
  benutzer: "Konto",
  mitgliedschaft: "Rolle (Mitgliedschaft)",
  termin: "Termin",
  beratungskalender: "Kalender",
  kommune: "Kommune",
  zustaendigkeit: "Zuständige Stelle",
};

const FELD_LABELS: Record<string, string> = {
  name: "Name",
  beschreibung: "Beschreibung",
  adresse: "Adresse",
  kontakt: "Kontakt",
  themen: "Themen",
  kanaele: "Kontaktwege",
  sprachen: "Sprachen",
  zielgruppen: "Zielgruppen",
  barrierefreiheit: "Barrierefreiheit",
  kosten: "Kosten",
  anonym: "Anonym",
  notfallzeiten: "Notfallzeiten",
  einzugsgebiet: "Einzugsgebiet",
  oeffnungszeiten: "Öffnungszeiten",
  ausnahmen: "Ausnahmen",
  veroeffentlicht: "Veröffentlicht",
  geo: "Lage",
  zuletztGeprueft: "Zuletzt geprüft",
  rolle: "Rolle",
  aktiv: "Aktiv",
  verband: "Verband",
  website: "Website",
};

export const aktionLabel = (code: string) => AKTION_LABELS[code] ?? code;
export const objektTypLabel = (typ: string) => OBJEKT_TYP_LABELS[typ] ?? typ;

/** A stored value in words: empty, Ja/Nein, lists joined, objects as their non-empty values. */
export function formatAuditValue(value: unknown, labels: Record<string, string> = {}): string {
  if (value === null || value === undefined || value === "") return "leer";
  if (typeof value === "boolean") return value ? "Ja" : "Nein";
  if (typeof value === "string") return labels[value] ?? value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "leer" : value.map((v) => formatAuditValue(v, labels)).join(", ");
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => (v === true ? k : `${k} ${formatAuditValue(v, labels)}`));
    return parts.length === 0 ? "leer" : parts.join(", ");
  }
  return JSON.stringify(value);
}

/** `details.felder` ({ feld: [vorher, nachher] }) as lines "Feld: vorher → nachher". */
export function changedFieldLines(details: unknown, valueLabels: Record<string, string> = {}): string[] {
  if (!details || typeof details !== "object" || !("felder" in details)) return [];
  const felder = (details as { felder: unknown }).felder;
  if (!felder || typeof felder !== "object") return [];
  return Object.entries(felder as Record<string, unknown>).flatMap(([feld, pair]) => {
    if (!Array.isArray(pair) || pair.length !== 2) return [];
    return [`${FELD_LABELS[feld] ?? feld}: ${formatAuditValue(pair[0], valueLabels)} → ${formatAuditValue(pair[1], valueLabels)}`];
  });
}
