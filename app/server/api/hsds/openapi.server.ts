/**
 * The OpenAPI part of the open-data export: GET /api/v1/export/hsds. The object schemas describe
 * exactly the HSDS 3.0 fields this platform fills (a subset of HSDS; field names and meanings as
 * in the Open Referral schemas) and are closed, so the contract tests notice any field the code
 * adds without documenting it.
 */
import { responseRef, schemaRef, type ApiModule, type JsonSchema } from "../openapi-shared.server";
import { HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE } from "./export.server";

const uuid: JsonSchema = { type: "string", format: "uuid" };
const text = (description: string): JsonSchema => ({ type: "string", minLength: 1, description });
const list = (name: string, description: string): JsonSchema => ({ type: "array", items: schemaRef(name), description });
const HH_MM = { type: "string", pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$" };

/** A closed object: `required` lists the fields always present, the others may be missing. */
const object = (description: string, required: Record<string, JsonSchema>, optional: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: "object",
  description,
  required: Object.keys(required),
  properties: { ...required, ...optional },
  additionalProperties: false,
});

const schemas: Record<string, JsonSchema> = {
  HsdsSeite: object("Eine Seite der Organisationen (Page-Objekt der HSDS-API).", {
    total_items: { type: "integer", minimum: 0, description: "Organisationen insgesamt." },
    total_pages: { type: "integer", minimum: 0 },
    page_number: { type: "integer", minimum: 1 },
    size: { type: "integer", minimum: 0, description: "Organisationen auf dieser Seite." },
    first_page: { type: "boolean" },
    last_page: { type: "boolean" },
    empty: { type: "boolean", description: "true, wenn es gar keine veröffentlichten Daten gibt." },
    contents: list("HsdsOrganisation", "Die Organisationen dieser Seite."),
  }),
  HsdsOrganisation: object(
    "Ein Träger (HSDS organization) mit allen veröffentlichten Beratungsstellen.",
    {
      id: uuid,
      name: text("Name des Trägers."),
      description: text("Kurzbeschreibung mit dem Wohlfahrtsverband."),
      services: list("HsdsService", "Die Beratungsangebote (je Beratungsstelle eines)."),
      locations: list("HsdsOrt", "Die Orte der Beratungsstellen."),
      attributes: list("HsdsAttribut", "Der Wohlfahrtsverband (Taxonomie wohlfahrtsverband)."),
    },
    { website: { type: "string", format: "uri" } },
  ),
  HsdsService: object(
    "Eine Beratungsstelle als Angebot (HSDS service).",
    {
      id: uuid,
      organization_id: uuid,
      name: text("Name der Beratungsstelle."),
      status: { const: "active" },
      last_modified: { type: "string", format: "date-time" },
      phones: list("HsdsTelefon", "Telefonnummer der Beratungsstelle, falls vorhanden."),
      schedules: list("HsdsZeitplan", "Öffnungszeiten, Ausnahmen und Notfallzeiten."),
      service_areas: list("HsdsEinzugsgebiet", "Einzugsgebiet, falls festgelegt."),
      languages: list("HsdsSprache", "Sprachen der Beratung."),
      contacts: list("HsdsKontakt", "Kontakt der Beratungsstelle (Telefon, E-Mail)."),
      service_at_locations: list("HsdsServiceAmOrt", "Verbindung zum Ort in `locations` der Organisation."),
      attributes: list("HsdsAttribut", "Themen (thema), Kontaktwege (kontaktweg) und Merkmale (merkmal, z. B. anonym)."),
    },
    {
      description: { type: "string" },
      url: { type: "string", format: "uri", description: "Website der Beratungsstelle." },
      email: { type: "string", format: "email" },
      fees_description: text("Kosten, z. B. kostenlos."),
      eligibility_description: text("Zielgruppen."),
      assured_date: { type: "string", format: "date", description: "Zuletzt geprüft am." },
    },
  ),
  HsdsTelefon: object("Telefonnummer (HSDS phone).", { id: uuid, number: text("Die Nummer."), type: { const: "voice" } }, { service_id: uuid, contact_id: uuid }),
  HsdsZeitplan: object(
    "Zeitplan (HSDS schedule). Zeiten in Ortszeit Europe/Berlin, ohne UTC-Versatz (siehe notes). Wöchentlich: freq, byday, opens_at, closes_at. Ausnahme für einen Tag: valid_from = valid_to; ohne Zeiten heißt geschlossen.",
    { id: uuid, service_id: uuid, notes: text("Zeitzone der Angaben.") },
    {
      freq: { const: "WEEKLY" },
      wkst: { const: "MO" },
      byday: { type: "string", pattern: "^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$" },
      opens_at: HH_MM,
      closes_at: HH_MM,
      valid_from: { type: "string", format: "date" },
      valid_to: { type: "string", format: "date" },
      description: text("Die Zeiten als Text."),
    },
  ),
  HsdsEinzugsgebiet: object("Einzugsgebiet (HSDS service_area).", { id: uuid, service_id: uuid, name: text("Art des Gebiets."), description: text("Das Gebiet.") }),
  HsdsSprache: object("Sprache der Beratung (HSDS language).", { id: uuid, service_id: uuid, name: text("Name auf Deutsch."), code: { type: "string", pattern: "^[a-z]{2}$", description: "ISO 639-1." } }),
  HsdsKontakt: object("Kontakt (HSDS contact).", { id: uuid, service_id: uuid, name: text("Name der Beratungsstelle."), phones: list("HsdsTelefon", "Telefon.") }, { email: { type: "string", format: "email" } }),
  HsdsServiceAmOrt: object("Angebot an einem Ort (HSDS service_at_location).", { id: uuid, service_id: uuid, location_id: uuid }),
  HsdsAttribut: object("Einordnung in eine Taxonomie der Plattform (HSDS attribute).", {
    id: uuid,
    link_id: uuid,
    link_entity: { enum: ["service", "organization"] },
    link_type: { enum: ["thema", "kontaktweg", "merkmal", "wohlfahrtsverband"] },
    taxonomy_term_id: uuid,
    taxonomy_term: schemaRef("HsdsTaxonomieBegriff"),
  }),
  HsdsTaxonomieBegriff: object("Begriff einer Taxonomie (HSDS taxonomy_term).", {
    id: uuid,
    code: text("Stabile Kennung, z. B. sucht oder vor_ort."),
    name: text("Bezeichnung auf Deutsch."),
    description: text("Bezeichnung auf Deutsch."),
    taxonomy: text("Name der Taxonomie."),
    language: { const: "de" },
  }),
  HsdsOrt: object(
    "Ort einer Beratungsstelle (HSDS location).",
    {
      id: uuid,
      location_type: { const: "physical" },
      organization_id: uuid,
      name: text("Name der Beratungsstelle."),
      addresses: list("HsdsAdresse", "Die Anschrift."),
      accessibility: list("HsdsBarrierefreiheit", "Barrierefreiheit, falls angegeben."),
    },
    { latitude: { type: "number", minimum: -90, maximum: 90 }, longitude: { type: "number", minimum: -180, maximum: 180 } },
  ),
  HsdsAdresse: object("Anschrift (HSDS address).", {
    id: uuid,
    location_id: uuid,
    address_1: text("Straße und Hausnummer."),
    city: text("Ort."),
    state_province: { type: "string", description: "Bundesland; derzeit leer." },
    postal_code: { type: "string", pattern: "^[0-9]{5}$" },
    country: { const: "DE" },
    address_type: { const: "physical" },
  }),
  HsdsBarrierefreiheit: object("Barrierefreiheit (HSDS accessibility).", { id: uuid, location_id: uuid, description: text("Merkmale, z. B. Stufenloser Zugang, Aufzug.") }, { details: text("Hinweis.") }),
};

