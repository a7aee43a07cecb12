import { describe, expect, it } from "vitest";
import { applyRowAction, centreFormEntries, centreFormValues, parseAktion, readCentreForm, type CentreFormData, type CentreFormValues } from "../centre-form";
import { validateCentreForm } from "../centre-form-validate";
import { parseClockTime } from "../opening-hours";

const CENTRE: CentreFormData = {
  name: "Demo-Schuldnerberatung Leipzig",
  beschreibung: "Beratung bei Schulden.\nAuch am Telefon.",
  adresse: { strasse: "Musterstraße 1", plz: "04109", ort: "Leipzig" },
  kontakt: { telefon: "0341 000000", email: "beratung@example.org", website: "https://www.example.org/" },
  themen: ["schulden", "existenzsicherung"],
  kanaele: ["vor_ort", "telefon"],
  sprachen: ["de", "tr"],
  zielgruppen: ["Familien", "Alleinerziehende"],
  barrierefreiheit: { stufenlos: true, wc: false, aufzug: true, hinweis: "Klingel am Seiteneingang" },
  kosten: "kostenlos",
  anonym: true,
  notfallzeiten: "Bei Kontopfändung: Di 8–9 Uhr",
  einzugsgebiet: { bundesweit: false, plz: ["04109", "04103"], radiusKm: 20 },
  oeffnungszeiten: [
    { wochentag: 1, von: 540, bis: 720 },
    { wochentag: 1, von: 780, bis: 960 },
    { wochentag: 5, von: 540, bis: 1440 },
  ],
  ausnahmen: [
    { datum: "2026-12-23", zeiten: [{ von: 540, bis: 720 }], hinweis: "Nur vormittags" },
    { datum: "2026-12-24", zeiten: [], hinweis: "Heiligabend" },
  ],
  veroeffentlicht: true,
};

/** The values as a browser posts them, plus extra entries (a button's name and value). */
const post = (values: CentreFormValues, extra: Array<[string, string]> = []): Array<[string, string]> => [...centreFormEntries(values), ...extra];

const withValues = (changes: Partial<CentreFormValues>) => ({ ...centreFormValues(CENTRE), ...changes });

describe("centre form", () => {
  it("turns a stored centre into form values and back without loss", () => {
    const values = centreFormValues(CENTRE);
    expect(values.zeiten).toEqual([
      { tag: "1", von: "09:00", bis: "12:00" },
      { tag: "1", von: "13:00", bis: "16:00" },
      { tag: "5", von: "09:00", bis: "24:00" },
    ]);
    expect(values.ausnahmen[1]).toEqual({ datum: "24.12.2026", art: "geschlossen", von: "", bis: "", hinweis: "Heiligabend" });
    const read = readCentreForm(post(values));
    expect(read.aktion).toEqual({ kind: "speichern" });
    expect(read.values).toEqual(values);
    expect(validateCentreForm(read.values)).toEqual({ ok: true, data: CENTRE });
  });

  it("normalises line breaks and trims, reads unticked boxes as none", () => {
    const entries = post(withValues({ themen: [] })).map(([name, value]): [string, string] =>
      name === "beschreibung" ? [name, "  Zeile eins\r\nZeile zwei  "] : [name, value],
    );
    const { values } = readCentreForm(entries);
    expect(values.beschreibung).toBe("Zeile eins\nZeile zwei");
    expect(values.themen).toEqual([]);
  });

  it.each([
    ["zeit-hinzufuegen", { kind: "zeit-hinzufuegen" }],
    ["ausnahme-hinzufuegen", { kind: "ausnahme-hinzufuegen" }],
    ["zeit-entfernen-2", { kind: "zeit-entfernen", index: 2 }],
    ["ausnahme-entfernen-0", { kind: "ausnahme-entfernen", index: 0 }],
    ["speichern", { kind: "speichern" }],
    [undefined, { kind: "speichern" }],
    ["etwas-anderes", { kind: "speichern" }],
  ] as const)("reads the button %s", (value, expected) => {
    expect(parseAktion(value)).toEqual(expected);
  });

  it("adds and removes rows without touching the other values", () => {
    const values = centreFormValues(CENTRE);
    const added = applyRowAction(values, { kind: "zeit-hinzufuegen" });
    expect(added.zeiten).toHaveLength(4);
    expect(added.zeiten[3]).toEqual({ tag: "1", von: "", bis: "" });
    expect(added.name).toBe(values.name);
    expect(applyRowAction(values, { kind: "zeit-entfernen", index: 0 }).zeiten.map((row) => row.von)).toEqual(["13:00", "09:00"]);
    expect(applyRowAction(values, { kind: "ausnahme-hinzufuegen" }).ausnahmen[2]).toEqual({ datum: "", art: "geschlossen", von: "", bis: "", hinweis: "" });
    expect(applyRowAction(values, { kind: "ausnahme-entfernen", index: 1 }).ausnahmen).toHaveLength(1);
    // A new, still empty row does not stop saving.
    expect(validateCentreForm(added)).toMatchObject({ ok: true, data: { oeffnungszeiten: CENTRE.oeffnungszeiten } });
  });

  it("closes gaps in row numbers and keeps the posted order", () => {
    const { values } = readCentreForm([
      ["zeit-7-tag", "3"], ["zeit-7-von", "10:00"], ["zeit-7-bis", "11:00"],
      ["zeit-2-tag", "2"], ["zeit-2-von", "08:00"], ["zeit-2-bis", "09:00"],
    ]);
    expect(values.zeiten).toEqual([{ tag: "2", von: "08:00", bis: "09:00" }, { tag: "3", von: "10:00", bis: "11:00" }]);
  });
});

