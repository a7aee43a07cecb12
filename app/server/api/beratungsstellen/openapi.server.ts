/**
 * The OpenAPI part of the centre finder: GET /api/v1/beratungsstellen (search) and
 * GET /api/v1/beratungsstellen/{id} (one centre). Response schemas are closed
 * (`additionalProperties: false`), so the contract tests notice any field the code adds
 * without documenting it.
 */
import { KONTAKTKANAELE, VERBAENDE } from "../../../domain/counselling/labels";
import { SEARCH_FACETS } from "../../../domain/counselling/search-query";
import { TOPIC_SLUGS } from "../../../domain/counselling/topics";
import { responseRef, schemaRef, type ApiModule, type JsonSchema } from "../openapi-shared.server";
import { ORTE_LIMIT, ORTE_MAX_INPUT } from "./orte.server";
import { API_DEFAULT_PER_PAGE, API_MAX_PAGE, API_MAX_PER_PAGE, API_MAX_UMKREIS_KM, API_MIN_UMKREIS_KM } from "./query.server";

const TAG = "Beratungsstellen";
const uuid: JsonSchema = { type: "string", format: "uuid" };
const text = (description: string): JsonSchema => ({ type: "string", description });
const nullableText = (description: string): JsonSchema => ({ type: ["string", "null"], description });
const list = (items: JsonSchema, description: string): JsonSchema => ({ type: "array", items, description });
const HH_MM: JsonSchema = { type: "string", pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$", description: "Uhrzeit HH:MM (Europe/Berlin); 24:00 = Mitternacht am Ende des Tages." };
const closed = (properties: Record<string, JsonSchema>, description: string): JsonSchema => ({
  type: "object",
  description,
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
});
const counts: JsonSchema = { type: "object", additionalProperties: { type: "integer", minimum: 1 } };

const schemas: Record<string, JsonSchema> = {
  Themenslug: { type: "string", enum: [...TOPIC_SLUGS], description: "Thema der Beratung." },
  Kontaktkanal: { type: "string", enum: [...KONTAKTKANAELE], description: "Wie die Beratung erreichbar ist." },
  Wohlfahrtsverband: { type: "string", enum: [...VERBAENDE], description: "Spitzenverband, zu dem der Träger gehört." },
  Sprachcode: { type: "string", pattern: "^[a-z]{2}$", description: "Sprache nach ISO 639-1, z. B. de, tr, uk." },
  Anschrift: closed({ strasse: text("Straße und Hausnummer."), plz: { type: "string", pattern: "^\\d{5}$" }, ort: text("Ort.") }, "Anschrift der Beratungsstelle."),
  Zeitraum: closed({ von: HH_MM, bis: HH_MM }, "Von (einschließlich) bis (ausschließlich)."),
  BeratungsstellenTreffer: closed(
    {
      id: uuid,
      slug: text("Teil der Adresse der Seite /beratungsstellen/<slug>."),
      name: text("Name der Beratungsstelle."),
      url: { type: "string", format: "uri", description: "Die Seite der Beratungsstelle." },
      traeger: closed({ id: uuid, name: text("Name des Trägers."), verband: schemaRef("Wohlfahrtsverband") }, "Der Träger."),
      themen: list(schemaRef("Themenslug"), "Themen der Beratung."),
      distanz_km: { type: ["number", "null"], minimum: 0, description: "Entfernung zum angegebenen Ort in km (eine Nachkommastelle); null ohne Ort oder ohne Adresse." },
      adresse: schemaRef("Anschrift"),
      kanaele: list(schemaRef("Kontaktkanal"), "Wie die Beratung erreichbar ist."),
      sprachen: list(schemaRef("Sprachcode"), "Sprachen der Beratung."),
      bundesweit: { type: "boolean", description: "Bundesweit erreichbar (online oder telefonisch, ohne regionale Grenze)." },
      demo: { type: "boolean", description: "Erfundene Demodaten, keine echte Beratungsstelle." },
    },
    "Ein Treffer der Suche.",
  ),
  BeratungsstellenTrefferliste: closed(
    {
      treffer: list(schemaRef("BeratungsstellenTreffer"), "Die Treffer dieser Seite; mit Ort nach Entfernung sortiert, sonst nach Relevanz."),
      gesamt: { type: "integer", minimum: 0, description: "Alle Treffer der Suche, über alle Seiten." },
      seite: { type: "integer", minimum: 1 },
      pro_seite: { type: "integer", minimum: 1, maximum: API_MAX_PER_PAGE },
      ort: {
        oneOf: [
          { type: "null" },
          closed({ name: text("Name des Ortes."), plz: { type: ["string", "null"] }, lat: { type: "number" }, lng: { type: "number" } }, "Der Ort, um den gesucht wurde."),
        ],
      },
      facetten: {
        type: "object",
        description:
          "Anzahl der Treffer je Wert. Für einen gesetzten Filter wird ohne diesen Filter gezählt (was man mit einem anderen Wert bekäme). barrierefrei und anonym zählen `true` und `false`; Werte ohne Treffer fehlen.",
        properties: Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, counts])),
        additionalProperties: false,
      },
    },
    "Eine Seite der Suchergebnisse.",
  ),
  Ortsvorschlaege: closed(
    {
      vorschlaege: list(
        closed(
          {
            anzeige: text("Was angezeigt wird, z. B. „Leipzig (04103–04357)“ oder „04109 Leipzig“."),
            wert: text("Was in das Feld ort der Suche gehört."),
            plz: { type: ["string", "null"], pattern: "^\\d{5}$", description: "Die Postleitzahl, wenn der Vorschlag eine ist." },
          },
          "Ein Vorschlag.",
        ),
        `Höchstens ${ORTE_LIMIT} Vorschläge, Orte mit den meisten Postleitzahlen zuerst; leer, wenn nichts passt.`,
      ),
    },
    "Vorschläge für das Feld ort.",
  ),
  Beratungsstelle: closed(
    {
      id: uuid,
      slug: text("Teil der Adresse der Seite /beratungsstellen/<slug>."),
      name: text("Name der Beratungsstelle."),
      url: { type: "string", format: "uri" },
      demo: { type: "boolean", description: "Erfundene Demodaten, keine echte Beratungsstelle." },
      traeger: closed({ id: uuid, name: text("Name."), verband: schemaRef("Wohlfahrtsverband"), website: nullableText("Website des Trägers.") }, "Der Träger."),
      beschreibung: text("Beschreibung des Angebots."),
      themen: list(schemaRef("Themenslug"), "Themen."),
      kanaele: list(schemaRef("Kontaktkanal"), "Wie die Beratung erreichbar ist."),
      sprachen: list(schemaRef("Sprachcode"), "Sprachen der Beratung."),
      zielgruppen: list({ type: "string" }, "Für wen das Angebot gedacht ist."),
      adresse: schemaRef("Anschrift"),
      geo: { oneOf: [{ type: "null" }, closed({ lat: { type: "number", minimum: -90, maximum: 90 }, lng: { type: "number", minimum: -180, maximum: 180 } }, "WGS 84.")] },
      kontakt: closed({ telefon: nullableText("Telefon."), email: nullableText("E-Mail."), website: nullableText("Website.") }, "Kontakt."),
      barrierefreiheit: closed(
        { stufenlos: { type: "boolean" }, wc: { type: "boolean", description: "Barrierefreies WC." }, aufzug: { type: "boolean" }, hinweis: nullableText("Weitere Hinweise.") },
        "Zugänglichkeit der Räume.",
      ),
      kosten: text("Kosten der Beratung, meist „kostenlos“."),
      anonym: { type: "boolean", description: "Beratung ohne Namen möglich." },
      notfallzeiten: nullableText("Notfall- oder Krisenzeiten als Text."),
      einzugsgebiet: closed(
        { bundesweit: { type: "boolean" }, plz: list({ type: "string", pattern: "^\\d{5}$" }, "Zuständig für diese Postleitzahlen (leer: keine Einschränkung)."), radius_km: { type: ["integer", "null"], minimum: 0 } },
        "Für wen die Stelle zuständig ist.",
      ),
      oeffnungszeiten: list(
        closed({ wochentag: { type: "integer", minimum: 1, maximum: 7, description: "1 = Montag … 7 = Sonntag." }, von: HH_MM, bis: HH_MM }, "Eine wöchentliche Öffnungszeit."),
        "Öffnungszeiten je Woche; mehrere Einträge je Tag möglich.",
      ),
      ausnahmen: list(
        closed(
          { datum: { type: "string", format: "date" }, geschlossen: { type: "boolean" }, zeiten: list(schemaRef("Zeitraum"), "Abweichende Zeiten an diesem Tag (leer, wenn geschlossen)."), hinweis: nullableText("Grund, z. B. Heiligabend.") },
          "Ein Tag mit anderen Zeiten.",
        ),
        "Abweichungen an einzelnen Tagen.",
      ),
      zuletzt_geprueft: { type: ["string", "null"], format: "date", description: "Wann die Angaben zuletzt bestätigt wurden." },
      datenquelle: text("Woher die Angaben stammen."),
    },
    "Eine Beratungsstelle mit allen Angaben.",
  ),
};

