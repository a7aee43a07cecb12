/**
 * Contract of POST /api/v1/leistungscheck through the real Express app: the personas, edge
 * inputs, a table of malformed bodies (each must name exactly the bad fields), and a sweep of
 * odd values that must never produce anything but a documented 200 or 400. Every answer is
 * validated against the OpenAPI document the API serves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../../domain/benefits/catalog";
import type { FactsInput } from "../../../domain/benefits/facts";
import { BENEFIT_SLUGS } from "../../../domain/benefits/slugs";
import { localDateInBerlin } from "../../../domain/shared/dates";
import { createLogger } from "../../logger.server";
import { BEISPIELE } from "../leistungen/beispiele.server";
import { leistungscheckEndpoint } from "../leistungen/endpoints.server";
import { FELDER } from "../leistungen/fakten-schema.server";
import type { ApiErgebnis, LeistungscheckAntwort } from "../leistungen/leistungscheck.server";
import { openApiDocument } from "../openapi.server";
import type { ApiCall } from "../router.server";
import { PUBLIC_URL, startApiServer, type ApiServer } from "./support/api-app";
import { postJson, withField, type FullAnswer } from "./support/client";
import { createValidator } from "./support/openapi-validator";

const PATH = "/api/v1/leistungscheck";
const validator = createValidator(openApiDocument(PUBLIC_URL));
let server: ApiServer;

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

const check = (body: unknown, headers?: Record<string, string>) => postJson(`${server.base}${PATH}`, body, headers);

function expectDocumented(answer: FullAnswer) {
  expect(validator.answerErrors(PATH, "post", answer), answer.text.slice(0, 500)).toBe("");
}

async function ergebnisse(body: unknown): Promise<LeistungscheckAntwort> {
  const answer = await check(body);
  expect(answer.status, answer.text.slice(0, 500)).toBe(200);
  expectDocumented(answer);
  return answer.body as LeistungscheckAntwort;
}

const ergebnis = (antwort: LeistungscheckAntwort, slug: string) => antwort.ergebnisse.find((e) => e.leistung === slug)!;

/** "personen.0.alter" → "personen[].alter", the key of that field in FELDER. */
const asFieldPath = (fakt: string) => fakt.replace(/\.\d+/g, "[]");

describe("valid requests", () => {
  it.each(Object.entries(BEISPIELE))("answers the persona %s with one documented result per benefit", async (_name, beispiel) => {
    const answer = await check(beispiel.value);
    expect(answer.status, answer.text.slice(0, 500)).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expectDocumented(answer);
    const antwort = answer.body as LeistungscheckAntwort;
    expect(antwort.stichtag).toBe(beispiel.value.stichtag);
    expect(antwort.ergebnisse.map((e) => e.leistung)).toEqual([...BENEFIT_SLUGS]);
    for (const e of antwort.ergebnisse) {
      expect(e.titel).toBe(CATALOG[e.leistung].titel);
      for (const { fakt } of e.fehlende_angaben) expect(FELDER, `${e.leistung}: ${fakt}`).toHaveProperty([asFieldPath(fakt)]);
    }
  });

  it("gives Kindergeld for two children as the household total in euros, by Stichtag", async () => {
    const facts = BEISPIELE.alleinerziehend.value;
    expect(ergebnis(await ergebnisse({ ...facts, stichtag: "2026-11-22" }), "kindergeld").betrag_monat).toBe(518);
    expect(ergebnis(await ergebnisse({ ...facts, stichtag: "2025-06-01" }), "kindergeld").betrag_monat).toBe(510);
  });

  it("gives the unemployed persona Grundsicherungsgeld of Regelbedarf 563 € plus the stated housing costs", async () => {
    const result = ergebnis(await ergebnisse(BEISPIELE.arbeitslos.value), "grundsicherungsgeld");
    expect(result.betrag_monat).toBe(563 + 480 + 70);
  });

  it("answers Wohngeld in whole euros", async () => {
    const wohngeld = ergebnis(await ergebnisse(BEISPIELE.alleinerziehend.value), "wohngeld");
    if (wohngeld.betrag_monat !== null) expect(Number.isInteger(wohngeld.betrag_monat)).toBe(true);
  });
});

