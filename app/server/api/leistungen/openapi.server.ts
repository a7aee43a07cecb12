/**
 * The OpenAPI part of the benefits feature: GET /api/v1/leistungen and POST
 * /api/v1/leistungscheck with their schemas. Response schemas are closed
 * (`additionalProperties: false`), so the contract tests notice any field the code adds
 * without documenting it.
 */
import { BENEFIT_SLUGS } from "../../../domain/benefits/slugs";
import { responseRef, schemaRef, type ApiModule, type JsonSchema } from "../openapi-shared.server";
import { BEISPIELE } from "./beispiele.server";
import { buildFaktenSchema } from "./fakten-schema.server";

const text = (description: string): JsonSchema => ({ type: "string", minLength: 1, description });
const list = (items: JsonSchema, description: string): JsonSchema => ({ type: "array", items, description });
const closed = (properties: Record<string, JsonSchema>, description: string): JsonSchema => ({
  type: "object",
  description,
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
});

const schritt = (art: string, extra: Record<string, JsonSchema>, description: string) =>
  closed({ art: { const: art }, text: text("Was zu tun ist, auf Deutsch."), ...extra }, description);

const schemas: Record<string, JsonSchema> = {
  Leistungsslug: {
    type: "string",
    enum: [...BENEFIT_SLUGS],
    description: "Kennung einer Leistung. Alte Namen (z. B. buergergeld) nennt `aliase` in GET /api/v1/leistungen.",
  },
  Leistung: closed(
    {
      slug: schemaRef("Leistungsslug"),
      titel: text("Name der Leistung."),
      kurzbeschreibung: text("Ein Satz, worum es geht."),
      rechtsgrundlage: text("Kurzname des Gesetzes, z. B. SGB II."),
      zustaendige_stelle: text("Art der Stelle, bei der man sie beantragt, z. B. Jobcenter."),
      online_antrag_url: {
        type: ["string", "null"],
        format: "uri",
        description: "Der amtliche Online-Antrag, wo es einen bundesweiten gibt; sonst null.",
      },
      aliase: list({ type: "string" }, "Frühere oder umgangssprachliche Kennungen derselben Leistung."),
    },
    "Eine Sozialleistung.",
  ),
  Leistungsliste: closed(
    { leistungen: { ...list(schemaRef("Leistung"), "Alle Leistungen, in der Reihenfolge der Übersicht."), minItems: BENEFIT_SLUGS.length, maxItems: BENEFIT_SLUGS.length } },
    "Die Leistungen, die der Leistungs-Check einschätzt.",
  ),
  Fakten: buildFaktenSchema().schema,
  Einschaetzung: {
    type: "string",
    enum: ["wahrscheinlich", "moeglich", "unwahrscheinlich", "unklar"],
    description: "Wie wahrscheinlich die Leistung nach den Angaben ist. unklar: Es fehlen Angaben (siehe fehlende_angaben).",
  },
  Grund: closed(
    {
      code: { type: "string", pattern: "^[a-z][a-z0-9-]*\\.[a-z0-9_.-]+$", description: "Feste Kennung `<leistung>.<grund>`, z. B. zum Übersetzen." },
      text: text("Der Grund in einfachem Deutsch."),
    },
    "Ein Grund für die Einschätzung.",
  ),
  FehlendeAngabe: closed(
    {
      fakt: text("Pfad des Feldes in den Fakten, z. B. `wohnen.wohnkosten_monat` oder `personen.0.alter`."),
      text: text("Was noch gebraucht wird, auf Deutsch."),
    },
    "Eine Angabe, von der die Einschätzung oder der Betrag noch abhängt.",
  ),
  NaechsterSchritt: {
    description: "Ein nächster Schritt. `art` sagt, welche weiteren Felder es gibt.",
    oneOf: [
      schritt("online_antrag", { url: { type: "string", format: "uri", description: "Der amtliche Online-Antrag." } }, "Online beantragen."),
      schritt("stelle", { stellenart: text("Art der zuständigen Stelle, z. B. Wohngeldstelle.") }, "Zur zuständigen Stelle gehen."),
      schritt("beratung", { thema: text("Thema für die Suche nach Beratungsstellen, z. B. existenzsicherung.") }, "Beratung in der Nähe suchen."),
      schritt("hinweis", {}, "Ein Hinweis, etwa zum Vorrang einer anderen Leistung."),
    ],
  },
  Ergebnis: {
    ...closed(
      {
        leistung: schemaRef("Leistungsslug"),
        titel: text("Name der Leistung."),
        einschaetzung: schemaRef("Einschaetzung"),
        betrag_monat: {
          type: ["number", "null"],
          minimum: 0,
          description:
            "Geschätzter Betrag in Euro pro Monat für den Haushalt; null, wenn er sich aus den Angaben nicht berechnen lässt. Wohngeld in vollen Euro wie nach dem WoGG berechnet, Kindergeld für alle Kinder zusammen.",
        },
        betrag_hinweis: { type: ["string", "null"], description: "Wie der Betrag geschätzt wurde; null ohne Betrag." },
        gruende: list(schemaRef("Grund"), "Die Gründe für die Einschätzung."),
        fehlende_angaben: list(schemaRef("FehlendeAngabe"), "Was noch fehlt, um sicherer zu entscheiden."),
        naechste_schritte: list(schemaRef("NaechsterSchritt"), "Was als Nächstes zu tun ist."),
      },
      "Die Einschätzung einer Leistung.",
    ),
    allOf: [
      {
        if: { properties: { leistung: { const: "wohngeld" } } },
        then: { properties: { betrag_monat: { type: ["integer", "null"] } } },
      },
    ],
  },
  LeistungscheckAntwort: closed(
    {
      stichtag: { type: "string", format: "date", description: "Der Tag, für den geprüft wurde." },
      ergebnisse: {
        ...list(schemaRef("Ergebnis"), "Je Leistung ein Ergebnis, in der Reihenfolge von GET /api/v1/leistungen."),
        minItems: BENEFIT_SLUGS.length,
        maxItems: BENEFIT_SLUGS.length,
      },
    },
    "Das Ergebnis des Leistungs-Checks.",
  ),
};

