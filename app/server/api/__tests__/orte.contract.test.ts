/**
 * GET /api/v1/orte (place suggestions while typing) through the real Express app with the real
 * offline place lookup; every answer validated against the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeLookup } from "../../places.server";
import type { ApiOrtVorschlag } from "../beratungsstellen/orte.server";
import { openApiDocument } from "../openapi.server";
import type { FeldFehler } from "../problem.server";
import { PUBLIC_URL, startApiServer, type ApiServer } from "./support/api-app";
import { send } from "./support/client";
import { createValidator } from "./support/openapi-validator";

const PATH = "/api/v1/orte";
const validator = createValidator(openApiDocument(PUBLIC_URL));
let server: ApiServer;

beforeAll(async () => {
  server = await startApiServer({}, { places: await placeLookup() });
});
afterAll(() => server?.close());

async function suggestions(q: string): Promise<ApiOrtVorschlag[]> {
  const answer = await send(`${server.base}${PATH}?q=${encodeURIComponent(q)}`);
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  expect(validator.answerErrors(PATH, "get", answer)).toBe("");
  expect(answer.headers.get("cache-control")).toBe("public, max-age=86400");
  return (answer.body as { vorschlaege: ApiOrtVorschlag[] }).vorschlaege;
}

async function refused(query: string): Promise<FeldFehler[]> {
  const answer = await send(`${server.base}${PATH}${query}`);
  expect(answer.status, answer.text.slice(0, 300)).toBe(400);
  expect(validator.answerErrors(PATH, "get", answer)).toBe("");
  return (answer.body as { errors: FeldFehler[] }).errors;
}

describe("GET /api/v1/orte", () => {
  it("a name prefix suggests places, the city itself first, its value a PLZ and name the search field takes", async () => {
    const list = await suggestions("Leip");
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(8);
    expect(list[0]).toMatchObject({ anzeige: "Leipzig", wert: "04103 Leipzig", plz: "04103" });
    expect(list.map((s) => s.anzeige)).toContain("Leipheim");
  });

  it("umlauts and their spellings give the same suggestions", async () => {
    const [withUmlaut, spelled] = [await suggestions("Münch"), await suggestions("Muench")];
    expect(withUmlaut[0]?.anzeige).toBe("München");
    expect(spelled.map((s) => s.wert)).toEqual(withUmlaut.map((s) => s.wert));
  });

  it("a PLZ prefix suggests postcodes in order, each naming its place", async () => {
    const list = await suggestions("0410");
    expect(list.map((s) => s.plz)).toEqual([...list.map((s) => s.plz)].sort());
    expect(list[0]).toMatchObject({ plz: "04103", wert: expect.stringContaining("04103") });
    expect(list.every((s) => s.plz?.startsWith("0410"))).toBe(true);
  });

  it("nothing matching is an empty list, not an error", async () => {
    expect(await suggestions("Xqzzy")).toEqual([]);
  });

  it("refuses a missing, empty, too long or repeated q and unknown parameters, naming each", async () => {
    expect((await refused("")).map((e) => e.pfad)).toEqual(["q"]);
    expect((await refused("?q=%20%20")).map((e) => e.pfad)).toEqual(["q"]);
    expect((await refused(`?q=${"a".repeat(61)}`))[0]?.meldung).toContain("höchstens 60 Zeichen");
    expect((await refused("?q=Leip&q=Halle"))[0]?.meldung).toContain("höchstens einmal");
    expect((await refused("?q=Leip&ort=x")).map((e) => e.pfad)).toEqual(["ort"]);
  });
});
