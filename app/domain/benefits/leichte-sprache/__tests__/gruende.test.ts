/**
 * Every reason code the engine can emit has a Leichte-Sprache text. The codes come from the
 * source of truth, the rule modules: their code literals are collected from the source files
 * (the templates among them are expanded below, and a new template fails the test until it is
 * listed). Then the engine runs over a few thousand seeded random households: every reason it
 * gives is read (parameters found), keeps every amount of the German text, and passes a simple
 * style check (one sentence per entry, at most 15 words, no semicolon). The same for every
 * missing fact ("Das fehlt uns noch", leichte-sprache/fehlend.ts).
 */
/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "../../../../../tests/factories/prng";
import { evaluateAll } from "../../engine";
import { parseFacts, type FactsInput } from "../../facts";
import { BENEFIT_SLUGS } from "../../slugs";
import { LS_BETRAG_HINWEIS, LS_EINSCHAETZUNG, lsSchritt } from "../ergebnis";
import { LS_FEHLEND, lsFehlendSaetze } from "../fehlend";
import { LS_GRUENDE, lsSaetze } from "../gruende";

/** The rule and calculation sources as text (Vite's glob import: no file system access here). */
const SOURCES = Object.entries({
  ...import.meta.glob(["../../rules/**/*.ts", "!**/__tests__/**"], { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob(["../../calc/**/*.ts", "!**/__tests__/**"], { query: "?raw", import: "default", eager: true }),
}).map(([path, text]) => ({ path, text: text as string }));
const RULE_SOURCES = SOURCES.filter(({ path }) => path.startsWith("../../rules/"));

/** Code templates in the sources and what they expand to. */
const TEMPLATES: Record<string, string[]> = {
  // wohngeld.ts: the helper grund("<reason>", …); its calls are collected separately below.
  "wohngeld.${code}": [],
  // kindergeld.ts: one code per KindergeldPruefung grund with a text (alter_fehlt, taetigkeit_fehlt have none).
  "kindergeld.${pruefung.grund}": [
    "kindergeld.minderjaehrig",
    "kindergeld.ausbildung",
    "kindergeld.arbeitsuchend",
    "kindergeld.arbeitsuchend_ueber_21",
    "kindergeld.uebergang_oder_freiwilligendienst",
    "kindergeld.behinderung",
    "kindergeld.erwerbstaetig",
    "kindergeld.zu_alt",
  ],
  "bildung-und-teilhabe.voraussetzung_${einschaetzung}": ["bildung-und-teilhabe.voraussetzung_wahrscheinlich", "bildung-und-teilhabe.voraussetzung_moeglich"],
  // calc/grundsicherung/vorrang.ts, called by the two SGB XII rules (checked below).
  "${slug}.vorrang_wohngeld": ["grundsicherung-im-alter.vorrang_wohngeld", "hilfe-zum-lebensunterhalt.vorrang_wohngeld"],
  "${slug}.wohngeld_reicht_nicht": ["grundsicherung-im-alter.wohngeld_reicht_nicht", "hilfe-zum-lebensunterhalt.wohngeld_reicht_nicht"],
};

function codesInSources(): Set<string> {
  const slugs = BENEFIT_SLUGS.join("|");
  const literal = new RegExp(`"((?:${slugs})\\.[a-z0-9_]+)"`, "g");
  const template = /code: `([^`]+)`/g;
  const codes = new Set<string>();
  expect(RULE_SOURCES.length).toBeGreaterThan(14);
  for (const { path, text } of SOURCES) {
    for (const match of text.matchAll(literal)) codes.add(match[1]!);
    for (const match of text.matchAll(template)) {
      const expanded = TEMPLATES[match[1]!];
      if (!expanded) throw new Error(`${path}: neue Code-Vorlage ${match[1]} – bitte in TEMPLATES eintragen`);
      expanded.forEach((code) => codes.add(code));
    }
    // wohngeld.ts builds its codes with grund("<reason>", …), some of them in a ternary.
    if (path === "../../rules/wohngeld.ts") {
      for (const match of text.matchAll(/grund\(\s*(?:[^,"]*\?\s*)?"([a-z_]+)"(?:\s*:\s*"([a-z_]+)")?/g)) {
        codes.add(`wohngeld.${match[1]}`);
        if (match[2]) codes.add(`wohngeld.${match[2]}`);
      }
    }
  }
  const callers = RULE_SOURCES.flatMap(({ text }) => [...text.matchAll(/wohngeldVorrangSgb12\("([a-z-]+)"/g)].map((m) => m[1]!));
  expect(callers.sort()).toEqual(["grundsicherung-im-alter", "hilfe-zum-lebensunterhalt"]);
  return codes;
}

const PLZ = ["04109", "10115", "80331", "01067", "99998", "00001", undefined];

function person(random: Random, rolle: "antragsteller" | "partner" | "kind" | "sonstige"): NonNullable<FactsInput["personen"]>[number] {
  const alter = rolle === "kind" ? random.int(0, 30) : random.int(16, 85);
  const optional = <T,>(value: T) => (random.chance(0.2) ? undefined : value);
  const einkommen = Array.from({ length: random.int(0, 2) }, () => ({
    art: random.pick(["erwerbstaetigkeit", "minijob_pauschal", "rente", "arbeitslosengeld", "unterhalt", "elterngeld", "sonstiges"] as const),
    brutto_monat: random.pick([0, 300, 538, 900, 1500, 2400, 4000, 7000]),
    ...(random.chance(0.5) ? { netto_monat: random.pick([250, 700, 1100, 1800, 3000]) } : {}),
    steuern: random.chance(0.5),
    kranken_pflegeversicherung: random.chance(0.5),
    rentenversicherung: random.chance(0.5),
  }));
  return {
    rolle,
    ...(random.chance(0.9) ? { alter } : {}),
    erwerbsfaehig: optional(random.chance(0.8)),
    taetigkeit: optional(random.pick(["beschaeftigt", "selbststaendig", "arbeitslos", "rente", "schule", "ausbildung", "studium", "sonstige"] as const)),
    grad_der_behinderung: optional(random.pick([0, 0, 0, 30, 50, 80])),
    pflegegrad: optional(random.pick([0, 0, 0, 1, 2, 4])),
    bezieht_grundsicherung: optional(random.chance(0.15)),
    einkommen,
  };
}

function household(random: Random): FactsInput {
  const personen = [person(random, "antragsteller")];
  if (random.chance(0.5)) personen.push(person(random, "partner"));
  for (let i = random.int(0, 3); i > 0; i--) personen.push(person(random, "kind"));
  if (random.chance(0.1)) personen.push(person(random, "sonstige"));
  const plz = random.pick(PLZ);
  const art = random.pick(["miete", "miete", "eigentum", "ohne_wohnung", undefined] as const);
  return {
    ...(plz || random.chance(0.2) ? { wohnort: { ...(plz ? { plz } : {}), ...(random.chance(0.2) ? { mietstufe: random.int(1, 7) } : {}) } } : {}),
    wohnen: { ...(art ? { art } : {}), ...(random.chance(0.85) ? { wohnkosten_monat: random.pick([0, 300, 550, 800, 1200, 2000]) } : {}) },
    ...(random.chance(0.7) ? { vermoegen: random.pick([0, 2000, 9000, 15000, 18000, 25000, 40000, 90000, 300000]) } : {}),
    personen,
  };
}

/** One entry is one sentence; short; no semicolon. */
function styleProblems(saetze: readonly string[]): string[] {
  return saetze.flatMap((satz) => {
    const problems: string[] = [];
    if (satz.includes(";")) problems.push(`Semikolon: ${satz}`);
    if (satz.split(/\s+/).length > 15) problems.push(`zu lang: ${satz}`);
    if (!/[.?!:]$/.test(satz) || /[.?!]\s/.test(satz.replace(/\d\.\s/g, ""))) problems.push(`nicht genau ein Satz: ${satz}`);
    return problems;
  });
}

const EURO = /\d{1,3}(?:\.\d{3})*(?:,\d{2})?\s€/g;

describe("Leichte Sprache for the Leistungs-Check reasons", () => {
  const codes = codesInSources();

  it("finds the reason codes in the rule sources", () => {
    expect(codes.size).toBeGreaterThan(100);
  });

  it("has a Leichte-Sprache text for every reason code, and none for a code that no longer exists", () => {
    expect([...codes].filter((code) => !(code in LS_GRUENDE)).sort()).toEqual([]);
    expect(Object.keys(LS_GRUENDE).filter((code) => !codes.has(code)).sort()).toEqual([]);
  });

  it("reads every reason and missing fact the engine gives for many households, keeps the amounts, and writes short sentences", () => {
    const random = createRandom(20261207);
    const seen = new Set<string>();
    const seenCodes = new Set<string>();
    const seenFakten = new Set<string>();
    const problems = new Set<string>();
    for (let i = 0; i < 4000; i++) {
      const stichtag = i % 2 === 0 ? "2026-11-22" : "2025-06-01";
      const parsed = parseFacts(household(random), stichtag);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      for (const result of evaluateAll(parsed.household)) {
        for (const angabe of result.fehlendeAngaben) {
          if (seen.has(`${angabe.fakt} ${angabe.text}`)) continue;
          seen.add(`${angabe.fakt} ${angabe.text}`);
          seenFakten.add(angabe.fakt);
          const saetze = lsFehlendSaetze(angabe);
          if (saetze === null) problems.add(`${angabe.fakt}: keine Leichte Sprache für: ${angabe.text}`);
          else styleProblems(saetze).forEach((p) => problems.add(`${angabe.fakt}: ${p}`));
        }
        for (const grund of result.gruende) {
          seenCodes.add(grund.code);
          if (seen.has(grund.text)) continue;
          seen.add(grund.text);
          const saetze = lsSaetze(grund);
          if (saetze === null) {
            problems.add(`${grund.code}: nicht gelesen: ${grund.text}`);
            continue;
          }
          styleProblems(saetze).forEach((p) => problems.add(`${grund.code}: ${p}`));
          const ls = saetze.join(" ");
          for (const betrag of grund.text.match(EURO) ?? []) if (!ls.includes(betrag)) problems.add(`${grund.code}: ${betrag} fehlt in: ${ls}`);
          if (/[\d]/.test(ls) && /undefined|NaN/.test(ls)) problems.add(`${grund.code}: ${ls}`);
        }
      }
    }
    expect([...problems]).toEqual([]);
    expect([...codes].filter((code) => !seenCodes.has(code)).sort()).toEqual([]);
    expect(LS_FEHLEND.filter(([muster]) => ![...seenFakten].some((fakt) => muster.test(fakt))).map(([muster]) => String(muster))).toEqual([]);
  });

  it("writes the verdicts, the amount note and the standard next steps in short sentences", () => {
    const saetze = [
      ...Object.values(LS_EINSCHAETZUNG).flatMap((e) => e.saetze),
      ...LS_BETRAG_HINWEIS,
      ...(["wahrscheinlich", "unwahrscheinlich"] as const).flatMap((e) => (lsSchritt({ art: "beratung", thema: "x", text: "" }, e) ?? "").split(/(?<=[.?!])\s/)),
    ];
    expect(styleProblems(saetze)).toEqual([]);
  });
});
