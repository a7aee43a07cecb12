/**
 * The benefit catalog: what the benefit pages, the result page and the public API say about each
 * benefit, as typed data. Texts are our own plain German (formal "Sie", short sentences).
 * Statutory figures are NOT written here: `kennzahlen` reads them from the parameter tables, so a
 * page always shows the value in force on the Stichtag together with its validity date and source.
 */
import type { LocalDate } from "../../shared/dates";
import type { TopicSlug } from "../../counselling/topics";
import type { Cents } from "../../shared/money";
import type { BenefitSlug } from "../slugs";

/** The counselling topic of a benefit; the same slug filters the centre search (`/beratungsstellen?thema=…`). */
export type Beratungsthema = TopicSlug;

/** Groups for the overview page, in display order. */
export const LEISTUNGSGRUPPEN = [
  "Geld zum Leben",
  "Wohnen",
  "Familie und Kinder",
  "Ausbildung",
  "Pflege, Gesundheit, Behinderung",
  "Besondere Lebenslagen",
] as const;

export type Leistungsgruppe = (typeof LEISTUNGSGRUPPEN)[number];

/** One key figure in force on the Stichtag, with the date it applies from and its legal source. */
export type Kennzahl = {
  label: string;
  gueltigAb: LocalDate;
  quelle: string;
} & ({ betrag: Cents; text?: never } | { text: string; betrag?: never });

export type Link = { titel: string; url: string };

/** Another benefit that matters here, and why (priority, combination or exclusion). */
export type Verwandt = { slug: BenefitSlug; hinweis: string };

export type BenefitInfo = {
  slug: BenefitSlug;
  titel: string;
  /** One sentence for lists, the API and the page description. */
  kurzbeschreibung: string;
  /** Short name of the law, e.g. "SGB II". */
  rechtsgrundlage: string;
  gruppe: Leistungsgruppe;
  /** "Was ist das?" – paragraphs. */
  wasIstDas: string[];
  /** "Wer kann es bekommen?" – conditions, one per list item. */
  werKannEsBekommen: string[];
  /** "Wie viel?" – paragraphs explaining how the amount is set; the figures come from `kennzahlen`. */
  wieViel: string[];
  kennzahlen(stichtag: LocalDate): Kennzahl[];
  antrag: {
    /** The responsible office type, e.g. "Jobcenter". */
    stellenart: string;
    /** The official online application, where a single nationwide one exists. */
    onlineAntrag: Link | null;
    /** How to apply, paragraphs (also how to apply on paper or in person). */
    wege: string[];
  };
  /** "Diese Unterlagen brauchen Sie meist". */
  unterlagen: string[];
  verwandt: Verwandt[];
  beratungsthema: Beratungsthema;
  /** Date the texts were last checked. */
  stand: LocalDate;
  /** Law and official pages the texts rely on. */
  quellen: Link[];
};
