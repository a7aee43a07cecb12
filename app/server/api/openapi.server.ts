/**
 * The OpenAPI 3.1 document of the public API, served at /api/v1/openapi.json. It is composed
 * from one module per feature (paths + schemas + tag): a later feature adds its endpoints by
 * writing `app/server/api/<feature>/openapi.server.ts` and appending it to API_MODULES. What
 * every endpoint shares (problem details, the refusals of the HTTP layer) is in
 * openapi-shared.server.ts.
 */
import { beratungsstellenApi } from "./beratungsstellen/openapi.server";
import { gespraecheApi } from "./gespraeche/openapi.server";
import { hsdsApi } from "./hsds/openapi.server";
import { leistungenApi } from "./leistungen/openapi.server";
import { termineApi } from "./termine/openapi.server";
import { responseRef, sharedResponses, sharedSchemas, type ApiModule, type JsonSchema, type PathItem } from "./openapi-shared.server";
import { jsonAnswer } from "./problem.server";
import { API_MAX_BODY_BYTES } from "./request.server";
import type { ApiEndpoint } from "./router.server";

export const API_MODULES: readonly ApiModule[] = [leistungenApi, beratungsstellenApi, hsdsApi, termineApi, gespraecheApi];

const API_VERSION = "1.0.0";

const DESCRIPTION = [
  "Offene Schnittstelle der Sozialplattform (\"Einer für Alle\"): die Sozialleistungen und der Leistungs-Check, die Suche nach Beratungsstellen und der offene Datenexport aller veröffentlichten Beratungsstellen im Format Open Referral HSDS 3.0 – zum Einbinden in andere Portale und zur Weiterverwendung.",
  "",
  "- Inhalte sind JSON in UTF-8; Beträge sind Euro pro Monat, Dezimalstellen erlaubt. Daten sind `JJJJ-MM-TT`.",
  "- Die Ergebnisse sind Einschätzungen, keine Bescheide. Entscheiden kann nur die zuständige Stelle.",
  "- Fehler kommen als `application/problem+json` (RFC 9457). Bei ungültigen Angaben nennt `errors` jedes Feld.",
  `- Ein Inhalt darf höchstens ${API_MAX_BODY_BYTES / 1024} KB groß sein. Jede Antwort trägt eine X-Request-Id.`,
  "- Anfragen je Adresse sind pro Minute begrenzt (429 mit Retry-After).",
  "- Die Angaben werden nur für die Antwort verwendet: nicht gespeichert, nicht protokolliert.",
  "- Für Server und Programme gedacht. Browser-Aufrufe von fremden Websites (CORS) werden derzeit nicht unterstützt: Anfragen mit fremdem Origin werden mit 403 abgelehnt.",
].join("\n");

export type OpenApiDocument = {
  openapi: "3.1.1";
  info: Record<string, unknown>;
  servers: Array<{ url: string }>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, unknown> };
};

const documentPath: Record<string, PathItem> = {
  "/api/v1/openapi.json": {
    get: {
      operationId: "openApiDokument",
      tags: ["Schnittstelle"],
      summary: "Diese Beschreibung der Schnittstelle (OpenAPI 3.1)",
      responses: {
        "200": { description: "Das OpenAPI-Dokument.", content: { "application/json": { schema: { type: "object" } } } },
        "429": responseRef("ZuVieleAnfragen"),
      },
    },
  },
};

/** Merges the feature modules into one document; a duplicate path or schema name is a programming error. */
export function composeOpenApi(publicUrl: string, modules: readonly ApiModule[]): OpenApiDocument {
  const paths: Record<string, PathItem> = { ...documentPath };
  const schemas: Record<string, JsonSchema> = { ...sharedSchemas };
  for (const module of modules) {
    for (const [path, item] of Object.entries(module.paths)) {
      if (path in paths) throw new Error(`OpenAPI: Pfad ${path} doppelt`);
      paths[path] = item;
    }
    for (const [name, schema] of Object.entries(module.schemas)) {
      if (name in schemas) throw new Error(`OpenAPI: Schema ${name} doppelt`);
      schemas[name] = schema;
    }
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Sozialplattform API",
      version: API_VERSION,
      description: DESCRIPTION,
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: publicUrl }],
    tags: [{ name: "Schnittstelle", description: "Beschreibung der Schnittstelle selbst." }, ...modules.map((module) => module.tag)],
    paths,
    components: { schemas, responses: sharedResponses },
  };
}

const documents = new Map<string, OpenApiDocument>();

/** The document for this deployment (built once per public URL). */
export function openApiDocument(publicUrl: string): OpenApiDocument {
  let document = documents.get(publicUrl);
  if (!document) {
    document = composeOpenApi(publicUrl, API_MODULES);
    documents.set(publicUrl, document);
  }
  return document;
}

/** GET /api/v1/openapi.json: the document above. */
export const openApiEndpoint: ApiEndpoint = {
  path: "/api/v1/openapi.json",
  get: ({ services }) => jsonAnswer(openApiDocument(services.config.PUBLIC_URL), { "Cache-Control": "public, max-age=300" }),
};
