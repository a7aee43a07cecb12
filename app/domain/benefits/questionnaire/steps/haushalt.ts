import { JA_NEIN } from "../options";
import type { Question, Step } from "../types";

/**
 * The youngest age we ask for: from 15 people can get Grundsicherungsgeld in their own right
 * (§ 7 Abs. 1 Nr. 1 SGB II); younger people are part of their parents' household.
 */
export const MIN_ALTER = 15;
/** Limits that keep the household within the 20 persons the facts accept (with partner: 1 + 1 + 10 + 8). */
export const MAX_KINDER = 10;
export const MAX_WEITERE = 8;

const QUESTIONS: Question[] = [
  {
    id: "alter",
    kind: "integer",
    label: "Wie alt sind Sie?",
    hint: "Ihr Alter in Jahren. Viele Leistungen hängen vom Alter ab, zum Beispiel die Grundsicherung im Alter.",
    name: "Ihr Alter",
    min: MIN_ALTER,
    max: 120,
    unit: "Jahre",
  },
  {
    id: "plz",
    kind: "plz",
    label: "Wie ist die Postleitzahl Ihres Wohnorts?",
    hint: "Fünf Ziffern, zum Beispiel 04109. Der Wohnort bestimmt die Miethöhe, die beim Wohngeld zählt, und welche Stellen in Ihrer Nähe sind.",
  },
  {
    id: "wohnart",
    kind: "choice",
    display: "radio",
    label: "Wie wohnen Sie?",
    hint: "Wählen Sie, was am ehesten passt. Untermiete zählt als Miete.",
    options: [
      { value: "miete", label: "Zur Miete" },
      { value: "eigentum", label: "In einer eigenen Wohnung oder einem eigenen Haus" },
      { value: "ohne_wohnung", label: "Ich habe zurzeit keine eigene Wohnung" },
    ],
  },
  {
    id: "partner",
    kind: "choice",
    display: "radio",
    label: "Leben Sie mit einer Partnerin oder einem Partner zusammen?",
    hint: "Gemeint sind Ehe, eingetragene Lebenspartnerschaft oder eine Beziehung, in der Sie zusammen wohnen und füreinander einstehen.",
    options: JA_NEIN,
  },
  // Children count up to 25: Kindergeld (§ 32 Abs. 4 EStG) and the Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 4 SGB II).
  {
    id: "kinder",
    kind: "integer",
    label: "Wie viele Kinder unter 25 Jahren leben bei Ihnen?",
    hint: "Eigene Kinder, Stiefkinder und Pflegekinder, die in Ihrem Haushalt wohnen. Schreiben Sie 0, wenn keine Kinder bei Ihnen leben.",
    name: "die Anzahl der Kinder",
    min: 0,
    max: MAX_KINDER,
    unit: "",
  },
  {
    id: "weitere",
    kind: "integer",
    label: "Wie viele weitere Personen leben mit Ihnen in einem gemeinsamen Haushalt?",
    hint: "Zum Beispiel Ihre Eltern oder erwachsene Kinder ab 25, mit denen Sie zusammen wirtschaften. Mitbewohner einer Wohngemeinschaft zählen nicht. Schreiben Sie 0, wenn niemand weiter bei Ihnen lebt.",
    name: "die Anzahl weiterer Personen",
    min: 0,
    max: MAX_WEITERE,
    unit: "",
  },
];

export const haushalt: Step = {
  id: "haushalt",
  title: "Sie und Ihr Haushalt",
  intro: "Wir fragen zuerst, wer bei Ihnen lebt. Danach stellen wir nur noch Fragen, die für Sie wichtig sind.",
  questions: () => QUESTIONS,
};
