/**
 * The building blocks of the OpenAPI document that every feature module uses: the types of a
 * module, `$ref` helpers, the problem-details schemas and the responses of the HTTP layer
 * (403, 411, 413, 415, 429, 500) that any endpoint can give.
 */
import { PROBLEM_CONTENT_TYPE, UNGUELTIGE_ANGABEN_POINTER } from "./problem.server";
import { API_MAX_BODY_BYTES } from "./request.server";

export type JsonSchema = { [keyword: string]: unknown };
export type Operation = { [field: string]: unknown };
export type PathItem = Partial<Record<"get" | "post" | "put" | "patch" | "delete", Operation>>;

/** What a feature contributes to the document. Schema names must be unique across modules. */
export type ApiModule = {
  tag: { name: string; description: string };
  paths: Record<string, PathItem>;
  schemas: Record<string, JsonSchema>;
};

/** `#/components/schemas/<name>` */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** `#/components/responses/<name>` */
export const responseRef = (name: SharedResponse) => ({ $ref: `#/components/responses/${name}` });

const problemProperties = {
  type: { type: "string", format: "uri-reference", description: "Art des Problems; \"about:blank\", wenn der HTTP-Status alles sagt." },
  title: { type: "string", description: "Kurze Überschrift auf Deutsch." },
  status: { type: "integer", minimum: 400, maximum: 599, description: "Der HTTP-Status dieser Antwort." },
  detail: { type: "string", description: "Erklärung auf Deutsch, was nicht geklappt hat und was zu tun ist." },
};

export const sharedSchemas: Record<string, JsonSchema> = {
  Problem: {
    type: "object",
    description: "Fehlerantwort nach RFC 9457 (application/problem+json).",
    required: ["type", "title", "status", "detail"],
    properties: problemProperties,
    additionalProperties: false,
  },
  UngueltigeAngaben: {
    type: "object",
    description:
      "Die Angaben passen nicht zum Schema. `errors` nennt jedes falsche Feld mit seinem Pfad (Punkte zwischen den Teilen, Listenplätze ab 0, z. B. `personen.0.alter`; leer für den ganzen Inhalt) und einer Meldung auf Deutsch. Der `type` dieser Antwort ist die absolute Adresse dieses Schemas.",
    required: ["type", "title", "status", "detail", "errors"],
    properties: {
      ...problemProperties,
      type: { type: "string", format: "uri", pattern: `#${UNGUELTIGE_ANGABEN_POINTER}$` },
      status: { const: 400 },
      errors: { type: "array", minItems: 1, items: schemaRef("FeldFehler") },
    },
    additionalProperties: false,
  },
  FeldFehler: {
    type: "object",
    required: ["pfad", "meldung"],
    properties: {
      pfad: { type: "string", description: "Pfad des Feldes im Inhalt der Anfrage, z. B. `personen.1.einkommen.0.brutto_monat`.", examples: ["personen.0.alter"] },
      meldung: { type: "string", description: "Was an diesem Feld nicht passt, auf Deutsch.", examples: ["Alter als ganze Zahl erwartet"] },
    },
    additionalProperties: false,
  },
};

const problemContent = (schema: JsonSchema) => ({ [PROBLEM_CONTENT_TYPE]: { schema } });

export const sharedResponses = {
  UngueltigeAnfrage: {
    description: "Der Inhalt ist kein gültiges JSON (Problem) oder die Angaben passen nicht zum Schema (UngueltigeAngaben, mit jedem falschen Feld).",
    content: problemContent({ oneOf: [schemaRef("UngueltigeAngaben"), schemaRef("Problem")] }),
  },
  AnfrageAbgelehnt: {
    description: "Eine Browser-Anfrage von einer fremden Website (Origin oder Sec-Fetch-Site) wurde abgelehnt.",
    content: problemContent(schemaRef("Problem")),
  },
  LaengeFehlt: {
    description: "Der Inhalt kam ohne Content-Length (chunked). Bitte mit Längenangabe senden.",
    content: problemContent(schemaRef("Problem")),
  },
  ZuVieleDaten: {
    description: `Der Inhalt ist größer als ${API_MAX_BODY_BYTES / 1024} KB und wurde nicht gelesen.`,
    content: problemContent(schemaRef("Problem")),
  },
  FalscherInhaltstyp: {
    description: "Der Inhalt ist nicht als application/json (UTF-8) gekennzeichnet.",
    headers: { "Accept-Post": { schema: { type: "string" }, description: "Der erwartete Inhaltstyp." } },
    content: problemContent(schemaRef("Problem")),
  },
  ZuVieleAnfragen: {
    description: "Zu viele Anfragen von dieser Adresse in der laufenden Minute.",
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Sekunden bis zum nächsten Versuch." } },
    content: problemContent(schemaRef("Problem")),
  },
  TechnischerFehler: {
    description: "Ein unerwarteter Fehler bei uns. Er wird mit der X-Request-Id protokolliert, nie mit Ihren Angaben.",
    content: problemContent(schemaRef("Problem")),
  },
} as const;

export type SharedResponse = keyof typeof sharedResponses;
