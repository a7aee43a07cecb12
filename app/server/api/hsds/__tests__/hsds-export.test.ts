/**
 * The HSDS export on a real database filled by the CSV importer: the required HSDS fields are
 * there, services and locations are linked, weekly hours become byday/opens_at/closes_at, only
 * published centres appear, paging covers everything once, and every answer fits the documented
 * schema of the OpenAPI document.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../../tests/support/database";
import { setCentrePublished } from "../../../centres.server";
import { createLogger } from "../../../logger.server";
import { importCentres } from "../../../import/import-centres.server";
import { PUBLIC_URL } from "../../__tests__/support/api-app";
import { createValidator } from "../../__tests__/support/openapi-validator";
import { openApiDocument } from "../../openapi.server";
import type { ApiCall } from "../../router.server";
import { hsdsEndpoint } from "../endpoint.server";
import { hsdsOrganizationsPage, type HsdsPage } from "../export.server";
import type { HsdsObject } from "../mapping.server";

const validator = createValidator(openApiDocument(PUBLIC_URL));
const fixture = (name: string) => readFile(new URL(`../../../../../tests/fixtures/import/${name}`, import.meta.url), "utf8");
const UNPUBLISHED_CSV =
  "externe_id;name;traeger;verband;themen;strasse;plz;ort;lat;lon;kanaele\n" +
  "demo-entwurf-1;Demo-Entwurf;Demo-Träger ohne Veröffentlichung;sonstige;sucht;Weg 1;04109;Leipzig;51.34;12.37;telefon\n";

type Org = HsdsObject & { services: Array<HsdsObject & { schedules: HsdsObject[]; service_at_locations: HsdsObject[] }>; locations: HsdsObject[] };
const orgs = (page: HsdsPage) => page.contents as Org[];
const services = (page: HsdsPage) => orgs(page).flatMap((org) => org.services);

describe.each(testDatabaseKinds)("HSDS export (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let unpublishedId: string;

  beforeAll(async () => {
    await importCentres(database(), await fixture("gueltig-semikolon.csv"), { heute: "2026-11-22" });
    await importCentres(database(), UNPUBLISHED_CSV, { heute: "2026-11-22", veroeffentlichen: false });
    unpublishedId = (await database().prisma.beratungsstelle.findUniqueOrThrow({ where: { externeId: "demo-entwurf-1" } })).id;
    const koeln = await database().prisma.beratungsstelle.findUniqueOrThrow({ where: { externeId: "demo-sozial-003" } });
    await database().prisma.beratungsstelle.update({ where: { id: koeln.id }, data: { notfallzeiten: "Notfallsprechstunde: Di 8–9 Uhr" } });
    await database().prisma.oeffnungszeitAusnahme.create({ data: { beratungsstelleId: koeln.id, datum: new Date("2026-12-24T00:00:00Z"), hinweis: "Heiligabend" } });
    // Published, then withdrawn: must disappear from the export like a never-published one.
    const dresden = await database().prisma.beratungsstelle.findUniqueOrThrow({ where: { externeId: "demo-sucht-002" } });
    await setCentrePublished(database().prisma, dresden.id, false);
  });

  it("fits the documented schema and has the required HSDS fields", async () => {
    const page = await hsdsOrganizationsPage(database().prisma, { page: 1, perPage: 50 });
    expect(validator.schemaErrors("HsdsSeite", page)).toBe("");
    expect(page).toMatchObject({ total_items: 3, total_pages: 1, page_number: 1, size: 3, first_page: true, last_page: true, empty: false });
    for (const org of orgs(page)) {
      expect(org).toMatchObject({ id: expect.any(String), name: expect.any(String), description: expect.any(String) });
      const locationIds = new Set(org.locations.map((location) => location.id));
      for (const service of org.services) {
        expect(service).toMatchObject({ id: expect.any(String), name: expect.any(String), organization_id: org.id, status: "active" });
        expect(service.service_at_locations).toHaveLength(1);
        expect(service.service_at_locations[0]).toMatchObject({ id: expect.any(String), service_id: service.id });
        expect(locationIds.has(service.service_at_locations[0]!.location_id as string)).toBe(true);
      }
      for (const location of org.locations) {
        expect(location).toMatchObject({ id: expect.any(String), name: expect.any(String), latitude: expect.any(Number), longitude: expect.any(Number) });
      }
    }
  });

  it("exports weekly hours as byday/opens_at/closes_at, exceptions and emergency hours as dated or free-text schedules", async () => {
    const all = services(await hsdsOrganizationsPage(database().prisma, { page: 1, perPage: 50 }));
    const leipzig = all.find((service) => service.name === "Demo-Schuldnerberatung Leipzig-Mitte")!;
    expect(leipzig.schedules.map(({ byday, opens_at, closes_at, freq }) => ({ byday, opens_at, closes_at, freq }))).toEqual([
      { byday: "MO,TU,WE,TH", opens_at: "09:00", closes_at: "16:00", freq: "WEEKLY" },
      { byday: "FR", opens_at: "09:00", closes_at: "12:00", freq: "WEEKLY" },
    ]);
    expect(leipzig).toMatchObject({
      languages: [{ code: "de", name: "Deutsch" }, { code: "en", name: "Englisch" }, { code: "ar", name: "Arabisch" }],
      contacts: [{ email: "schuldnerberatung@example.org", phones: [{ number: "0341 000000" }] }],
      assured_date: "2026-10-15",
    });
    const koeln = all.find((service) => service.name === "Demo-Allgemeine Sozialberatung Köln")!;
    expect(koeln.schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ byday: "TU,WE,TH,FR", opens_at: "08:30", closes_at: "12:30" }),
        expect.objectContaining({ valid_from: "2026-12-24", valid_to: "2026-12-24", description: "Geschlossen (Heiligabend)" }),
        expect.objectContaining({ description: "Notfallsprechstunde: Di 8–9 Uhr" }),
      ]),
    );
  });

  it("leaves out unpublished and withdrawn centres and Träger without published centres", async () => {
    const page = await hsdsOrganizationsPage(database().prisma, { page: 1, perPage: 50 });
    const names = services(page).map((service) => service.name);
    expect(names.sort()).toEqual(["Demo-Allgemeine Sozialberatung Köln", "Demo-Fachstelle Sucht München", "Demo-Online-Schuldnerberatung", "Demo-Schuldnerberatung Leipzig-Mitte"]);
    expect(JSON.stringify(page)).not.toContain(unpublishedId);
    expect(orgs(page).map((org) => org.name)).not.toContain("Demo-Träger ohne Veröffentlichung");
  });

  it("pages by organization, each exactly once, with stable ids", async () => {
    const first = await hsdsOrganizationsPage(database().prisma, { page: 1, perPage: 2 });
    const second = await hsdsOrganizationsPage(database().prisma, { page: 2, perPage: 2 });
    const beyond = await hsdsOrganizationsPage(database().prisma, { page: 3, perPage: 2 });
    expect([first.size, second.size, beyond.size]).toEqual([2, 1, 0]);
    expect([first.last_page, second.last_page, second.total_pages]).toEqual([false, true, 2]);
    const ids = [...orgs(first), ...orgs(second)].map((org) => org.id);
    expect(new Set(ids).size).toBe(3);
    expect(await hsdsOrganizationsPage(database().prisma, { page: 1, perPage: 2 })).toEqual(first);
  });

  describe("GET /api/v1/export/hsds", () => {
    const get = async (query: string) => {
      const call = { services: { config: { PUBLIC_URL }, db: database(), logger: createLogger("silent") }, requestId: "test", query: new URLSearchParams(query), params: {} };
      const answer = await hsdsEndpoint.get!(call as unknown as ApiCall);
      return { status: answer.status, header: (name: string) => answer.headers[name] ?? null, json: async () => JSON.parse(JSON.stringify(answer.body)) };
    };

    it("answers a page as JSON with a link to the next one", async () => {
      const response = await get("?per_page=2");
      expect(response.status).toBe(200);
      expect(response.header("Link")).toBe(`<${PUBLIC_URL}/api/v1/export/hsds?page=2&per_page=2>; rel="next"`);
      expect(validator.answerErrors("/api/v1/export/hsds", "get", { status: 200, contentType: response.header("Content-Type"), body: await response.json() })).toBe("");
    });

    it.each(["?page=0", "?per_page=201", "?per_page=zehn"])("refuses %s with a documented 400", async (query) => {
      const response = await get(query);
      const body = await response.json();
      expect(response.status).toBe(400);
      expect(validator.answerErrors("/api/v1/export/hsds", "get", { status: 400, contentType: response.header("Content-Type"), body })).toBe("");
      expect(body.errors[0].pfad).toBe(query.slice(1, query.indexOf("=")));
    });
  });
});