export const leistungenApi: ApiModule = {
  tag: { name: "Leistungen", description: "Sozialleistungen und der Leistungs-Check." },
  schemas,
  paths: {
    "/api/v1/leistungen": {
      get: {
        operationId: "listeLeistungen",
        tags: ["Leistungen"],
        summary: "Alle Leistungen mit Kurzbeschreibung, Rechtsgrundlage und Online-Antrag",
        responses: {
          "200": { description: "Die Leistungen.", content: { "application/json": { schema: schemaRef("Leistungsliste") } } },
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
    "/api/v1/leistungscheck": {
      post: {
        operationId: "pruefeLeistungen",
        tags: ["Leistungen"],
        summary: "Leistungs-Check: Angaben zum Haushalt hinein, je Leistung eine Einschätzung heraus",
        description: `Schätzt für jede der ${BENEFIT_SLUGS.length} Leistungen ein, ob sie in Frage kommt, nennt die Gründe, was noch fehlt, die nächsten Schritte und wo möglich einen Betrag. Die Angaben werden weder gespeichert noch protokolliert.`,
        requestBody: {
          required: true,
          content: { "application/json": { schema: schemaRef("Fakten"), examples: BEISPIELE } },
        },
        responses: {
          "200": { description: "Je Leistung eine Einschätzung.", content: { "application/json": { schema: schemaRef("LeistungscheckAntwort") } } },
          "400": responseRef("UngueltigeAnfrage"),
          "403": responseRef("AnfrageAbgelehnt"),
          "411": responseRef("LaengeFehlt"),
          "413": responseRef("ZuVieleDaten"),
          "415": responseRef("FalscherInhaltstyp"),
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
  },
};