describe("the endpoint handler called directly", () => {
  const call = async (body: unknown) =>
    leistungscheckEndpoint.post!({
      services: { config: { PUBLIC_URL }, logger: createLogger("silent") },
      requestId: "test",
      query: new URLSearchParams(),
      params: {},
      contentType: "application/json",
      body: async () => Buffer.from(JSON.stringify(body)),
    } as unknown as ApiCall);

  it("answers without Express in between", async () => {
    expect((await call(BEISPIELE.rentnerin.value)).status).toBe(200);
    const invalid = await call(set("personen.0.alter", -1));
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ errors: [{ pfad: "personen.0.alter" }] });
  });
});

describe("edge inputs", () => {
  it("uses today in Europe/Berlin when no stichtag is given", async () => {
    const before = localDateInBerlin(new Date());
    const { stichtag: _given, ...facts } = BEISPIELE.arbeitslos.value;
    const antwort = await ergebnisse(facts);
    expect([before, localDateInBerlin(new Date())]).toContain(antwort.stichtag);
  });

  // A child turning 18 changes Kindergeld, so the age read from geburtsdatum is visible in the answer.
  const withChild = (stichtag: string, kind: Record<string, unknown>) =>
    withField({ ...BEISPIELE.alleinerziehend.value, stichtag }, "personen.2", { rolle: "kind", ...kind });

  it("answers differently for a child of 17 and of 18 (so the next cases can fail)", async () => {
    const at17 = await ergebnisse(withChild("2026-11-22", { alter: 17 }));
    const at18 = await ergebnisse(withChild("2026-11-22", { alter: 18 }));
    expect(ergebnis(at17, "kindergeld")).not.toEqual(ergebnis(at18, "kindergeld"));
  });

  it.each([
    ["on the 18th birthday", "2026-11-22", "2008-11-22", 18],
    ["the day before the 18th birthday", "2026-11-22", "2008-11-23", 17],
    ["born on 29 February, on 28 February of a common year", "2026-02-28", "2008-02-29", 17],
    ["born on 29 February, on 1 March of a common year", "2026-03-01", "2008-02-29", 18],
  ])("treats geburtsdatum like the age on the Stichtag (%s)", async (_case, stichtag, geburtsdatum, alter) => {
    expect(await ergebnisse(withChild(stichtag, { geburtsdatum }))).toEqual(await ergebnisse(withChild(stichtag, { alter })));
  });

  it("accepts amounts with decimals and answers amounts in euros with at most two decimals", async () => {
    let facts: FactsInput = withField(BEISPIELE.alleinerziehend.value, "wohnen.wohnkosten_monat", 749.99);
    facts = withField(facts, "personen.0.einkommen.0.netto_monat", 1199.5);
    facts = withField(facts, "wohnen.heizkosten_monat", 89.015);
    const antwort = await ergebnisse(facts);
    for (const { betrag_monat } of antwort.ergebnisse) {
      if (betrag_monat !== null) expect(Math.abs(betrag_monat * 100 - Math.round(betrag_monat * 100))).toBeLessThan(1e-6);
    }
  });

  it("answers the smallest valid body, naming missing facts by their field in the request", async () => {
    const antwort = await ergebnisse({ personen: [{ rolle: "antragsteller" }] });
    const fakten = antwort.ergebnisse.flatMap((e: ApiErgebnis) => e.fehlende_angaben.map((f) => f.fakt));
    expect(fakten).toContain("wohnen.wohnkosten_monat");
    expect(fakten.map(asFieldPath).filter((field) => !(field in FELDER))).toEqual([]);
  });

  it("accepts the content type with charset and in any letter case", async () => {
    for (const contentType of ["application/json; charset=utf-8", "Application/JSON", "application/json;charset=\"UTF-8\""]) {
      expect((await check(BEISPIELE.arbeitslos.value, { "Content-Type": contentType })).status, contentType).toBe(200);
    }
  });
});

type Malformed = { name: string; body: unknown; pfade: string[]; nurServerseitig?: true };

const base = BEISPIELE.alleinerziehend.value;
const set = (path: string, value: unknown) => withField(base, path, value);
const antragsteller = { rolle: "antragsteller", alter: 40 };