const pageParameter = (name: string, description: string, schema: JsonSchema) => ({ name, in: "query", required: false, description, schema });

export const hsdsApi: ApiModule = {
  tag: { name: "Offene Daten", description: "Die veröffentlichten Beratungsstellen zum Weiterverwenden, im Format Open Referral HSDS 3.0." },
  paths: {
    "/api/v1/export/hsds": {
      get: {
        operationId: "hsdsExport",
        tags: ["Offene Daten"],
        summary: "Alle veröffentlichten Beratungsstellen als HSDS 3.0 (Organisationen mit Angeboten und Orten)",
        description:
          "Seitenweise nach Träger (HSDS organization), nach Name sortiert; jeder Träger steht mit allen veröffentlichten Beratungsstellen auf genau einer Seite. Abgeleitete Kennungen (Orte, Zeitpläne, Telefon …) bleiben von Abruf zu Abruf gleich.",
        parameters: [
          pageParameter("page", "Seite, ab 1.", { type: "integer", minimum: 1, default: 1 }),
          pageParameter("per_page", "Organisationen je Seite.", { type: "integer", minimum: 1, maximum: HSDS_MAX_PER_PAGE, default: HSDS_DEFAULT_PER_PAGE }),
        ],
        responses: {
          "200": { description: "Eine Seite der Organisationen.", content: { "application/json": { schema: schemaRef("HsdsSeite") } } },
          "400": responseRef("UngueltigeAnfrage"),
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
  },
  schemas,
};
