/**
 * The facts about a household, as the API and the Leistungs-Check take them (German keys,
 * euros per month), parsed into the domain's `Household` (cents, ages on the Stichtag). Almost
 * everything is optional: rules say which missing facts they need (`fehlendeAngaben`).
 */
import { z } from "zod";
import { ageOn, isLocalDate, type LocalDate } from "../shared/dates";
import { euroToCents, type Cents } from "../shared/money";

export const MAX_EURO = 10_000_000;

const euro = z
  .number({ error: "Betrag in Euro als Zahl erwartet" })
  .finite({ error: "Betrag in Euro als Zahl erwartet" })
  .min(0, { error: "Betrag darf nicht negativ sein" })
  .max(MAX_EURO, { error: "Betrag ist unrealistisch hoch" });

const localDate = z.string({ error: "Datum als JJJJ-MM-TT erwartet" }).refine(isLocalDate, { error: "Datum als JJJJ-MM-TT erwartet" });

export const ROLLEN = ["antragsteller", "partner", "kind", "sonstige"] as const;
export const TAETIGKEITEN = ["beschaeftigt", "selbststaendig", "arbeitslos", "rente", "schule", "ausbildung", "studium", "sonstige"] as const;
export const EINKOMMENSARTEN = [
  "erwerbstaetigkeit",
  "minijob_pauschal",
  "rente",
  "arbeitslosengeld",
  "unterhalt",
  "unterhaltsvorschuss",
  "elterngeld",
  "sonstiges",
] as const;
export const WOHNARTEN = ["miete", "eigentum", "ohne_wohnung"] as const;

const einkommenSchema = z.strictObject({
  art: z.enum(EINKOMMENSARTEN, { error: `erwartet eines von: ${EINKOMMENSARTEN.join(", ")}` }),
  brutto_monat: euro,
  netto_monat: euro.optional(),
  steuern: z.boolean({ error: "true oder false erwartet" }).default(false),
  kranken_pflegeversicherung: z.boolean({ error: "true oder false erwartet" }).default(false),
  rentenversicherung: z.boolean({ error: "true oder false erwartet" }).default(false),
  grundrentenzeiten_jahre: z.number().int({ error: "ganze Zahl erwartet" }).min(0).max(60).optional(),
});

const personSchema = z.strictObject({
  rolle: z.enum(ROLLEN, { error: `erwartet eines von: ${ROLLEN.join(", ")}` }),
  alter: z.number({ error: "Alter als ganze Zahl erwartet" }).int({ error: "Alter als ganze Zahl erwartet" }).min(0).max(130).optional(),
  geburtsdatum: localDate.optional(),
  erwerbsfaehig: z.boolean({ error: "true oder false erwartet" }).optional(),
  taetigkeit: z.enum(TAETIGKEITEN, { error: `erwartet eines von: ${TAETIGKEITEN.join(", ")}` }).optional(),
  grad_der_behinderung: z.number().int({ error: "ganze Zahl von 0 bis 100 erwartet" }).min(0).max(100).optional(),
  pflegegrad: z.number().int({ error: "ganze Zahl von 0 bis 5 erwartet" }).min(0).max(5).optional(),
  schwanger: z.boolean({ error: "true oder false erwartet" }).optional(),
  bezieht_grundsicherung: z.boolean({ error: "true oder false erwartet" }).optional(),
  einkommen: z.array(einkommenSchema).max(20).default([]),
});

export const factsSchema = z
  .strictObject({
    stichtag: localDate.optional(),
    wohnort: z
      .strictObject({
        plz: z.string({ error: "fünfstellige Postleitzahl erwartet" }).regex(/^\d{5}$/, { error: "fünfstellige Postleitzahl erwartet" }).optional(),
        mietstufe: z.number().int({ error: "Mietstufe 1 bis 7 erwartet" }).min(1).max(7).optional(),
      })
      .optional(),
    wohnen: z
      .strictObject({
        art: z.enum(WOHNARTEN, { error: `erwartet eines von: ${WOHNARTEN.join(", ")}` }).optional(),
        wohnkosten_monat: euro.optional(),
        heizkosten_monat: euro.optional(),
      })
      .optional(),
    vermoegen: euro.optional(),
    personen: z.array(personSchema, { error: "Liste der Personen im Haushalt erwartet" }).min(1, { error: "mindestens eine Person erwartet" }).max(20),
  })
  .superRefine((facts, ctx) => {
    const applicants = facts.personen.filter((p) => p.rolle === "antragsteller").length;
    if (applicants !== 1) ctx.addIssue({ code: "custom", path: ["personen"], message: "genau eine Person mit rolle \"antragsteller\" erwartet" });
    if (facts.personen.filter((p) => p.rolle === "partner").length > 1) {
      ctx.addIssue({ code: "custom", path: ["personen"], message: "höchstens eine Person mit rolle \"partner\" erwartet" });
    }
    facts.personen.forEach((p, i) => {
      if (p.geburtsdatum && facts.stichtag && p.geburtsdatum > facts.stichtag) {
        ctx.addIssue({ code: "custom", path: ["personen", i, "geburtsdatum"], message: "Geburtsdatum liegt nach dem Stichtag" });
      }
    });
  });

