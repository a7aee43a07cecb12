import { describe, expect, it } from "vitest";
import { readCentreSearchForm, toCentreSearchQuery } from "../search-form";

const read = (query: string) => readCentreSearchForm(new URLSearchParams(query));

describe("centre search form", () => {
  it("reads an empty form", () => {
    expect(read("")).toEqual({ form: { thema: undefined, ort: "", stichwort: "", seite: 1 }, unknownTopic: false });
  });

  it("narrows a PLZ to its region and keeps keywords as text", () => {
    const { form } = read("thema=schulden&ort=04109&q=Insolvenz");
    expect(toCentreSearchQuery(form)).toEqual({ text: "Insolvenz", thema: "schulden", plzPrefix: "04", limit: 10, offset: 0 });
  });

  it("accepts plz= as used by links from the Leistungs-Check", () => {
    expect(toCentreSearchQuery(read("plz=80331").form).plzPrefix).toBe("80");
  });

  it("searches a place name as text", () => {
    expect(toCentreSearchQuery(read("ort=K%C3%B6ln").form)).toMatchObject({ text: "Köln", plzPrefix: undefined });
  });

  it("reports an unknown topic instead of failing", () => {
    expect(read("thema=gibtsnicht")).toMatchObject({ form: { thema: undefined }, unknownTopic: true });
  });

  it.each([
    ["seite=3", 20],
    ["seite=0", 0],
    ["seite=abc", 0],
    ["seite=-2", 0],
  ])("pages: %s → offset %i", (query, offset) => {
    expect(toCentreSearchQuery(read(query).form).offset).toBe(offset);
  });
});