/** Each body is wrong in the fields named by `pfade`, and only there. */
const MALFORMED: Malformed[] = [
  { name: "an array instead of an object", body: [], pfade: [""] },
  { name: "a string instead of an object", body: "Haushalt", pfade: [""] },
  { name: "null", body: null, pfade: [""] },
  { name: "a number", body: 42, pfade: [""] },
  { name: "an empty object", body: {}, pfade: ["personen"] },
  { name: "an unknown top-level field", body: { ...base, einkommen: 1200 }, pfade: ["einkommen"] },
  { name: "personen empty", body: set("personen", []), pfade: ["personen"] },
  { name: "personen not a list", body: set("personen", { rolle: "antragsteller" }), pfade: ["personen"] },
  { name: "more than 20 persons", body: set("personen", [antragsteller, ...Array.from({ length: 20 }, () => ({ rolle: "kind", alter: 3 }))]), pfade: ["personen"] },
  { name: "no antragsteller", body: set("personen", [{ rolle: "kind", alter: 3 }]), pfade: ["personen"] },
  { name: "two antragsteller", body: set("personen", [antragsteller, antragsteller]), pfade: ["personen"] },
  { name: "two partners", body: set("personen", [antragsteller, { rolle: "partner" }, { rolle: "partner" }]), pfade: ["personen"] },
  { name: "stichtag not a calendar date", body: set("stichtag", "2026-13-01"), pfade: ["stichtag"] },
  { name: "stichtag in German notation", body: set("stichtag", "22.11.2026"), pfade: ["stichtag"] },
  { name: "stichtag as a number", body: set("stichtag", 20261122), pfade: ["stichtag"] },
  { name: "wohnort as a string", body: set("wohnort", "04109"), pfade: ["wohnort"] },
  { name: "plz with four digits", body: set("wohnort.plz", "4109"), pfade: ["wohnort.plz"] },
  { name: "plz as a number", body: set("wohnort.plz", 4109), pfade: ["wohnort.plz"] },
  { name: "mietstufe 8", body: set("wohnort.mietstufe", 8), pfade: ["wohnort.mietstufe"] },
  { name: "mietstufe 2.5", body: set("wohnort.mietstufe", 2.5), pfade: ["wohnort.mietstufe"] },
  { name: "unknown wohnen.art", body: set("wohnen.art", "wg"), pfade: ["wohnen.art"] },
  { name: "negative wohnkosten", body: set("wohnen.wohnkosten_monat", -1), pfade: ["wohnen.wohnkosten_monat"] },
  { name: "wohnkosten as a string", body: set("wohnen.wohnkosten_monat", "750"), pfade: ["wohnen.wohnkosten_monat"] },
  { name: "heizkosten absurdly high", body: set("wohnen.heizkosten_monat", 1e9), pfade: ["wohnen.heizkosten_monat"] },
  { name: "vermoegen null", body: set("vermoegen", null), pfade: ["vermoegen"] },
  { name: "unknown rolle", body: set("personen.1.rolle", "chef"), pfade: ["personen.1.rolle"] },
  { name: "negative alter", body: set("personen.0.alter", -1), pfade: ["personen.0.alter"] },
  { name: "alter with decimals", body: set("personen.1.alter", 4.5), pfade: ["personen.1.alter"] },
  { name: "alter as a string", body: set("personen.2.alter", "9"), pfade: ["personen.2.alter"] },
  { name: "alter 131", body: set("personen.0.alter", 131), pfade: ["personen.0.alter"] },
  { name: "geburtsdatum 30 February", body: set("personen.0.geburtsdatum", "1990-02-30"), pfade: ["personen.0.geburtsdatum"] },
  { name: "geburtsdatum after the stichtag", body: set("personen.1.geburtsdatum", "2026-12-01"), pfade: ["personen.1.geburtsdatum"], nurServerseitig: true },
  { name: "erwerbsfaehig as text", body: set("personen.0.erwerbsfaehig", "ja"), pfade: ["personen.0.erwerbsfaehig"] },
  { name: "unknown taetigkeit", body: set("personen.0.taetigkeit", "rentner"), pfade: ["personen.0.taetigkeit"] },
  { name: "grad_der_behinderung 110", body: set("personen.0.grad_der_behinderung", 110), pfade: ["personen.0.grad_der_behinderung"] },
  { name: "pflegegrad 6", body: set("personen.0.pflegegrad", 6), pfade: ["personen.0.pflegegrad"] },
  { name: "schwanger as 1", body: set("personen.0.schwanger", 1), pfade: ["personen.0.schwanger"] },
  { name: "bezieht_grundsicherung as text", body: set("personen.0.bezieht_grundsicherung", "nein"), pfade: ["personen.0.bezieht_grundsicherung"] },
  { name: "unknown field of a person", body: set("personen.0.name", "Erika"), pfade: ["personen.0.name"] },
  { name: "einkommen not a list", body: set("personen.0.einkommen", { art: "rente", brutto_monat: 900 }), pfade: ["personen.0.einkommen"] },
  { name: "more than 20 incomes", body: set("personen.0.einkommen", Array.from({ length: 21 }, () => ({ art: "sonstiges", brutto_monat: 1 }))), pfade: ["personen.0.einkommen"] },
  { name: "income without brutto_monat", body: set("personen.0.einkommen.0.brutto_monat", undefined), pfade: ["personen.0.einkommen.0.brutto_monat"] },
  { name: "unknown income art", body: set("personen.0.einkommen.0.art", "lohn"), pfade: ["personen.0.einkommen.0.art"] },
  { name: "negative brutto", body: set("personen.0.einkommen.0.brutto_monat", -5), pfade: ["personen.0.einkommen.0.brutto_monat"] },
  { name: "netto with a decimal comma", body: set("personen.0.einkommen.0.netto_monat", "1200,50"), pfade: ["personen.0.einkommen.0.netto_monat"] },
  { name: "steuern as text", body: set("personen.0.einkommen.0.steuern", "ja"), pfade: ["personen.0.einkommen.0.steuern"] },
  { name: "grundrentenzeiten with decimals", body: set("personen.0.einkommen.0.grundrentenzeiten_jahre", 33.5), pfade: ["personen.0.einkommen.0.grundrentenzeiten_jahre"] },
  { name: "unknown field of an income", body: set("personen.0.einkommen.0.waehrung", "EUR"), pfade: ["personen.0.einkommen.0.waehrung"] },
  {
    name: "three bad fields at once",
    body: withField(withField(set("wohnort.plz", "abc"), "personen.2.alter", -3), "personen.0.einkommen.0.art", "lohn"),
    pfade: ["wohnort.plz", "personen.2.alter", "personen.0.einkommen.0.art"],
  },
];

