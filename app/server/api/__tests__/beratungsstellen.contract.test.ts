/**
 * GET /api/v1/beratungsstellen and /api/v1/beratungsstellen/{id} through the real Express app,
 * on a database filled through the repository and indexed by the embedded engine: results,
 * filters, facets and paging, every refusal as documented problem details, and every answer
 * validated against the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { seedSearchFixture, type SearchFixture } from "../../counselling/__tests__/centre-fixtures";
import { placeLookup } from "../../places.server";
import type { ApiBeratungsstelle, ApiTrefferliste } from "../beratungsstellen/answers.server";
import { openApiDocument } from "../openapi.server";
import type { FeldFehler } from "../problem.server";
import { PUBLIC_URL, startApiServer, type ApiServer } from "./support/api-app";
import { send, type FullAnswer } from "./support/client";
import { createValidator } from "./support/openapi-validator";

const LIST = "/api/v1/beratungsstellen";
const ONE = "/api/v1/beratungsstellen/{id}";
const validator = createValidator(openApiDocument(PUBLIC_URL));

describe.each(testDatabaseKinds)("API Beratungsstellen (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fixture: SearchFixture;
  let server: ApiServer;

  beforeAll(async () => {
    fixture = await seedSearchFixture(database());
    server = await startApiServer({}, { db: database(), search: fixture.search, places: await placeLookup() });
  });
  afterAll(() => server?.close());

  async function list(query: string): Promise<ApiTrefferliste> {
    const answer = await send(`${server.base}${LIST}?${query}`);
    expect(answer.status, answer.text.slice(0, 400)).toBe(200);
    expect(validator.answerErrors(LIST, "get", answer)).toBe("");
    return answer.body as ApiTrefferliste;
  }
  const names = (body: ApiTrefferliste) => body.treffer.map((treffer) => treffer.name);

  async function refused(query: string): Promise<FeldFehler[]> {
    const answer = await send(`${server.base}${LIST}?${query}`);
    expect(answer.status, answer.text.slice(0, 400)).toBe(400);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(validator.answerErrors(LIST, "get", answer)).toBe("");
    return (answer.body as { errors: FeldFehler[] }).errors;
  }

  it("finds centres around a PLZ, nearest first, nationwide offers after the local ones", async () => {
    const body = await list("ort=04109&thema=schulden");
    expect(names(body)).toEqual(["Demo-Schuldnerberatung Leipzig-Mitte", "Demo-Onlineberatung Schulden"]);
    expect(body).toMatchObject({ gesamt: 2, seite: 1, pro_seite: 20, ort: { name: "Leipzig", plz: "04109" } });
    const [local, online] = body.treffer;
    expect(local).toMatchObject({
      id: fixture.ids.leipzigSchulden,
      slug: "demo-schuldnerberatung-leipzig-mitte",
      url: `${PUBLIC_URL}/beratungsstellen/demo-schuldnerberatung-leipzig-mitte`,
      traeger: { id: fixture.traeger.caritas, name: "Demo-Caritasverband Leipzig", verband: "caritas" },
      themen: ["schulden"],
      adresse: { strasse: "Demo-Straße 1", plz: "04109", ort: "Leipzig" },
      kanaele: ["vor_ort", "telefon", "video"],
      sprachen: ["de", "ar"],
      bundesweit: false,
      demo: true,
    });
    expect(local!.distanz_km).toBeLessThan(1);
    expect(online).toMatchObject({ bundesweit: true, distanz_km: null });
  });

  it("widens to Halle at 50 km and leaves out the unpublished draft", async () => {
    const body = await list("ort=Leipzig&umkreis_km=50&thema=schulden");
    expect(names(body)).toEqual(["Demo-Schuldnerberatung Leipzig-Mitte", "Demo-Schuldnerberatung Halle", "Demo-Onlineberatung Schulden"]);
    expect(body.treffer[1]!.distanz_km).toBeGreaterThan(25);
    expect(body.treffer[1]!.distanz_km).toBeLessThan(50);
    expect(JSON.stringify(body)).not.toContain("Entwurf");
  });

  it("searches free text with compounds and synonyms", async () => {
    expect(names(await list("q=Schulden%20Beratung&ort=04109"))).toContain("Demo-Schuldnerberatung Leipzig-Mitte");
    expect(names(await list("q=Alkohol"))).toEqual(expect.arrayContaining(["Demo-Suchtberatung Leipzig-Ost", "Demo-Suchtberatung Berlin"]));
  });

  it.each([
    ["sprache=ar", ["Demo-Schuldnerberatung Leipzig-Mitte"]],
    ["kanal=chat", ["Demo-Onlineberatung Schulden"]],
    ["barrierefrei=true", ["Demo-Schuldnerberatung Leipzig-Mitte"]],
    ["anonym=true", ["Demo-Schuldnerberatung Leipzig-Mitte"]],
    ["traeger=diakonie&sortierung=name", ["Demo-Onlineberatung Schulden", "Demo-Schuldnerberatung Halle", "Demo-Suchtberatung Leipzig-Ost"]],
  ])("filters: %s", async (query, expected) => {
    expect(names(await list(query)).sort()).toEqual([...expected].sort());
  });

  it("filters by Träger id and by 'not barrier-free'", async () => {
    const byId = await list(`traeger=${fixture.traeger.caritas}&sortierung=name`);
    expect(names(byId)).toEqual(["Demo-Schuldnerberatung Leipzig-Mitte", "Demo-Sozialberatung Markkleeberg", "Demo-Suchtberatung Berlin"]);
    expect(names(await list("barrierefrei=false"))).not.toContain("Demo-Schuldnerberatung Leipzig-Mitte");
    expect((await list("barrierefrei=false")).gesamt).toBe(5);
  });

  it("counts facets, each active filter's facet without that filter", async () => {
    const body = await list("ort=04109&umkreis_km=50&thema=schulden");
    expect(body.facetten.themen).toEqual({ schulden: 3, sucht: 1, existenzsicherung: 1 });
    expect(body.facetten.verband).toEqual({ caritas: 1, diakonie: 2 });
    expect(body.facetten.kanaele).toMatchObject({ video: 1, chat: 1 });
    expect(body.facetten.barrierefrei).toEqual({ true: 1, false: 2 });
  });

  it("pages through the results", async () => {
    const all = await list("sortierung=name");
    expect(all.gesamt).toBe(6);
    const second = await list("sortierung=name&pro_seite=4&seite=2");
    expect(second).toMatchObject({ gesamt: 6, seite: 2, pro_seite: 4 });
    expect(names(second)).toEqual(names(all).slice(4));
    expect((await list("pro_seite=4&seite=3")).treffer).toEqual([]);
  });

  it.each([
    ["umkreis_km=3&ort=04109", ["umkreis_km"]],
    ["umkreis_km=25", ["umkreis_km"]],
    ["pro_seite=0&seite=x", ["seite", "pro_seite"]],
    ["thema=gibtsnicht&kanal=fax", ["thema", "kanal"]],
    ["sprache=xx", ["sprache"]],
    ["barrierefrei=ja", ["barrierefrei"]],
    ["traeger=kirche", ["traeger"]],
    ["umkreis=10", ["umkreis"]],
    ["thema=sucht&thema=schulden", ["thema"]],
  ])("refuses %s, naming %o", async (query, fields) => {
    const errors = await refused(query);
    expect(errors.map((error) => error.pfad).sort()).toEqual([...fields].sort());
    for (const error of errors) expect(error.meldung).toMatch(new RegExp(`^${error.pfad}: `));
  });

  it("refuses an unknown place with suggestions", async () => {
    const errors = await refused("ort=Leipzg");
    expect(errors).toEqual([{ pfad: "ort", meldung: expect.stringMatching(/^ort: „Leipzg“ kennen wir nicht; meinten Sie .*Leipzig/) }]);
  });

  it("answers one centre with all its data", async () => {
    const answer = await send(`${server.base}/api/v1/beratungsstellen/${fixture.ids.leipzigSchulden}`);
    expect(answer.status).toBe(200);
    expect(validator.answerErrors(ONE, "get", answer)).toBe("");
    const centre = answer.body as ApiBeratungsstelle;
    expect(centre).toMatchObject({
      name: "Demo-Schuldnerberatung Leipzig-Mitte",
      traeger: { verband: "caritas", website: "https://caritas.example" },
      kontakt: { telefon: "0000 111111", email: "schulden@beratung.example" },
      barrierefreiheit: { stufenlos: true, wc: true, aufzug: false, hinweis: "Eingang über den Hof." },
      notfallzeiten: "Bei Kontopfändung: Di 8–9 Uhr",
      zuletzt_geprueft: "2026-10-15",
      geo: { lat: 51.3397, lng: 12.3731 },
      demo: true,
    });
    expect(centre.oeffnungszeiten[0]).toEqual({ wochentag: 1, von: "09:00", bis: "16:00" });
    expect(centre.ausnahmen).toEqual([{ datum: "2026-12-24", geschlossen: true, zeiten: [], hinweis: "Heiligabend" }]);
  });

  it.each([
    ["an unknown id", "3f1c1a9e-0000-4000-8000-000000000000"],
    ["no UUID", "demo-schuldnerberatung-leipzig-mitte"],
    ["an unpublished centre", "entwurf"],
  ])("answers %s with 404 problem details", async (_name, id) => {
    const answer: FullAnswer = await send(`${server.base}/api/v1/beratungsstellen/${id === "entwurf" ? fixture.ids.entwurf : id}`);
    expect(answer.status).toBe(404);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(validator.answerErrors(ONE, "get", answer)).toBe("");
  });

  it("takes only GET", async () => {
    const answer = await send(`${server.base}${LIST}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("GET, HEAD");
  });
});