describe("centre form validation", () => {
  const errorsOf = (values: CentreFormValues) => {
    const result = validateCentreForm(values);
    return result.ok ? [] : result.errors;
  };

  it.each<[string, Partial<CentreFormValues>, Array<{ fieldId: string; message: string | RegExp }>]>([
    ["empty name", { name: "" }, [{ fieldId: "name", message: "Bitte geben Sie den Namen der Beratungsstelle an." }]],
    ["four-digit PLZ", { plz: "4109" }, [{ fieldId: "plz", message: /^Postleitzahl: fünfstellige Postleitzahl erwartet – führende Null verloren/ }]],
    ["bad phone", { telefon: "ruf an" }, [{ fieldId: "telefon", message: /^Telefon: Telefonnummer aus Ziffern erwartet/ }]],
    ["bad e-mail", { email: "beratung(at)example" }, [{ fieldId: "email", message: /^E-Mail-Adresse: E-Mail-Adresse erwartet/ }]],
    ["no topic", { themen: [] }, [{ fieldId: "themen", message: "Bitte wählen Sie mindestens ein Thema." }]],
    ["unknown topic", { themen: ["astrologie"] }, [{ fieldId: "themen", message: /^Themen: unbekanntes Thema „astrologie“/ }]],
    ["no channel", { kanaele: [] }, [{ fieldId: "kanaele", message: "Bitte wählen Sie mindestens einen Kontaktweg." }]],
    ["no language", { sprachen: [] }, [{ fieldId: "sprachen", message: "Bitte wählen Sie mindestens eine Sprache." }]],
    ["not a language code", { sprachen: ["de", "xx"] }, [{ fieldId: "sprachen", message: /„xx“ ist kein Sprachcode nach ISO 639-1/ }]],
    ["long description", { beschreibung: "x".repeat(5001) }, [{ fieldId: "beschreibung", message: "Beschreibung: höchstens 5000 Zeichen erlaubt (hier 5001)" }]],
    ["bad radius", { einzugsgebietKm: "viel" }, [{ fieldId: "einzugsgebiet-km", message: /^Umkreis: ganze Zahl von 1 bis 1000/ }]],
    ["bad service PLZ", { einzugsgebietPlz: "04109, 123" }, [{ fieldId: "einzugsgebiet-plz", message: /„123“.*fünfstellige Postleitzahl erwartet/ }]],
    ["no publication choice", { veroeffentlicht: "" }, [{ fieldId: "veroeffentlicht", message: "Veröffentlichung: Bitte wählen Sie „Ja“ oder „Nein“." }]],
    [
      "invalid opening time",
      { zeiten: [{ tag: "1", von: "25:00", bis: "12:00" }] },
      [{ fieldId: "zeit-0-von", message: /^Öffnungszeit 1, von: ungültige Uhrzeit – erwartet wie 09:00/ }],
    ],
    ["missing end", { zeiten: [{ tag: "2", von: "09:00", bis: "" }] }, [{ fieldId: "zeit-0-bis", message: "Öffnungszeit 1, bis: Uhrzeit fehlt, z. B. 09:00" }]],
    ["end before start", { zeiten: [{ tag: "2", von: "16:00", bis: "09:00" }] }, [{ fieldId: "zeit-0-bis", message: /Das Ende muss nach dem Beginn liegen/ }]],
    ["no weekday", { zeiten: [{ tag: "8", von: "09:00", bis: "10:00" }] }, [{ fieldId: "zeit-0-tag", message: "Öffnungszeit 1: Bitte wählen Sie einen Wochentag." }]],
    [
      "exception without date",
      { ausnahmen: [{ datum: "", art: "geschlossen", von: "", bis: "", hinweis: "Betriebsausflug" }] },
      [{ fieldId: "ausnahme-0-datum", message: "Ausnahme 1, Datum: Angabe fehlt" }],
    ],
    [
      "exception with a bad date",
      { ausnahmen: [{ datum: "31.02.2027", art: "geschlossen", von: "", bis: "", hinweis: "" }] },
      [{ fieldId: "ausnahme-0-datum", message: /^Ausnahme 1, Datum: Datum erwartet/ }],
    ],
    [
      "exception with other hours but no times",
      { ausnahmen: [{ datum: "02.01.2027", art: "zeiten", von: "", bis: "", hinweis: "" }] },
      [
        { fieldId: "ausnahme-0-von", message: "Ausnahme 1, von: Uhrzeit fehlt, z. B. 09:00" },
        { fieldId: "ausnahme-0-bis", message: "Ausnahme 1, bis: Uhrzeit fehlt, z. B. 09:00" },
      ],
    ],
    [
      "a day both closed and open",
      {
        ausnahmen: [
          { datum: "02.01.2027", art: "geschlossen", von: "", bis: "", hinweis: "" },
          { datum: "2027-01-02", art: "zeiten", von: "09:00", bis: "10:00", hinweis: "" },
        ],
      },
      [{ fieldId: "ausnahme-1-datum", message: /schon Ausnahme 1/ }],
    ],
  ])("reports %s at its field", (_, changes, expected) => {
    const errors = errorsOf(withValues(changes));
    expect(errors).toHaveLength(expected.length);
    expected.forEach((want, index) => {
      expect(errors[index]!.fieldId).toBe(want.fieldId);
      if (typeof want.message === "string") expect(errors[index]!.message).toBe(want.message);
      else expect(errors[index]!.message).toMatch(want.message);
    });
  });

  it("reports every problem at once, in the order of the form", () => {
    const errors = errorsOf(withValues({ name: "", plz: "abc", zeiten: [{ tag: "1", von: "9", bis: "25" }] }));
    expect(errors.map((error) => error.fieldId)).toEqual(["name", "plz", "zeit-0-bis"]);
  });

  it("applies the importer's defaults and normalisations", () => {
    const result = validateCentreForm(
      withValues({
        kosten: "",
        website: "www.example.org",
        zielgruppen: "Familien\n\nFamilien\nJugendliche",
        barrierefreiheit: [],
        barrierefreiheitHinweis: "",
        notfallzeiten: "",
        zeiten: [{ tag: "3", von: "9.30", bis: "14 Uhr" }],
        ausnahmen: [
          { datum: "2027-01-02", art: "zeiten", von: "13:00", bis: "14:00", hinweis: "" },
          { datum: "02.01.2027", art: "zeiten", von: "09:00", bis: "10:00", hinweis: "Inventur" },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      kosten: "kostenlos",
      kontakt: { website: "https://www.example.org/" },
      zielgruppen: ["Familien", "Jugendliche"],
      barrierefreiheit: { stufenlos: false, wc: false, aufzug: false, hinweis: null },
      notfallzeiten: null,
      oeffnungszeiten: [{ wochentag: 3, von: 570, bis: 840 }],
      ausnahmen: [{ datum: "2027-01-02", zeiten: [{ von: 540, bis: 600 }, { von: 780, bis: 840 }], hinweis: "Inventur" }],
    });
  });
});

describe("parseClockTime", () => {
  it.each([
    ["09:00", 540],
    ["9", 540],
    ["9.30", 570],
    ["24:00", 1440],
    ["0:00", 0],
    ["16:30 Uhr", 990],
    ["", "missing"],
    ["  ", "missing"],
    ["25:00", "invalid"],
    ["24:01", "invalid"],
    ["12:60", "invalid"],
    ["mittags", "invalid"],
    ["9-12", "invalid"],
  ] as const)("%s → %s", (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });
});