describe("malformed bodies", () => {
  it("has at least 30 cases", () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MALFORMED.map((c) => [c.name, c] as const))("answers 400 naming the bad fields: %s", async (_name, testCase) => {
    const answer = await check(testCase.body);
    expect(answer.status, answer.text).toBe(400);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expectDocumented(answer);
    const problem = answer.body as { type: string; errors: Array<{ pfad: string; meldung: string }> };
    expect(problem.type).toBe(`${PUBLIC_URL}/api/v1/openapi.json#/components/schemas/UngueltigeAngaben`);
    expect([...new Set(problem.errors.map((e) => e.pfad))].sort()).toEqual([...testCase.pfade].sort());
  });

  it.each(MALFORMED.map((c) => [c.name, c] as const))("words each field message in German: %s", async (_name, testCase) => {
    const { errors } = (await check(testCase.body)).body as { errors: Array<{ meldung: string }> };
    for (const { meldung } of errors) expect(meldung).not.toMatch(/^(Invalid|Too (small|big)|Unrecognized|Expected)\b/);
  });

  it.each(MALFORMED.filter((c) => !c.nurServerseitig).map((c) => [c.name, c] as const))(
    "is rejected by the documented request schema as well: %s",
    (_name, testCase) => {
      expect(validator.schemaErrors("Fakten", testCase.body)).not.toBe("");
    },
  );
});

describe("odd values anywhere", () => {
  const ODD_VALUES = [null, "", -1, 0, 0.001, 9_999_999.99, 1e300, true, [], {}, "2026-02-29"];
  const leafPaths = (value: unknown, prefix = ""): string[] =>
    value !== null && typeof value === "object"
      ? Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  const paths = [...leafPaths(base), "personen.0.geburtsdatum", "personen.0.pflegegrad", "wohnort.mietstufe"];

  it(`answers only documented 200 or 400 for ${ODD_VALUES.length} odd values in each of ${paths.length} fields`, async () => {
    for (const path of paths) {
      for (const value of ODD_VALUES) {
        const answer = await check(withField(base, path, value));
        expect([200, 400], `${path} = ${JSON.stringify(value)}: ${answer.text.slice(0, 300)}`).toContain(answer.status);
        expect(validator.answerErrors(PATH, "post", answer), `${path} = ${JSON.stringify(value)}`).toBe("");
      }
    }
  });
});
