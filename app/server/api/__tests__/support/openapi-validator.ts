/**
 * Validates API responses against the OpenAPI document itself, with Ajv for JSON Schema 2020-12
 * (the dialect of OpenAPI 3.1). The whole document is registered once, so `$ref`s inside it
 * resolve as any OpenAPI tool would resolve them.
 */
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "../../openapi.server";

const DOCUMENT_ID = "https://api.test/openapi.json";
// ajv-formats is CommonJS; its default export arrives wrapped once more under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

const escapePointer = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");

export type Answer = { status: number; contentType: string | null; body: unknown };

export function createValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's top-level fields are not schema keywords; declare them so strict mode accepts the wrapper.
  for (const field of ["openapi", "info", "servers", "tags", "paths", "components"]) ajv.addKeyword(field);
  ajv.addSchema(document, DOCUMENT_ID);

  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  const validatorAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };

  const format = (errors: ErrorObject[] | null | undefined) =>
    (errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`).join("; ");

  return {
    /** Errors of a value against `#/components/schemas/<name>`; empty when valid. */
    schemaErrors(name: string, value: unknown): string {
      const validate = validatorAt(`/components/schemas/${name}`);
      return validate(value) ? "" : format(validate.errors);
    },
    /** Errors of an answer against the documented response of an operation; empty when valid. */
    answerErrors(path: string, method: "get" | "post" | "delete", answer: Answer): string {
      const operation = document.paths[path]?.[method] as { responses: Record<string, { $ref?: string }> } | undefined;
      if (!operation) return `${method.toUpperCase()} ${path} ist nicht dokumentiert`;
      const response = operation.responses[String(answer.status)];
      if (!response) return `Status ${answer.status} ist für ${method.toUpperCase()} ${path} nicht dokumentiert`;
      const base = response.$ref
        ? response.$ref.slice(1)
        : `/paths/${escapePointer(path)}/${method}/responses/${answer.status}`;
      const mediaType = answer.contentType?.split(";")[0]?.trim() ?? "";
      const responseObject = (response.$ref
        ? document.components.responses[response.$ref.split("/").pop()!]
        : response) as { content?: Record<string, unknown> };
      if (!responseObject.content?.[mediaType]) return `Inhaltstyp ${mediaType} ist für Status ${answer.status} nicht dokumentiert`;
      const validate = validatorAt(`${base}/content/${escapePointer(mediaType)}/schema`);
      return validate(answer.body) ? "" : format(validate.errors);
    },
  };
}
