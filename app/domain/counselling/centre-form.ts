/**
 * The centre form of the management area (/verwaltung/stellen/<id>): every field the finder
 * shows, as the strings a browser sends. Pure:
 * - `centreFormValues`: a stored centre → the values the form starts with;
 * - `readCentreForm`: the posted fields → the pressed button (`aktion`) and the values, exactly as
 *   typed, so a page answering with errors shows everything again;
 * - `applyRowAction`: "Zeile hinzufügen" / "Zeile … entfernen" for the weekly hours and the
 *   exceptions, without JavaScript (the whole form is posted and shown again, nothing is saved).
 * Validation lives in centre-form-validate.ts.
 */
import type { HoursException, WeeklyRule } from "./opening-hours";
import { formatTime } from "./opening-hours";

export type HoursRowValues = { tag: string; von: string; bis: string };
/** `art`: "geschlossen" (closed all day) or "zeiten" (other hours that day, `von`–`bis`). */
export type ExceptionRowValues = { datum: string; art: string; von: string; bis: string; hinweis: string };

export type CentreFormValues = {
  name: string;
  beschreibung: string;
  strasse: string;
  plz: string;
  ort: string;
  telefon: string;
  email: string;
  website: string;
  themen: string[];
  kanaele: string[];
  sprachen: string[];
  /** Ticked accessibility features: "stufenlos", "wc", "aufzug". */
  barrierefreiheit: string[];
  barrierefreiheitHinweis: string;
  /** One target group per line. */
  zielgruppen: string;
  kosten: string;
  /** "ja" | "nein" */
  anonym: string;
  notfallzeiten: string;
  /** "ja" | "nein" */
  bundesweit: string;
  /** PLZ separated by commas or spaces. */
  einzugsgebietPlz: string;
  einzugsgebietKm: string;
  /** "ja" | "nein" */
  veroeffentlicht: string;
  zeiten: HoursRowValues[];
  ausnahmen: ExceptionRowValues[];
};

/** What the form edits, in the shape the centre repository and the centre page use. */
export type CentreFormData = {
  name: string;
  beschreibung: string;
  adresse: { strasse: string; plz: string; ort: string };
  kontakt: { telefon: string | null; email: string | null; website: string | null };
  themen: string[];
  kanaele: Array<"vor_ort" | "telefon" | "chat" | "video" | "email">;
  sprachen: string[];
  zielgruppen: string[];
  barrierefreiheit: { stufenlos: boolean; wc: boolean; aufzug: boolean; hinweis: string | null };
  kosten: string;
  anonym: boolean;
  notfallzeiten: string | null;
  einzugsgebiet: { bundesweit: boolean; plz: string[]; radiusKm: number | null };
  oeffnungszeiten: WeeklyRule[];
  ausnahmen: Array<HoursException & { hinweis: string | null }>;
  veroeffentlicht: boolean;
};

/** The field names of the rows: `zeit-0-von`, `ausnahme-2-datum`, … (also their ids). */
export const hoursFieldId = (index: number, part: keyof HoursRowValues) => `zeit-${index}-${part}`;
export const exceptionFieldId = (index: number, part: keyof ExceptionRowValues) => `ausnahme-${index}-${part}`;

/** Bounds the work of one post; far more than any centre has. */
export const MAX_ROWS = 60;

export const EMPTY_HOURS_ROW: HoursRowValues = { tag: "1", von: "", bis: "" };
export const EMPTY_EXCEPTION_ROW: ExceptionRowValues = { datum: "", art: "geschlossen", von: "", bis: "", hinweis: "" };

const time = (minutes: number) => formatTime(minutes).padStart(5, "0");
const yesNo = (value: boolean) => (value ? "ja" : "nein");
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export function centreFormValues(centre: CentreFormData): CentreFormValues {
  const { barrierefreiheit: access } = centre;
  return {
    name: centre.name,
    beschreibung: centre.beschreibung,
    ...centre.adresse,
    telefon: centre.kontakt.telefon ?? "",
    email: centre.kontakt.email ?? "",
    website: centre.kontakt.website ?? "",
    themen: [...centre.themen],
    kanaele: [...centre.kanaele],
    sprachen: [...centre.sprachen],
    barrierefreiheit: (["stufenlos", "wc", "aufzug"] as const).filter((merkmal) => access[merkmal]),
    barrierefreiheitHinweis: access.hinweis ?? "",
    zielgruppen: centre.zielgruppen.join("\n"),
    kosten: centre.kosten,
    anonym: yesNo(centre.anonym),
    notfallzeiten: centre.notfallzeiten ?? "",
    bundesweit: yesNo(centre.einzugsgebiet.bundesweit),
    einzugsgebietPlz: centre.einzugsgebiet.plz.join(", "),
    einzugsgebietKm: centre.einzugsgebiet.radiusKm === null ? "" : String(centre.einzugsgebiet.radiusKm),
    veroeffentlicht: yesNo(centre.veroeffentlicht),
    zeiten: centre.oeffnungszeiten.map((rule) => ({ tag: String(rule.wochentag), von: time(rule.von), bis: time(rule.bis) })),
    ausnahmen: centre.ausnahmen.flatMap((exception): ExceptionRowValues[] => {
      const base = { datum: germanDate(exception.datum), hinweis: exception.hinweis ?? "" };
      if (exception.zeiten.length === 0) return [{ ...base, art: "geschlossen", von: "", bis: "" }];
      return exception.zeiten.map((range) => ({ ...base, art: "zeiten", von: time(range.von), bis: time(range.bis) }));
    }),
  };
}

