/** OpenAPI part of the online counselling (issue 7): starting a conversation. */
import { PSEUDONYM_MAX_LENGTH } from "../../../domain/chat/conversation";
import { responseRef, schemaRef, type ApiModule, type JsonSchema } from "../openapi-shared.server";

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: schemaRef("Problem") } } });

const schemas: Record<string, JsonSchema> = {
  GespraechStart: {
    type: "object",
    additionalProperties: false,
    required: ["beratungsstelle_id"],
    properties: {
      beratungsstelle_id: { type: "string", format: "uuid", description: "Eine veröffentlichte Beratungsstelle mit dem Kontaktweg Chat." },
      pseudonym: {
        type: "string",
        maxLength: PSEUDONYM_MAX_LENGTH,
        pattern: "^[\\p{L}\\p{N} ._-]*$",
        description: "Optional: wie die Beratung Sie ansprechen soll. Ohne Angabe wird ein Pseudonym vorgeschlagen. Bitte keinen echten Namen.",
      },
      thema: { type: "string", maxLength: 60, description: "Optional: Thema in wenigen Worten, z. B. „Schulden“." },
    },
  },
  GespraechBegonnen: {
    type: "object",
    additionalProperties: false,
    required: ["gespraech_id", "token", "fortsetzen_url"],
    properties: {
      gespraech_id: { type: "string", format: "uuid" },
      token: {
        type: "string",
        minLength: 20,
        description: "Geheimer Zugang zum Gespräch: für den Socket-Handshake (`auth: { token }` im Namensraum /chat) und die Seite fortsetzen_url. Wird nur einmal ausgegeben.",
      },
      fortsetzen_url: { type: "string", format: "uri", description: "Privater Link, um das Gespräch ohne Konto fortzusetzen (enthält den Token)." },
    },
  },
};

export const gespraecheApi: ApiModule = {
  tag: { name: "Online-Beratung", description: "Ein anonymes Gespräch mit einer Beratungsstelle beginnen; die Nachrichten laufen über Socket.io (/chat) oder die Seite des Gesprächs." },
  schemas,
  paths: {
    "/api/v1/gespraeche": {
      post: {
        operationId: "gespraechBeginnen",
        tags: ["Online-Beratung"],
        summary: "Ein anonymes Gespräch mit einer Beratungsstelle beginnen",
        parameters: [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            schema: { type: "string", minLength: 16, maxLength: 100 },
            description: "Wiederholt mit denselben Angaben: dasselbe Gespräch (mit demselben Token). Mit anderen Angaben: 422. Bitte zufällig wählen, z. B. eine UUID.",
          },
        ],
        requestBody: { required: true, content: { "application/json": { schema: schemaRef("GespraechStart") } } },
        responses: {
          "201": { description: "Begonnen; das Gespräch wartet in der Warteliste der Beratungsstelle.", content: { "application/json": { schema: schemaRef("GespraechBegonnen") } } },
          "400": responseRef("UngueltigeAnfrage"),
          "403": responseRef("AnfrageAbgelehnt"),
          "404": problem("Die Beratungsstelle gibt es nicht oder sie ist nicht veröffentlicht."),
          "411": responseRef("LaengeFehlt"),
          "413": responseRef("ZuVieleDaten"),
          "415": responseRef("FalscherInhaltstyp"),
          "422": problem("Die Beratungsstelle bietet keinen Chat an, oder der Idempotency-Key gehört zu einem Gespräch mit anderen Angaben."),
          "429": responseRef("ZuVieleAnfragen"),
          "500": responseRef("TechnischerFehler"),
        },
      },
    },
  },
};