export type FactsInput = z.input<typeof factsSchema>;

export type Einkommen = {
  art: (typeof EINKOMMENSARTEN)[number];
  brutto: Cents;
  netto?: Cents;
  steuern: boolean;
  krankenPflegeversicherung: boolean;
  rentenversicherung: boolean;
  grundrentenzeitenJahre?: number;
};

export type Person = {
  /** Position in the input list, for messages ("Person 2"). */
  index: number;
  rolle: (typeof ROLLEN)[number];
  /** Completed years on the Stichtag (from geburtsdatum when given). */
  alter?: number;
  /** Kept when given: age limits counted in months (Regelaltersgrenze) need the exact date. */
  geburtsdatum?: LocalDate;
  erwerbsfaehig?: boolean;
  taetigkeit?: (typeof TAETIGKEITEN)[number];
  gradDerBehinderung?: number;
  pflegegrad?: number;
  schwanger?: boolean;
  beziehtGrundsicherung?: boolean;
  einkommen: Einkommen[];
};

export type Household = {
  stichtag: LocalDate;
  plz?: string;
  mietstufe?: number;
  wohnart?: (typeof WOHNARTEN)[number];
  /** Bruttokaltmiete for tenants, Belastung for owners, per month. */
  wohnkosten?: Cents;
  heizkosten?: Cents;
  vermoegen?: Cents;
  personen: Person[];
};

export type FactsIssue = { path: string; message: string };
export type ParsedFacts = { ok: true; household: Household } | { ok: false; issues: FactsIssue[] };

const TYPE_NAMES: Record<string, string> = {
  number: "eine Zahl",
  string: "ein Text",
  boolean: "true oder false",
  array: "eine Liste",
  object: "ein Objekt",
};

/** Plain German for the checks that have no message of their own in the schema above. */
const germanErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Angabe fehlt" : `erwartet ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_big":
      return `höchstens ${String(issue.maximum)} erwartet`;
    case "too_small":
      return `mindestens ${String(issue.minimum)} erwartet`;
    default:
      return undefined;
  }
};

/** One issue per bad field; an unknown key is reported at its own path, not its parent's. */
function toFactsIssues(issues: z.core.$ZodIssue[]): FactsIssue[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: [...issue.path, key].join("."), message: "unbekanntes Feld" }))
      : [{ path: issue.path.join("."), message: issue.message }],
  );
}

/** Parses facts; `today` (Europe/Berlin) is the Stichtag when none is given. */
export function parseFacts(input: unknown, today: LocalDate): ParsedFacts {
  const parsed = factsSchema.safeParse(input, { error: germanErrors });
  if (!parsed.success) return { ok: false, issues: toFactsIssues(parsed.error.issues) };
  const facts = parsed.data;
  const stichtag = facts.stichtag ?? today;
  return {
    ok: true,
    household: {
      stichtag,
      plz: facts.wohnort?.plz,
      mietstufe: facts.wohnort?.mietstufe,
      wohnart: facts.wohnen?.art,
      wohnkosten: facts.wohnen?.wohnkosten_monat === undefined ? undefined : euroToCents(facts.wohnen.wohnkosten_monat),
      heizkosten: facts.wohnen?.heizkosten_monat === undefined ? undefined : euroToCents(facts.wohnen.heizkosten_monat),
      vermoegen: facts.vermoegen === undefined ? undefined : euroToCents(facts.vermoegen),
      personen: facts.personen.map((p, index) => ({
        index,
        rolle: p.rolle,
        alter: p.geburtsdatum ? ageOn(p.geburtsdatum, stichtag) : p.alter,
        geburtsdatum: p.geburtsdatum,
        erwerbsfaehig: p.erwerbsfaehig,
        taetigkeit: p.taetigkeit,
        gradDerBehinderung: p.grad_der_behinderung,
        pflegegrad: p.pflegegrad,
        schwanger: p.schwanger,
        beziehtGrundsicherung: p.bezieht_grundsicherung,
        einkommen: p.einkommen.map((e) => ({
          art: e.art,
          brutto: euroToCents(e.brutto_monat),
          netto: e.netto_monat === undefined ? undefined : euroToCents(e.netto_monat),
          steuern: e.steuern,
          krankenPflegeversicherung: e.kranken_pflegeversicherung,
          rentenversicherung: e.rentenversicherung,
          grundrentenzeitenJahre: e.grundrentenzeiten_jahre,
        })),
      })),
    },
  };
}

/** Small helpers every rule needs. */
export const applicant = (h: Household) => h.personen.find((p) => p.rolle === "antragsteller")!;
export const partner = (h: Household) => h.personen.find((p) => p.rolle === "partner");
export const children = (h: Household) => h.personen.filter((p) => p.rolle === "kind");