/** The values as a browser posts them: one entry per field, repeated names for ticked boxes (readCentreForm's inverse). */
export function centreFormEntries(values: CentreFormValues): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  const simple: Array<[string, keyof CentreFormValues]> = [
    ["name", "name"], ["beschreibung", "beschreibung"], ["strasse", "strasse"], ["plz", "plz"], ["ort", "ort"],
    ["telefon", "telefon"], ["email", "email"], ["website", "website"], ["barrierefreiheit-hinweis", "barrierefreiheitHinweis"],
    ["zielgruppen", "zielgruppen"], ["kosten", "kosten"], ["anonym", "anonym"], ["notfallzeiten", "notfallzeiten"],
    ["bundesweit", "bundesweit"], ["einzugsgebiet-plz", "einzugsgebietPlz"], ["einzugsgebiet-km", "einzugsgebietKm"],
    ["veroeffentlicht", "veroeffentlicht"],
  ];
  for (const [name, key] of simple) entries.push([name, values[key] as string]);
  for (const key of ["themen", "kanaele", "sprachen", "barrierefreiheit"] as const) for (const value of values[key]) entries.push([key, value]);
  values.zeiten.forEach((row, index) => Object.entries(row).forEach(([part, value]) => entries.push([hoursFieldId(index, part as keyof HoursRowValues), value])));
  values.ausnahmen.forEach((row, index) => Object.entries(row).forEach(([part, value]) => entries.push([exceptionFieldId(index, part as keyof ExceptionRowValues), value])));
  return entries;
}

export type RowAction =
  | { kind: "zeit-hinzufuegen" }
  | { kind: "zeit-entfernen"; index: number }
  | { kind: "ausnahme-hinzufuegen" }
  | { kind: "ausnahme-entfernen"; index: number };

/** The button that was pressed: `speichern` (also for Enter in a field), or a row action. */
export type FormAktion = { kind: "speichern" } | RowAction;

export function parseAktion(value: string | undefined): FormAktion {
  if (value === "zeit-hinzufuegen" || value === "ausnahme-hinzufuegen") return { kind: value };
  const remove = /^(zeit|ausnahme)-entfernen-(\d{1,3})$/.exec(value ?? "");
  if (remove) return { kind: remove[1] === "zeit" ? "zeit-entfernen" : "ausnahme-entfernen", index: Number(remove[2]) };
  return { kind: "speichern" };
}

type Entries = Iterable<readonly [string, string]>;

/** Row fields by their index in the posted names, in index order (gaps closed). */
function rows<T extends Record<string, string>>(fields: Map<string, string>, prefix: string, empty: T): T[] {
  const indices = new Set<number>();
  const pattern = new RegExp(`^${prefix}-(\\d{1,3})-(${Object.keys(empty).join("|")})$`);
  for (const name of fields.keys()) {
    const match = pattern.exec(name);
    if (match) indices.add(Number(match[1]));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .slice(0, MAX_ROWS)
    .map((index) => {
      const row = { ...empty };
      for (const part of Object.keys(empty) as Array<keyof T & string>) {
        row[part] = (fields.get(`${prefix}-${index}-${part}`) ?? (part === "art" ? empty[part] : "")) as T[typeof part];
      }
      return row;
    });
}

// Line breaks count once, whether the browser sent \r\n or \n.
const normalise = (value: string) => value.replace(/\r\n?/g, "\n").trim();

export function readCentreForm(entries: Entries): { aktion: FormAktion; values: CentreFormValues } {
  const fields = new Map<string, string>();
  const lists = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (!fields.has(name)) fields.set(name, normalise(value));
    lists.set(name, [...(lists.get(name) ?? []), value]);
  }
  const one = (name: string) => fields.get(name) ?? "";
  const many = (name: string) => [...new Set(lists.get(name) ?? [])];
  const values: CentreFormValues = {
    name: one("name"),
    beschreibung: one("beschreibung"),
    strasse: one("strasse"),
    plz: one("plz"),
    ort: one("ort"),
    telefon: one("telefon"),
    email: one("email"),
    website: one("website"),
    themen: many("themen"),
    kanaele: many("kanaele"),
    sprachen: many("sprachen"),
    barrierefreiheit: many("barrierefreiheit"),
    barrierefreiheitHinweis: one("barrierefreiheit-hinweis"),
    zielgruppen: one("zielgruppen"),
    kosten: one("kosten"),
    anonym: one("anonym"),
    notfallzeiten: one("notfallzeiten"),
    bundesweit: one("bundesweit"),
    einzugsgebietPlz: one("einzugsgebiet-plz"),
    einzugsgebietKm: one("einzugsgebiet-km"),
    veroeffentlicht: one("veroeffentlicht"),
    zeiten: rows(fields, "zeit", EMPTY_HOURS_ROW),
    ausnahmen: rows(fields, "ausnahme", EMPTY_EXCEPTION_ROW),
  };
  return { aktion: parseAktion(fields.get("aktion")), values };
}

/** The values after a row button; the caller shows the form again (nothing is saved). */
export function applyRowAction(values: CentreFormValues, action: RowAction): CentreFormValues {
  const without = <T>(list: readonly T[], index: number) => list.filter((_, at) => at !== index);
  switch (action.kind) {
    case "zeit-hinzufuegen":
      return { ...values, zeiten: [...values.zeiten, { ...EMPTY_HOURS_ROW }].slice(0, MAX_ROWS) };
    case "zeit-entfernen":
      return { ...values, zeiten: without(values.zeiten, action.index) };
    case "ausnahme-hinzufuegen":
      return { ...values, ausnahmen: [...values.ausnahmen, { ...EMPTY_EXCEPTION_ROW }].slice(0, MAX_ROWS) };
    case "ausnahme-entfernen":
      return { ...values, ausnahmen: without(values.ausnahmen, action.index) };
  }
}
