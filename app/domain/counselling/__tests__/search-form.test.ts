import { describe, expect, it } from "vitest";
import { EMPTY_FORM, hasFilters, isBlankForm, readCentreSearchForm, searchHref, searchParamsOf, widerUmkreis, withoutFilters, type CentreSearchForm } from "../search-form";

const read = (query: string) => readCentreSearchForm(new URLSearchParams(query));
const TRAEGER_ID = "0b5e2a3c-1d4f-4a6b-8c9d-0e1f2a3b4c5d";

describe("reading the centre search form", () => {
  it("reads an empty form with the defaults", () => {
    expect(read("")).toEqual({ form: EMPTY_FORM, ignored: [] });
  });

  it("reads every field", () => {
    const { form, ignored } = read(
      "thema=schulden&ort=04109&umkreis=50&q=Insolvenz&sprache=ar&kanal=video&traeger=caritas&nur=anonym&nur=offen&sortierung=name&seite=3",
    );
    expect(ignored).toEqual([]);
    expect(form).toEqual({
      thema: "schulden",
      ort: "04109",
      umkreis: 50,
      stichwort: "Insolvenz",
      sprache: "ar",
      kanal: "video",
      verband: "caritas",
      nur: ["anonym", "offen"],
      sortierung: "name",
      seite: 3,
    });
  });

  it("treats empty fields (as a GET form sends them) as not chosen", () => {
    expect(read("thema=&ort=&umkreis=25&q=&sprache=&kanal=&traeger=&sortierung=")).toEqual({ form: EMPTY_FORM, ignored: [] });
  });

  it("accepts plz= as linked from the Leistungs-Check, and bundesweit as radius", () => {
    expect(read("plz=80331&umkreis=bundesweit").form).toMatchObject({ ort: "80331", umkreis: "bundesweit" });
  });

  it("reads a Träger id as one Träger, a federation as the Träger filter", () => {
    expect(read(`traeger=${TRAEGER_ID}`).form).toMatchObject({ traegerId: TRAEGER_ID });
    expect(read(`traeger=${TRAEGER_ID}`).form.verband).toBeUndefined();
    expect(read("traeger=diakonie").form).toMatchObject({ verband: "diakonie" });
  });

  it.each([
    ["thema=gibtsnicht", "thema"],
    ["umkreis=7", "umkreis"],
    ["umkreis=-5", "umkreis"],
    ["sprache=deutsch", "sprache"],
    ["kanal=brieftaube", "kanal"],
    ["traeger=kirche", "traeger"],
    ["sortierung=zufall", "sortierung"],
  ])("ignores and reports %s", (query, parameter) => {
    const { form, ignored } = read(query);
    expect(ignored).toEqual([parameter]);
    expect(form).toEqual(EMPTY_FORM);
  });

  it("keeps only known yes/no filters", () => {
    expect(read("nur=barrierefrei&nur=gratis&nur=offen").form.nur).toEqual(["barrierefrei", "offen"]);
  });

  it.each([
    ["seite=3", 3],
    ["seite=0", 1],
    ["seite=abc", 1],
    ["seite=-2", 1],
    ["seite=99999", 1000],
  ])("pages: %s → %i", (query, seite) => {
    expect(read(query).form.seite).toBe(seite);
  });

  it("shortens over-long text and folds runs of spaces", () => {
    const { form } = read(`q=${"a".repeat(300)}&ort=${encodeURIComponent("  Halle   (Saale) ")}`);
    expect(form.stichwort).toHaveLength(200);
    expect(form.ort).toBe("Halle (Saale)");
  });
});

describe("writing the form back into an address", () => {
  const form: CentreSearchForm = { ...EMPTY_FORM, thema: "sucht", ort: "Leipzig", umkreis: 10, sprache: "tr", nur: ["barrierefrei"], seite: 2 };

  it("leaves out defaults, so addresses stay short", () => {
    expect(searchHref(EMPTY_FORM)).toBe("/beratungsstellen");
    expect(searchParamsOf({ ...EMPTY_FORM, ort: "04109" }).toString()).toBe("ort=04109");
  });

  it("round-trips through reading", () => {
    expect(read(searchParamsOf(form).toString())).toEqual({ form, ignored: [] });
    const byId = { ...EMPTY_FORM, traegerId: TRAEGER_ID };
    expect(read(searchParamsOf(byId).toString()).form).toEqual(byId);
  });

  it("keeps the page for a page link and starts at page 1 for any other change", () => {
    expect(searchHref(form, { seite: 3 })).toContain("seite=3");
    expect(searchHref(form)).toContain("seite=2");
    expect(searchHref(form, { umkreis: 25 })).toBe("/beratungsstellen?thema=sucht&ort=Leipzig&sprache=tr&nur=barrierefrei");
  });

  it("knows a blank form: nothing asked, default radius", () => {
    expect(isBlankForm(EMPTY_FORM)).toBe(true);
    expect(isBlankForm({ ...EMPTY_FORM, seite: 4, sortierung: "name" })).toBe(true);
    for (const changes of [{ thema: "sucht" as const }, { ort: "Kiel" }, { stichwort: "Pfändung" }, { umkreis: "bundesweit" as const }, { nur: ["offen" as const] }]) {
      expect(isBlankForm({ ...EMPTY_FORM, ...changes }), JSON.stringify(changes)).toBe(false);
    }
  });

  it("knows filters, drops them and widens the radius step by step", () => {
    expect(hasFilters(form)).toBe(true);
    expect(hasFilters(withoutFilters(form))).toBe(false);
    expect(withoutFilters(form)).toEqual({ thema: "sucht", ort: "Leipzig", umkreis: 10, stichwort: "", nur: [], seite: 1 });
    expect([5, 10, 25, 50, 100, "bundesweit" as const].map(widerUmkreis)).toEqual([10, 25, 50, 100, undefined, undefined]);
    expect(widerUmkreis(30)).toBe(50);
  });
});
