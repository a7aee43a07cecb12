/**
 * Checks the management area's centre form (centre-form.ts) with the importer's field parsers
 * (import/fields.ts), so a centre typed in and a centre imported are held to the same rules.
 * Every problem is reported at once, each with the id of its field (the target of the error
 * summary's link) and a German message that names the field: "Postleitzahl: fünfstellige
 * Postleitzahl erwartet". Geocoding the address is the caller's step (import/geocode.ts).
 */
import * as field from "./import/fields";
import { TEXT_LIMITS } from "./import/row";
import type { Kontaktkanal } from "./import/vocabulary";
import type { TimeRange, WeeklyRule, Wochentag } from "./opening-hours";
import { exceptionFieldId, hoursFieldId, type CentreFormData, type CentreFormValues } from "./centre-form";

export type CentreFormError = { fieldId: string; message: string };
export type CentreFormResult = { ok: true; data: CentreFormData } | { ok: false; errors: CentreFormError[] };

/** Limits the importer has no column for. */
export const FORM_LIMITS = { notfallzeiten: 500, ausnahmeHinweis: 200, radiusKm: 1000 } as const;

type Collector = {
  errors: CentreFormError[];
  /** The parsed value, or undefined after recording the message under `label`. */
  take<T>(fieldId: string, label: string, parsed: field.Parsed<T>): T | undefined;
  fail(fieldId: string, message: string): undefined;
};

function collector(): Collector {
  const errors: CentreFormError[] = [];
  return {
    errors,
    take(fieldId, label, parsed) {
      if (parsed.ok) return parsed.value;
      errors.push({ fieldId, message: `${label}: ${parsed.meldung}` });
      return undefined;
    },
    fail(fieldId, message) {
      errors.push({ fieldId, message });
      return undefined;
    },
  };
}

function required(c: Collector, fieldId: string, label: string, value: string, max: number, missing: string): string | undefined {
  if (value === "") return c.fail(fieldId, missing);
  return c.take(fieldId, label, field.text({ required: true, max })(value));
}

const optionalText = (c: Collector, fieldId: string, label: string, value: string, max: number) =>
  c.take(fieldId, label, field.text({ required: false, max })(value));

function yesNo(c: Collector, fieldId: string, label: string, value: string): boolean | undefined {
  if (value !== "ja" && value !== "nein") return c.fail(fieldId, `${label}: Bitte wählen Sie „Ja“ oder „Nein“.`);
  return value === "ja";
}

function hours(c: Collector, values: CentreFormValues): WeeklyRule[] {
  const rules: WeeklyRule[] = [];
  values.zeiten.forEach((row, index) => {
    if (row.von === "" && row.bis === "") return;
    const label = `Öffnungszeit ${index + 1}`;
    const tag = Number(row.tag);
    const validDay = Number.isInteger(tag) && tag >= 1 && tag <= 7;
    if (!validDay) c.fail(hoursFieldId(index, "tag"), `${label}: Bitte wählen Sie einen Wochentag.`);
    const von = c.take(hoursFieldId(index, "von"), `${label}, von`, field.uhrzeit(row.von));
    const bis = c.take(hoursFieldId(index, "bis"), `${label}, bis`, field.uhrzeit(row.bis));
    if (von === undefined || bis === undefined || !validDay) return;
    if (bis <= von) {
      c.fail(hoursFieldId(index, "bis"), `${label}, bis: Das Ende muss nach dem Beginn liegen – über Mitternacht bitte zwei Zeilen (bis 24:00 und ab 00:00).`);
      return;
    }
    rules.push({ wochentag: tag as Wochentag, von, bis });
  });
  return rules.sort((a, b) => a.wochentag - b.wochentag || a.von - b.von);
}

function exceptions(c: Collector, values: CentreFormValues): CentreFormData["ausnahmen"] {
  const byDate = new Map<string, { zeiten: TimeRange[]; closed: boolean; hinweis: string | null; firstRow: number }>();
  values.ausnahmen.forEach((row, index) => {
    if (row.datum === "" && row.von === "" && row.bis === "" && row.hinweis === "") return;
    const label = `Ausnahme ${index + 1}`;
    const datum = row.datum === "" ? c.fail(exceptionFieldId(index, "datum"), `${label}, Datum: Angabe fehlt`) : c.take(exceptionFieldId(index, "datum"), `${label}, Datum`, field.datum(undefined)(row.datum));
    const hinweis = optionalText(c, exceptionFieldId(index, "hinweis"), `${label}, Hinweis`, row.hinweis, FORM_LIMITS.ausnahmeHinweis);
    let range: TimeRange | null = null;
    if (row.art === "zeiten") {
      const von = c.take(exceptionFieldId(index, "von"), `${label}, von`, field.uhrzeit(row.von));
      const bis = c.take(exceptionFieldId(index, "bis"), `${label}, bis`, field.uhrzeit(row.bis));
      if (von === undefined || bis === undefined) return;
      if (bis <= von) return void c.fail(exceptionFieldId(index, "bis"), `${label}, bis: Das Ende muss nach dem Beginn liegen.`);
      range = { von, bis };
    } else if (row.art !== "geschlossen") {
      return void c.fail(exceptionFieldId(index, "art"), `${label}: Bitte wählen Sie „geschlossen“ oder „andere Zeiten“.`);
    }
    if (datum === undefined || datum === null || hinweis === undefined) return;
    const entry = byDate.get(datum);
    if (entry && (entry.closed || range === null)) {
      return void c.fail(exceptionFieldId(index, "datum"), `${label}, Datum: Für diesen Tag gibt es schon Ausnahme ${entry.firstRow + 1} – ein Tag ist entweder geschlossen oder hat andere Zeiten.`);
    }
    const target = entry ?? { zeiten: [], closed: range === null, hinweis: null, firstRow: index };
    if (range) target.zeiten.push(range);
    target.hinweis ??= hinweis || null;
    byDate.set(datum, target);
  });
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([datum, entry]) => ({ datum, zeiten: entry.zeiten.sort((a, b) => a.von - b.von), hinweis: entry.hinweis }));
}