const parameter = (name: string, description: string, schema: JsonSchema) => ({ name, in: "query", required: false, description, schema });
const errors = { "400": responseRef("UngueltigeAnfrage"), "429": responseRef("ZuVieleAnfragen"), "500": responseRef("TechnischerFehler") };

export const beratungsstellenApi: ApiModule = {
  tag: { name: TAG, description: "Beratungsstellen suchen und abrufen (Sucht, Schulden, Existenzsicherung …)." },
  schemas,
  paths: {
    "/api/v1/beratungsstellen": {
      get: {
        operationId: "sucheBeratungsstellen",
        tags: [TAG],
        summary: "Beratungsstellen suchen: Freitext, Thema, Ort mit Umkreis, Filter, Facetten",
        description:
          "Jeder Parameter höchstens einmal; unbekannte Parameter werden mit 400 abgelehnt. Ein unbekannter Ort ergibt 400 mit Vorschlägen in der Meldung. Eine Umkreissuche liefert auch die bundesweiten Angebote (hinter den örtlichen).",
        parameters: [
          parameter("q", "Freitext (tippfehlertolerant, Umlaute egal, Wortteile und Synonyme), z. B. Schuldnerberatung, Alkohol.", { type: "string", maxLength: 200 }),
          parameter("thema", "Nur dieses Thema.", schemaRef("Themenslug")),
          parameter("ort", "Postleitzahl oder Ortsname; sucht im Umkreis darum.", { type: "string", maxLength: 100 }),
          parameter("umkreis_km", `Umkreis um den Ort in km (nur mit ort; Standard 25).`, { type: "integer", minimum: API_MIN_UMKREIS_KM, maximum: API_MAX_UMKREIS_KM, default: 25 }),
          parameter("sprache", "Beratung in dieser Sprache.", schemaRef("Sprachcode")),
          parameter("kanal", "Erreichbar über diesen Kanal.", schemaRef("Kontaktkanal")),
          parameter("barrierefrei", "true: nur stufenlos zugängliche Stellen; false: nur andere.", { type: "boolean" }),
          parameter("anonym", "true: nur Stellen mit anonymer Beratung; false: nur andere.", { type: "boolean" }),
          parameter("traeger", "Spitzenverband (z. B. caritas) oder die id eines Trägers.", { oneOf: [schemaRef("Wohlfahrtsverband"), uuid] }),
          parameter("sortierung", "Standard: mit Ort nach Entfernung, sonst nach Relevanz.", { type: "string", enum: ["distanz", "relevanz", "name"] }),
          parameter("seite", "Seite, ab 1.", { type: "integer", minimum: 1, maximum: API_MAX_PAGE, default: 1 }),
          parameter("pro_seite", "Treffer je Seite.", { type: "integer", minimum: 1, maximum: API_MAX_PER_PAGE, default: API_DEFAULT_PER_PAGE }),
        ],
        responses: {
          "200": { description: "Die Treffer.", content: { "application/json": { schema: schemaRef("BeratungsstellenTrefferliste") } } },
          ...errors,
        },
      },
    },
    "/api/v1/orte": {
      get: {
        operationId: "ortsvorschlaege",
        tags: [TAG],
        summary: "Vorschläge für Postleitzahl oder Ort beim Tippen",
        description: "Eine Postleitzahl-Anfang liefert Postleitzahlen, ein Namensanfang Orte (Umlaute und Schreibweisen egal). Nur der Parameter q ist erlaubt.",
        parameters: [{ ...parameter("q", "Der Anfang einer Postleitzahl oder eines Ortsnamens.", { type: "string", minLength: 1, maxLength: ORTE_MAX_INPUT }), required: true }],
        responses: {
          "200": { description: "Die Vorschläge.", content: { "application/json": { schema: schemaRef("Ortsvorschlaege") } } },
          ...errors,
        },
      },
    },
    "/api/v1/beratungsstellen/{id}": {
      get: {
        operationId: "beratungsstelle",
        tags: [TAG],
        summary: "Eine veröffentlichte Beratungsstelle mit allen Angaben",
        parameters: [{ name: "id", in: "path", required: true, description: "Die id aus der Suche.", schema: uuid }],
        responses: {
          "200": { description: "Die Beratungsstelle.", content: { "application/json": { schema: schemaRef("Beratungsstelle") } } },
          "404": { description: "Keine veröffentlichte Beratungsstelle mit dieser id.", content: { "application/problem+json": { schema: schemaRef("Problem") } } },
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
  },
};
