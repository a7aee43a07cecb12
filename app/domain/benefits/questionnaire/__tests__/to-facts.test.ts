import { describe, expect, it } from "vitest";
import { parseFacts, type Household } from "../../facts";
import { MAX_KINDER, MAX_WEITERE } from "../steps/haushalt";
import { toFactsInput } from "../to-facts";
import type { Answers } from "../types";
import { alleinerziehend, arbeitslos, grossfamilie, rentnerin } from "./fixtures";

const STICHTAG = "2026-11-22";

function household(answers: Answers): Household {
  const parsed = parseFacts(toFactsInput(answers, STICHTAG), STICHTAG);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.household;
}

describe("toFactsInput", () => {
  it("describes the pensioner living alone", () => {
    expect(household(rentnerin)).toEqual({
      stichtag: STICHTAG,
      plz: "04109",
      mietstufe: undefined,
      wohnart: "miete",
      wohnkosten: 45_000,
      heizkosten: 6_000,
      vermoegen: 0,
      personen: [
        {
          index: 0,
          rolle: "antragsteller",
          alter: 70,
          taetigkeit: "rente",
          erwerbsfaehig: undefined,
          schwanger: false,
          gradDerBehinderung: 0,
          pflegegrad: 0,
          beziehtGrundsicherung: false,
          einkommen: [
            { art: "rente", brutto: 101_000, netto: 90_000, steuern: false, krankenPflegeversicherung: true, rentenversicherung: false, grundrentenzeitenJahre: undefined },
          ],
        },
      ],
    });
  });

  it("describes the single parent with two children and a part-time job", () => {
    const h = household(alleinerziehend);
    expect(h.personen.map((p) => [p.rolle, p.alter])).toEqual([
      ["antragsteller", 34],
      ["kind", 4],
      ["kind", 9],
    ]);
    expect(h.personen[0]).toMatchObject({ erwerbsfaehig: true, schwanger: false, taetigkeit: "beschaeftigt" });
    expect(h.personen[0]!.einkommen).toEqual([
      { art: "erwerbstaetigkeit", brutto: 160_000, netto: 120_000, steuern: true, krankenPflegeversicherung: true, rentenversicherung: true, grundrentenzeitenJahre: undefined },
    ]);
    expect(h.personen[1]!.einkommen).toEqual([]);
    expect(h).toMatchObject({ wohnkosten: 75_000, heizkosten: undefined, vermoegen: 50_000 });
  });

  it("describes the unemployed young adult without income", () => {
    const h = household(arbeitslos);
    expect(h.personen).toHaveLength(1);
    expect(h.personen[0]).toMatchObject({ alter: 30, taetigkeit: "arbeitslos", erwerbsfaehig: true, einkommen: [] });
  });

  it("maps every branch of a larger household", () => {
    const h = household(grossfamilie);
    expect(h).toMatchObject({ wohnart: "eigentum", mietstufe: 2, wohnkosten: 60_000, heizkosten: undefined, vermoegen: 1_500_000 });
    expect(h.personen.map((p) => p.rolle)).toEqual(["antragsteller", "partner", "kind", "kind", "sonstige"]);
    const [ich, partner, kind1, kind2, weitere] = h.personen;
    expect(ich).toMatchObject({ erwerbsfaehig: true, schwanger: false, gradDerBehinderung: 0 });
    expect(ich!.einkommen).toEqual([
      { art: "erwerbstaetigkeit", brutto: 250_000, netto: 180_000, steuern: true, krankenPflegeversicherung: true, rentenversicherung: false, grundrentenzeitenJahre: undefined },
    ]);
    expect(partner).toMatchObject({ alter: 63, erwerbsfaehig: false, gradDerBehinderung: 50, pflegegrad: 2, schwanger: false });
    expect(partner!.einkommen[0]).toMatchObject({ art: "rente", brutto: 110_000, netto: 98_000, krankenPflegeversicherung: true });
    expect(kind1).toMatchObject({ alter: 19, taetigkeit: "ausbildung" });
    // 100,01 € maintenance for two children: the cent goes to the first.
    expect([kind1!.einkommen[0]!.brutto, kind2!.einkommen[0]!.brutto]).toEqual([5_001, 5_000]);
    expect(weitere).toMatchObject({ alter: undefined, einkommen: [{ art: "sonstiges", brutto: 30_000 }] });
  });

  it("leaves the Mietstufe open when the user does not know it, and pregnancy follows the answer", () => {
    const h = household({ ...grossfamilie, mietstufe: "unbekannt", schwanger: "ich" });
    expect(h.mietstufe).toBeUndefined();
    expect(h.personen[0]!.schwanger).toBe(true);
    expect(h.personen[1]!.schwanger).toBe(false);
  });

  it("marks everyone as receiving Grundsicherung when the household already gets it", () => {
    const h = household({ ...alleinerziehend, grundsicherung: "ja" });
    expect(h.personen.map((p) => p.beziehtGrundsicherung)).toEqual([true, true, true]);
  });

  it("keeps the largest household the questionnaire allows within the facts' limits", () => {
    const moreChildren = Object.fromEntries(Array.from({ length: MAX_KINDER - 2 }, (_, i) => [`k${i + 3}_alter`, 5]));
    const answers: Answers = { ...grossfamilie, ...moreChildren, kinder: MAX_KINDER, weitere: MAX_WEITERE };
    expect(household(answers).personen).toHaveLength(1 + 1 + MAX_KINDER + MAX_WEITERE);
  });

  it("states a home without costs for people without a home", () => {
    const answers = Object.fromEntries(Object.entries({ ...arbeitslos, wohnart: "ohne_wohnung" }).filter(([id]) => !["wohnkosten", "heizkosten"].includes(id)));
    expect(household(answers)).toMatchObject({ wohnart: "ohne_wohnung", wohnkosten: undefined, heizkosten: undefined });
  });
});