function serviceArea(c: Collector, values: CentreFormValues): CentreFormData["einzugsgebiet"] | undefined {
  const bundesweit = yesNo(c, "bundesweit", "Bundesweites Angebot", values.bundesweit);
  const plz: string[] = [];
  for (const part of values.einzugsgebietPlz.split(/[\s,;|]+/).filter(Boolean)) {
    const parsed = c.take("einzugsgebiet-plz", `Zuständig für Postleitzahlen („${part}“)`, field.plz(part));
    if (parsed === undefined) break;
    if (!plz.includes(parsed)) plz.push(parsed);
  }
  let radiusKm: number | null = null;
  if (values.einzugsgebietKm !== "") {
    const km = /^\d{1,4}$/.test(values.einzugsgebietKm) ? Number(values.einzugsgebietKm) : Number.NaN;
    if (!(km >= 1 && km <= FORM_LIMITS.radiusKm)) c.fail("einzugsgebiet-km", `Umkreis: ganze Zahl von 1 bis ${FORM_LIMITS.radiusKm} Kilometer erwartet`);
    else radiusKm = km;
  }
  return bundesweit === undefined ? undefined : { bundesweit, plz, radiusKm };
}

function choices<T>(c: Collector, fieldId: string, label: string, chosen: readonly string[], none: string, parse: (text: string) => field.Parsed<T>): T | undefined {
  if (chosen.length === 0) return c.fail(fieldId, none);
  return c.take(fieldId, label, parse(chosen.join("|")));
}

export function validateCentreForm(values: CentreFormValues): CentreFormResult {
  const c = collector();
  const name = required(c, "name", "Name", values.name, TEXT_LIMITS.name, "Bitte geben Sie den Namen der Beratungsstelle an.");
  const beschreibung = optionalText(c, "beschreibung", "Beschreibung", values.beschreibung, TEXT_LIMITS.beschreibung);
  const strasse = required(c, "strasse", "Straße und Hausnummer", values.strasse, TEXT_LIMITS.strasse, "Bitte geben Sie Straße und Hausnummer an.");
  const plz = c.take("plz", "Postleitzahl", field.plz(values.plz));
  const ort = required(c, "ort", "Ort", values.ort, TEXT_LIMITS.ort, "Bitte geben Sie den Ort an.");
  const telefon = c.take("telefon", "Telefon", field.telefon(values.telefon));
  const email = c.take("email", "E-Mail-Adresse", field.email(values.email));
  const website = c.take("website", "Website", field.website(values.website));
  const themen = choices(c, "themen", "Themen", values.themen, "Bitte wählen Sie mindestens ein Thema.", field.themen);
  const kanaele = choices<Kontaktkanal[]>(c, "kanaele", "Kontaktwege", values.kanaele, "Bitte wählen Sie mindestens einen Kontaktweg.", field.kanaele);
  const sprachen = choices(c, "sprachen", "Sprachen", values.sprachen, "Bitte wählen Sie mindestens eine Sprache.", field.sprachen);
  const access = c.take("barrierefreiheit", "Barrierefreiheit", field.barrierefrei(values.barrierefreiheit.join("|")));
  const accessHint = optionalText(c, "barrierefreiheit-hinweis", "Hinweis zur Barrierefreiheit", values.barrierefreiheitHinweis, TEXT_LIMITS.barrierefreiheitHinweis);
  const zielgruppen = c.take("zielgruppen", "Zielgruppen", field.zielgruppen(values.zielgruppen.split("\n").join("|")));
  const kosten = optionalText(c, "kosten", "Kosten", values.kosten, TEXT_LIMITS.kosten);
  const anonym = yesNo(c, "anonym", "Anonyme Beratung", values.anonym);
  const notfallzeiten = optionalText(c, "notfallzeiten", "Notfallzeiten", values.notfallzeiten, FORM_LIMITS.notfallzeiten);
  const einzugsgebiet = serviceArea(c, values);
  const oeffnungszeiten = hours(c, values);
  const ausnahmen = exceptions(c, values);
  const veroeffentlicht = yesNo(c, "veroeffentlicht", "Veröffentlichung", values.veroeffentlicht);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    data: {
      name: name!,
      beschreibung: beschreibung!,
      adresse: { strasse: strasse!, plz: plz!, ort: ort! },
      kontakt: { telefon: telefon!, email: email!, website: website! },
      themen: themen!,
      kanaele: kanaele!,
      sprachen: sprachen!,
      zielgruppen: zielgruppen!,
      barrierefreiheit: { ...access!, hinweis: accessHint || null },
      kosten: kosten || "kostenlos",
      anonym: anonym!,
      notfallzeiten: notfallzeiten || null,
      einzugsgebiet: einzugsgebiet!,
      oeffnungszeiten,
      ausnahmen,
      veroeffentlicht: veroeffentlicht!,
    },
  };
}
