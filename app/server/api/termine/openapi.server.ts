/** OpenAPI part of the booking endpoints (issue 6). */
import { responseRef, schemaRef, type ApiModule, type JsonSchema } from "../openapi-shared.server";
import { MAX_RANGE_DAYS } from "./termine.server";

const art: JsonSchema = { type: "string", enum: ["vor_ort", "telefon", "video"], description: "vor_ort, telefon oder video." };
const zeit = (description: string): JsonSchema => ({ type: "string", format: "date-time", description });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: schemaRef("Problem") } } });

const schemas: Record<string, JsonSchema> = {
  FreierTermin: {
    type: "object",
    additionalProperties: false,
    required: ["start", "ende", "art", "berater_id"],
    properties: { start: zeit("Beginn, ISO 8601 mit Zeitzonen-Versatz (Europe/Berlin)."), ende: zeit("Ende."), art, berater_id: { type: "string", format: "uuid", description: "Kalender der Beraterin oder des Beraters." } },
  },
  FreieTermine: { type: "object", additionalProperties: false, required: ["termine"], properties: { termine: { type: "array", items: schemaRef("FreierTermin") } } },
  TerminBuchung: {
    type: "object",
    additionalProperties: false,
    required: ["beratungsstelle_id", "start", "art", "name"],
    properties: {
      beratungsstelle_id: { type: "string", format: "uuid" },
      start: zeit("Beginn eines freien Termins, wie ihn die Liste der freien Termine nennt."),
      art,
      name: { type: "string", minLength: 1, maxLength: 100, description: "Name oder Pseudonym." },
      email: { type: "string", format: "email", description: "Optional: für Bestätigung und Erinnerung 24 Stunden vorher." },
      telefon: { type: "string", description: "Optional." },
      anliegen: { type: "string", maxLength: 1000, description: "Optional: Thema in wenigen Worten." },
    },
  },
  TerminGebucht: {
    type: "object",
    additionalProperties: false,
    required: ["buchungscode", "verwalten_url", "start", "ende", "art"],
    properties: {
      buchungscode: { type: "string", pattern: "^T-[2-9A-Z]{4}-[2-9A-Z]{4}$" },
      verwalten_url: { type: "string", format: "uri", description: "Privater Link zum Absagen oder Verschieben; enthält den Verwaltungsschlüssel." },
      start: zeit("Beginn."),
      ende: zeit("Ende."),
      art,
    },
  },
  TerminVergeben: {
    type: "object",
    additionalProperties: false,
    description: "Problem (RFC 9457) mit dem Code termin_vergeben und bis zu drei Alternativen.",
    required: ["type", "title", "status", "detail", "code", "alternativen"],
    properties: { type: { type: "string" }, title: { type: "string" }, status: { const: 409 }, detail: { type: "string" }, code: { const: "termin_vergeben" }, alternativen: { type: "array", maxItems: 3, items: schemaRef("FreierTermin") } },
  },
};

export const termineApi: ApiModule = {
  tag: { name: "Termine", description: "Freie Termine von Beratungsstellen finden, buchen und absagen – ohne Konto, E-Mail optional." },
  schemas,
  paths: {
    "/api/v1/beratungsstellen/{id}/termine": {
      get: {
        operationId: "freieTermine",
        tags: ["Termine"],
        summary: "Freie Termine einer Beratungsstelle",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "von", in: "query", required: true, schema: { type: "string", format: "date" } },
          { name: "bis", in: "query", required: true, schema: { type: "string", format: "date" }, description: `Höchstens ${MAX_RANGE_DAYS} Tage nach von.` },
          { name: "art", in: "query", required: false, schema: art },
        ],
        responses: {
          "200": { description: "Die freien Termine, nach Beginn sortiert.", content: { "application/json": { schema: schemaRef("FreieTermine") } } },
          "400": responseRef("UngueltigeAnfrage"),
          "404": problem("Die Beratungsstelle gibt es nicht."),
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
    "/api/v1/termine": {
      post: {
        operationId: "terminBuchen",
        tags: ["Termine"],
        summary: "Einen freien Termin buchen",
        parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 100 }, description: "Wiederholt mit denselben Angaben: dieselbe Buchung. Mit anderen Angaben: 422." }],
        requestBody: { required: true, content: { "application/json": { schema: schemaRef("TerminBuchung") } } },
        responses: {
          "201": { description: "Gebucht.", content: { "application/json": { schema: schemaRef("TerminGebucht") } } },
          "400": responseRef("UngueltigeAnfrage"),
          "403": responseRef("AnfrageAbgelehnt"),
          "404": problem("Die Beratungsstelle gibt es nicht oder sie ist nicht veröffentlicht."),
          "409": { description: "Der Termin ist inzwischen vergeben; bis zu drei nahe Alternativen.", content: { "application/problem+json": { schema: schemaRef("TerminVergeben") } } },
          "411": responseRef("LaengeFehlt"),
          "413": responseRef("ZuVieleDaten"),
          "415": responseRef("FalscherInhaltstyp"),
          "422": problem("Der Idempotency-Key gehört zu einer Buchung mit anderen Angaben."),
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
    "/api/v1/termine/{buchungscode}": {
      delete: {
        operationId: "terminAbsagen",
        tags: ["Termine"],
        summary: "Einen Termin absagen (mit dem Verwaltungsschlüssel)",
        parameters: [
          { name: "buchungscode", in: "path", required: true, schema: { type: "string" } },
          { name: "token", in: "query", required: false, schema: { type: "string" }, description: "Der Verwaltungsschlüssel, wenn kein Authorization-Header gesendet wird." },
        ],
        responses: {
          "204": { description: "Abgesagt (auch wenn er schon abgesagt war)." },
          "403": responseRef("AnfrageAbgelehnt"),
          "404": problem("Buchungscode und Schlüssel passen zu keinem Termin."),
          "409": problem("Der Termin hat schon begonnen."),
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
  },
};
