import { beforeAll, describe, expect, it } from "vitest";
import { distanceKm } from "../../../app/domain/counselling/places/geo";
import type { PlaceLookup } from "../../../app/domain/counselling/places/lookup";
import { TOPIC_SLUGS } from "../../../app/domain/counselling/topics";
import { placeLookup } from "../../../app/server/places.server";
import { DEMO_CENTRES, generateDemoData, type DemoData } from "../demo-centres";
import { createRandom } from "../prng";

describe("demo data generator", () => {
  let places: PlaceLookup;
  let data: DemoData;
  beforeAll(async () => {
    places = await placeLookup();
    data = generateDemoData({ places });
  });

  it("gives the same data for the same seed and different data for another", () => {
    expect(generateDemoData({ places })).toEqual(data);
    const other = generateDemoData({ places, seed: 7 });
    expect(other.centres.map((centre) => centre.id)).not.toEqual(data.centres.map((centre) => centre.id));
  });

  it("creates about 2,000 centres in at least 80 real cities", () => {
    expect(data.centres).toHaveLength(DEMO_CENTRES);
    const cities = new Set(data.centres.map((centre) => centre.adresse.ort));
    expect(cities.size).toBeGreaterThanOrEqual(80);
    for (const centre of data.centres) {
      expect(places.resolve(centre.adresse.plz)).toMatchObject({ kind: "found" });
    }
  });

  it("places every local centre near its city and leaves nationwide offers without a place", () => {
    for (const centre of data.centres) {
      if (centre.einzugsgebiet?.bundesweit) {
        expect(centre.geo).toBeNull();
        expect(centre.kanaele).not.toContain("vor_ort");
        continue;
      }
      const city = places.resolve(centre.adresse.ort);
      if (city.kind !== "found") throw new Error(`${centre.adresse.ort} unbekannt`);
      expect(distanceKm(centre.geo!, city.place)).toBeLessThan(10);
    }
    expect(data.centres.filter((centre) => centre.einzugsgebiet?.bundesweit).length).toBeGreaterThanOrEqual(10);
  });

  it("is plainly fictional", () => {
    expect(data.centres.every((centre) => centre.name.startsWith("Demo-") && centre.isDemo)).toBe(true);
    expect(data.traeger.every((traeger) => traeger.name.startsWith("Demo-") && traeger.isDemo)).toBe(true);
    const phones = data.centres.flatMap((centre) => (centre.kontakt?.telefon ? [centre.kontakt.telefon] : []));
    expect(phones.every((phone) => phone.startsWith("0000 "))).toBe(true);
    expect(data.centres.every((centre) => centre.kontakt?.email?.endsWith(".example"))).toBe(true);
  });

  it("weights the topics towards Sucht, Schulden and Existenzsicherung", () => {
    const first = new Map<string, number>();
    for (const centre of data.centres) first.set(centre.themen[0]!, (first.get(centre.themen[0]!) ?? 0) + 1);
    const ranked = [...first].sort((a, b) => b[1] - a[1]).map(([slug]) => slug);
    expect(new Set(ranked.slice(0, 3))).toEqual(new Set(["sucht", "schulden", "existenzsicherung"]));
    expect(new Set(data.centres.flatMap((centre) => centre.themen))).toEqual(new Set(TOPIC_SLUGS));
  });

  it("always speaks German, often more, with valid ISO 639-1 codes", () => {
    expect(data.centres.every((centre) => centre.sprachen[0] === "de" && centre.sprachen.every((code) => /^[a-z]{2}$/.test(code)))).toBe(true);
    expect(data.centres.filter((centre) => centre.sprachen.length > 1).length).toBeGreaterThan(DEMO_CENTRES / 2);
  });

  it("keeps varied, valid hours, some in the evening, some closed on Fridays", () => {
    for (const centre of data.centres) {
      expect(centre.oeffnungszeiten!.length).toBeGreaterThan(0);
      for (const rule of centre.oeffnungszeiten!) expect(0 <= rule.von && rule.von < rule.bis && rule.bis <= 1440).toBe(true);
    }
    expect(data.centres.some((centre) => centre.oeffnungszeiten!.some((rule) => rule.bis >= 18 * 60))).toBe(true);
    expect(data.centres.some((centre) => !centre.oeffnungszeiten!.some((rule) => rule.wochentag === 5))).toBe(true);
    expect(data.centres.every((centre) => centre.zuletztGeprueft!.startsWith("2026-"))).toBe(true);
  });

  it("gives unique slugs and names each Träger once per federation", () => {
    expect(new Set(data.centres.map((centre) => centre.slug)).size).toBe(DEMO_CENTRES);
    expect(new Set(data.traeger.map((traeger) => `${traeger.verband}|${traeger.name}`)).size).toBe(data.traeger.length);
    const ids = new Set(data.traeger.map((traeger) => traeger.id));
    expect(data.centres.every((centre) => ids.has(centre.traegerId))).toBe(true);
  });

  it("scales to the benchmark size", () => {
    const big = generateDemoData({ places, centres: 20_000 });
    expect(big.centres).toHaveLength(20_000);
    expect(new Set(big.centres.map((centre) => centre.slug)).size).toBe(20_000);
  });
});

describe("createRandom", () => {
  it("repeats its sequence for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(createRandom(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
