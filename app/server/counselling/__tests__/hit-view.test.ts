import { describe, expect, it } from "vitest";
import { centre } from "../../../../search/__tests__/fixtures";
import { toHitView } from "../hit-view.server";

// Monday 2026-11-23, 10:00 and 17:00 in Berlin.
const monday = (minute: number) => ({ wochentag: 1 as const, minute, datum: "2026-11-23" });

describe("a search hit as a card", () => {
  const hit = {
    ...centre("h1", "Demo-Schuldnerberatung Nord", {
      ort: "leipzig",
      themen: ["schulden", "existenzsicherung"],
      traeger: { name: "Demo-Caritas Leipzig", verband: "caritas" },
      kanaele: ["vor_ort", "video"],
      sprachen: ["de", "uk", "xx"],
      hours: "Mo-Fr 09:00-12:00, 13:00-16:00",
    }),
    distanzKm: 2.345,
  };

  it("writes every line in words, with the distance the German way", () => {
    expect(toHitView(hit, monday(600))).toEqual({
      slug: "h1",
      name: "Demo-Schuldnerberatung Nord",
      traeger: "Träger: Demo-Caritas Leipzig (Caritas) · Themen: Schulden, Geldsorgen und Existenzsicherung",
      adresse: "Musterstraße 1, 04109 Leipzig – 2,3 km entfernt",
      bundesweit: false,
      zugang: "Erreichbar über: Vor Ort, Video · Sprachen: Deutsch, Ukrainisch, XX",
      heute: "Heute 9:00–12:00 und 13:00–16:00 Uhr",
      offenJetzt: true,
      isDemo: true,
      kommunal: false,
      hinweisVeraltet: null,
      naechsterTermin: null,
    });
    expect(toHitView({ ...hit, traeger: { ...hit.traeger, verband: "kommunal" } }, monday(600)).kommunal).toBe(true);
    expect(toHitView(hit, monday(600), "Dienstag, 8. Dezember 2026, 09:00 Uhr (Telefon)").naechsterTermin).toBe("Dienstag, 8. Dezember 2026, 09:00 Uhr (Telefon)");
  });

  it("adds the hint only for an entry confirmed more than 12 months ago", () => {
    expect(toHitView({ ...hit, zuletztGeprueft: "2025-11-23" }, monday(600)).hinweisVeraltet).toBeNull();
    expect(toHitView({ ...hit, zuletztGeprueft: "2025-11-22" }, monday(600)).hinweisVeraltet).toMatch(/seit mehr als 12 Monaten nicht bestätigt/);
  });

  it("leaves the distance out without a place and knows when the centre is closed", () => {
    const { distanzKm: _, ...withoutDistance } = hit;
    expect(toHitView(withoutDistance, monday(17 * 60))).toMatchObject({ adresse: "Musterstraße 1, 04109 Leipzig", offenJetzt: false });
  });
});

describe("a search hit as a card in another language", () => {
  const hit = {
    ...centre("h2", "Demo-Suchtberatung", {
      ort: "leipzig",
      themen: ["sucht"],
      traeger: { name: "Demo-Diakonie", verband: "drk" },
      kanaele: ["vor_ort", "telefon"],
      sprachen: ["de", "ar"],
      hours: "Mo-Fr 09:00-16:00",
    }),
    distanzKm: 1.94,
  };
  const monday = { wochentag: 1 as const, minute: 600, datum: "2026-11-23" };

  it("English: names, distance with a decimal point, hours without 'Uhr'", () => {
    expect(toHitView(hit, monday, null, "en")).toMatchObject({
      traeger: "Provider: Demo-Diakonie ([[Deutsches Rotes Kreuz]] (German Red Cross)) · Topics: Addiction",
      adresse: "Musterstraße 1, 04109 Leipzig – 1.9 km away",
      zugang: "Reachable by: In person, Phone · Languages: German, Arabic",
      heute: "Today 9:00–16:00",
    });
  });

  it("Arabic: Arabic words and list separator, Western digits", () => {
    const view = toHitView({ ...hit, zuletztGeprueft: "2024-01-01" }, monday, null, "ar");
    expect(view.zugang).toBe("طرق التواصل: حضوريًا، الهاتف · اللغات: الألمانية، العربية");
    expect(view.adresse).toBe("Musterstraße 1, 04109 Leipzig – على بعد 1.9 كم");
    expect(view.hinweisVeraltet).toMatch(/^لم يتم تأكيد هذه المعلومات/);
  });
});
