/** Answer sets of the three personas of the issue, and a small postcode table for the Mietstufe. */
import type { Answers, QuestionnaireEnv } from "../types";

/** 04109: one Mietstufe; 01744: two municipalities with different Mietstufen; anything else: unknown. */
export const env: QuestionnaireEnv = {
  mietstufenFuerPlz: (plz) =>
    plz === "04109"
      ? [{ mietstufe: 3, orte: ["Leipzig"] }]
      : plz === "01744"
        ? [
            { mietstufe: 1, orte: ["Dippoldiswalde"] },
            { mietstufe: 2, orte: ["Altenberg", "Glashütte"] },
          ]
        : [],
};

/** 70 years, living alone, pension 900 € paid out (1.010 € gross), rent 450 € plus 60 € heating. */
export const rentnerin: Answers = {
  alter: 70,
  plz: "04109",
  wohnart: "miete",
  partner: "nein",
  kinder: 0,
  weitere: 0,
  wohnkosten: 45_000,
  heizkosten: 6_000,
  taetigkeit: "rente",
  beeintraechtigung: "nein",
  grundsicherung: "nein",
  rente_brutto: 101_000,
  rente_netto: 90_000,
  rente_abzuege: ["kv"],
  vermoegen: 0,
};

/** Single parent, 34, two children (4 and 9), part-time job with 1,200 € net, rent 750 €, heating costs not known. */
export const alleinerziehend: Answers = {
  alter: 34,
  plz: "04109",
  wohnart: "miete",
  partner: "nein",
  kinder: 2,
  weitere: 0,
  wohnkosten: 75_000,
  heizkosten: null,
  taetigkeit: "beschaeftigt",
  k1_alter: 4,
  k2_alter: 9,
  erwerbsfaehig: "ja",
  schwanger: "nein",
  beeintraechtigung: "nein",
  grundsicherung: "nein",
  erwerb_brutto: 160_000,
  erwerb_netto: 120_000,
  erwerb_abzuege: ["steuern", "kv", "rv"],
  unterhalt: null,
  vermoegen: 50_000,
};

/** Unemployed, 30, no income, living alone. */
export const arbeitslos: Answers = {
  alter: 30,
  plz: "04109",
  wohnart: "miete",
  partner: "nein",
  kinder: 0,
  weitere: 0,
  wohnkosten: 40_000,
  heizkosten: 5_000,
  taetigkeit: "arbeitslos",
  erwerbsfaehig: "ja",
  schwanger: "nein",
  beeintraechtigung: "nein",
  grundsicherung: "nein",
  alg: null,
  vermoegen: 0,
};

/** A couple with an adult child, a partner who gets a pension, an impairment and further people: many branches at once. */
export const grossfamilie: Answers = {
  alter: 45,
  plz: "01744",
  wohnart: "eigentum",
  partner: "ja",
  kinder: 2,
  weitere: 1,
  mietstufe: "2",
  wohnkosten: 60_000,
  heizkosten: null,
  taetigkeit: "selbststaendig",
  p_alter: 63,
  p_taetigkeit: "rente",
  k1_alter: 19,
  k2_alter: 12,
  erwerbsfaehig: "ja",
  p_erwerbsfaehig: "nein",
  schwanger: "nein",
  k1_taetigkeit: "ausbildung",
  beeintraechtigung: "ja",
  grundsicherung: "nein",
  gdb: "0",
  pflegegrad: "0",
  p_gdb: "50",
  p_pflegegrad: "2",
  k1_gdb: "0",
  k1_pflegegrad: "0",
  k2_gdb: "0",
  k2_pflegegrad: "0",
  erwerb_brutto: 250_000,
  erwerb_netto: 180_000,
  erwerb_abzuege: ["steuern", "kv"],
  p_rente_brutto: 110_000,
  p_rente_netto: 98_000,
  p_rente_abzuege: ["kv"],
  unterhalt: 10_001,
  weitere_einkommen: 30_000,
  vermoegen: 1_500_000,
};
