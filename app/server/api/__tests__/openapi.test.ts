/**
 * The OpenAPI document as a document: valid 3.1 structure, every schema compiles under strict
 * JSON Schema 2020-12, every reference resolves, the request schema covers every field the
 * facts schema takes, the examples are accepted, and documented paths match the routes.
 */
import { describe, expect, it } from "vitest";
import { BENEFIT_SLUGS } from "../../../domain/benefits/slugs";
import { buildFaktenSchema, FELDER } from "../leistungen/fakten-schema.server";
import { composeOpenApi, openApiDocument } from "../openapi.server";
import type { ApiModule } from "../openapi-shared.server";
import { API_ENDPOINTS } from "../router.server";
import { PUBLIC_URL } from "./support/api-app";
import { createValidator } from "./support/openapi-validator";

const document = openApiDocument(PUBLIC_URL);
const validator = createValidator(document);

function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, found));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") found.push(child);
      else collectRefs(child, found);
    }
  }
  return found;
}

function resolvePointer(pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

type Operation = { operationId: string; responses: Record<string, { $ref?: string; content?: Record<string, unknown> }> };
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation: operation as Operation })),
);

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with info, a server for this deployment and the CORS note", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(document.info.description).toContain("CORS");
    expect(document.servers).toEqual([{ url: PUBLIC_URL }]);
  });

  it("compiles every component schema under strict JSON Schema 2020-12", () => {
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => validator.schemaErrors(name, null), name).not.toThrow();
    }
  });

  it("resolves every $ref inside the document", () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      expect(resolvePointer(ref), ref).toBeDefined();
    }
  });

  it("names each operation uniquely, tags it with a declared tag and answers errors as problem details", () => {
    const tags = new Set(document.tags.map((tag) => tag.name));
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(path, where).toMatch(/^\/api\/v1\//);
      for (const tag of (operation as unknown as { tags: string[] }).tags) expect(tags.has(tag), `${where}: tag ${tag}`).toBe(true);
      for (const [status, response] of Object.entries(operation.responses)) {
        const resolved = (response.$ref ? resolvePointer(response.$ref) : response) as { content?: Record<string, unknown> };
        // 204 No Content (DELETE /api/v1/termine/{buchungscode}) is the one answer without a body.
        if (status === "204") {
          expect(resolved.content, `${where} 204`).toBeUndefined();
          continue;
        }
        if (!resolved.content) throw new Error(`${where} ${status}: kein Inhalt beschrieben`);
        const mediaTypes = Object.keys(resolved.content);
        expect(mediaTypes, `${where} ${status}`).toEqual([Number(status) >= 400 ? "application/problem+json" : "application/json"]);
      }
    }
  });

  it("documents exactly the endpoints the API router serves", () => {
    // Express writes path parameters as ":id", OpenAPI as "{id}".
    const routes = API_ENDPOINTS.map((endpoint) => endpoint.path.replace(/:(\w+)/g, "{$1}"));
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
    expect(routes).toEqual(expect.arrayContaining(["/api/v1/leistungen", "/api/v1/leistungscheck", "/api/v1/openapi.json"]));
  });

  it("accepts each documented request example", () => {
    const operation = document.paths["/api/v1/leistungscheck"]!.post as { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
    const examples = Object.entries(operation.requestBody.content["application/json"]!.examples);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [name, example] of examples) expect(validator.schemaErrors("Fakten", example.value), name).toBe("");
  });

  it("lists every benefit slug once", () => {
    expect(document.components.schemas.Leistungsslug).toMatchObject({ enum: [...BENEFIT_SLUGS] });
  });
});

describe("request schema generated from the facts schema", () => {
  it("describes every field, with no description left over for a field that is gone", () => {
    const { ohneBeschreibung, unbekannt } = buildFaktenSchema();
    expect(ohneBeschreibung).toEqual([]);
    expect(unbekannt).toEqual([]);
  });

  it("reports a field without description and a description without field", () => {
    const { "personen[].schwanger": _removed, ...felder } = FELDER;
    const { ohneBeschreibung, unbekannt } = buildFaktenSchema({ ...felder, "personen[].lieblingsfarbe": { description: "?" } });
    expect(ohneBeschreibung).toEqual(["personen[].schwanger"]);
    expect(unbekannt).toEqual(["personen[].lieblingsfarbe"]);
  });

  it("states the role rules: exactly one antragsteller, at most one partner", () => {
    const person = (rolle: string) => ({ rolle, alter: 40 });
    expect(validator.schemaErrors("Fakten", { personen: [person("antragsteller"), person("partner"), person("kind")] })).toBe("");
    expect(validator.schemaErrors("Fakten", { personen: [person("kind")] })).not.toBe("");
    expect(validator.schemaErrors("Fakten", { personen: [person("antragsteller"), person("antragsteller")] })).not.toBe("");
    expect(validator.schemaErrors("Fakten", { personen: [person("antragsteller"), person("partner"), person("partner")] })).not.toBe("");
  });
});

describe("composing feature modules", () => {
  const feature = (path: string, schema: string): ApiModule => ({
    tag: { name: "Test", description: "Test" },
    paths: { [path]: { get: { operationId: path, responses: {} } } },
    schemas: { [schema]: { type: "object" } },
  });

  it("adds a later feature's paths, schemas and tag", () => {
    const composed = composeOpenApi(PUBLIC_URL, [feature("/api/v1/beratungsstellen", "Beratungsstelle")]);
    expect(composed.paths["/api/v1/beratungsstellen"]).toBeDefined();
    expect(composed.components.schemas.Beratungsstelle).toEqual({ type: "object" });
    expect(composed.tags.map((tag) => tag.name)).toContain("Test");
  });

  it("refuses a path or schema name that two modules claim", () => {
    expect(() => composeOpenApi(PUBLIC_URL, [feature("/api/v1/x", "A"), feature("/api/v1/x", "B")])).toThrow(/Pfad/);
    expect(() => composeOpenApi(PUBLIC_URL, [feature("/api/v1/x", "Problem")])).toThrow(/Schema/);
  });
});
