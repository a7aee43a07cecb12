/**
 * Parsers for single cells of the import file. Each takes the trimmed cell text and returns the
 * typed value or a German message saying what was expected — short, because it follows
 * "Zeile 17: plz – " in the output. row.ts combines them into the row schema.
 */
import { z } from "zod";
import { isLocalDate, type LocalDate } from "../../shared/dates";
import { parseClockTime, parseOpeningHours, type OpeningHoursError, type WeeklyRule } from "../opening-hours";
import { TOPICS, type TopicSlug } from "../topics";
import {
  BARRIEREFREI_MERKMALE,
  foldKey,
  isLanguageCode,
  KONTAKTKANAELE,
  parseJaNein,
  parseKanal,
  parseMerkmal,
  parseVerband,
  VERBAENDE,
  type BarrierefreiMerkmal,
  type Kontaktkanal,
  type Verband,
} from "./vocabulary";

export type Parsed<T> = { ok: true; value: T } | { ok: false; meldung: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (meldung: string): Parsed<never> => ({ ok: false, meldung });

/** Cells holding several values separate them with `|`; empty parts are ignored, duplicates dropped. */
export function splitList(text: string): string[] {
  return [...new Set(text.split("|").map((part) => part.trim()).filter((part) => part !== ""))];
}

export function text(options: { required: boolean; max: number }) {
  return (value: string): Parsed<string> => {
    if (value === "" && options.required) return fail("Angabe fehlt");
    if (value.length > options.max) return fail(`höchstens ${options.max} Zeichen erlaubt (hier ${value.length})`);
    return ok(value);
  };
}

export function plz(value: string): Parsed<string> {
  if (/^\d{5}$/.test(value)) return ok(value);
  if (/^\d{4}$/.test(value)) return fail(`fünfstellige Postleitzahl erwartet – führende Null verloren? („0${value}“ statt „${value}“)`);
  return fail(value === "" ? "Angabe fehlt" : "fünfstellige Postleitzahl erwartet");
}

/** A decimal degree; a decimal comma ("52,52") is accepted as German spreadsheets write it. */
export function coordinate(limit: number) {
  return (value: string): Parsed<number | null> => {
    if (value === "") return ok(null);
    const normalised = /^-?\d+,\d+$/.test(value) ? value.replace(",", ".") : value;
    const number = /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
    if (!Number.isFinite(number) || Math.abs(number) > limit) return fail(`Dezimalgrad zwischen -${limit} und ${limit} erwartet, z. B. 51.3397`);
    return ok(number);
  };
}

const TOPIC_KEYS = new Map<string, TopicSlug>(TOPICS.flatMap((topic) => [[foldKey(topic.slug), topic.slug], [foldKey(topic.label), topic.slug]]));

export function themen(value: string): Parsed<TopicSlug[]> {
  const parts = splitList(value);
  if (parts.length === 0) return fail(`mindestens ein Thema erwartet: ${TOPICS.map((topic) => topic.slug).join(", ")}`);
  const slugs: TopicSlug[] = [];
  for (const part of parts) {
    const slug = TOPIC_KEYS.get(foldKey(part));
    if (!slug) return fail(`unbekanntes Thema „${part}“ – erlaubt: ${TOPICS.map((topic) => topic.slug).join(", ")}`);
    if (!slugs.includes(slug)) slugs.push(slug);
  }
  return ok(slugs);
}

export function verband(value: string): Parsed<Verband> {
  if (value === "") return fail(`Angabe fehlt – erlaubt: ${VERBAENDE.join(", ")}`);
  const found = parseVerband(value);
  return found ? ok(found) : fail(`unbekannter Verband „${value}“ – erlaubt: ${VERBAENDE.join(", ")}`);
}

export function kanaele(value: string): Parsed<Kontaktkanal[]> {
  const parts = splitList(value);
  if (parts.length === 0) return fail(`mindestens ein Kontaktweg erwartet: ${KONTAKTKANAELE.join(", ")}`);
  const found: Kontaktkanal[] = [];
  for (const part of parts) {
    const kanal = parseKanal(part);
    if (!kanal) return fail(`unbekannter Kontaktweg „${part}“ – erlaubt: ${KONTAKTKANAELE.join(", ")}`);
    if (!found.includes(kanal)) found.push(kanal);
  }
  return ok(found);
}

/** ISO 639-1 codes; an empty cell means German only, the language every centre here offers. */
export function sprachen(value: string): Parsed<string[]> {
  const codes = [...new Set(splitList(value).map((part) => part.toLowerCase()))];
  if (codes.length === 0) return ok(["de"]);
  const unknown = codes.find((code) => !isLanguageCode(code));
  if (unknown !== undefined) return fail(`„${unknown}“ ist kein Sprachcode nach ISO 639-1 (zwei Buchstaben, z. B. de, en, tr, ar)`);
  return ok(codes);
}

export function telefon(value: string): Parsed<string | null> {
  if (value === "") return ok(null);
  const digits = value.replace(/\D/g, "").length;
  if (!/^\+?[0-9 ()/.-]+$/.test(value) || digits < 3 || digits > 20) return fail("Telefonnummer aus Ziffern erwartet, z. B. 0341 000000 oder +49 341 000000");
  return ok(value);
}

const EMAIL = z.email();

export function email(value: string): Parsed<string | null> {
  if (value === "") return ok(null);
  return EMAIL.safeParse(value).success ? ok(value) : fail("E-Mail-Adresse erwartet, z. B. beratung@example.org");
}

/** http(s) addresses; "www.example.org" gets https:// put in front. */
export function website(value: string): Parsed<string | null> {
  if (value === "") return ok(null);
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !/\s/.test(value)) return ok(url.href);
  } catch {
    // falls through to the message
  }
  return fail("Internetadresse erwartet, z. B. https://www.example.org");
}

export function jaNein(value: string): Parsed<boolean> {
  const parsed = parseJaNein(value);
  return parsed === undefined ? fail("ja oder nein erwartet") : ok(parsed);
}

export type Barrierefreiheit = Record<BarrierefreiMerkmal, boolean>;

/** ja/nein (ja = stufenloser Zugang) or a list of features: "stufenlos | wc | aufzug". */
export function barrierefrei(value: string): Parsed<Barrierefreiheit> {
  const yesNo = parseJaNein(value);
  if (yesNo !== undefined) return ok({ stufenlos: yesNo, wc: false, aufzug: false });
  const result: Barrierefreiheit = { stufenlos: false, wc: false, aufzug: false };
  for (const part of splitList(value)) {
    const merkmal = parseMerkmal(part);
    if (!merkmal) return fail(`ja, nein oder eine Liste aus ${BARRIEREFREI_MERKMALE.join(", ")} erwartet (statt „${part}“)`);
    result[merkmal] = true;
  }
  return ok(result);
}

const HOURS_MESSAGES: Record<OpeningHoursError["code"], string> = {
  "opening_hours.day_expected": "Wochentag erwartet (Mo, Di, Mi, Do, Fr, Sa, So)",
  "opening_hours.time_expected": "Uhrzeit erwartet (von-bis, z. B. 09:00-16:00)",
  "opening_hours.invalid_time": "ungültige Uhrzeit",
  "opening_hours.empty_range": "Zeitraum ohne Dauer",
  "opening_hours.unexpected_text": "unerwarteter Text",
};

export function oeffnungszeiten(value: string): Parsed<WeeklyRule[]> {
  const parsed = parseOpeningHours(value);
  if (parsed.ok) return ok(parsed.rules);
  const { code, position, found } = parsed.error;
  const where = found ? ` bei „${found}“` : " am Ende";
  return fail(`${HOURS_MESSAGES[code]}${where} (Zeichen ${position + 1}) – Beispiel: Mo-Do 09:00-16:00 | Fr 09:00-12:00`);
}

/** One time of day on its own ("09:00", "9.30", "24:00"), as the management form's hour fields hold it. */
export function uhrzeit(value: string): Parsed<number> {
  const minutes = parseClockTime(value);
  if (minutes === "missing") return fail("Uhrzeit fehlt, z. B. 09:00");
  if (minutes === "invalid") return fail(`${HOURS_MESSAGES["opening_hours.invalid_time"]} – erwartet wie 09:00 oder 16:30, höchstens 24:00`);
  return ok(minutes);
}

export function zielgruppen(value: string): Parsed<string[]> {
  const parts = splitList(value);
  const tooLong = parts.find((part) => part.length > 100);
  if (tooLong) return fail(`eine Zielgruppe hat höchstens 100 Zeichen („${tooLong.slice(0, 30)}…“)`);
  if (parts.length > 20) return fail("höchstens 20 Zielgruppen");
  return ok(parts);
}

/** ISO ("2026-11-01") or German ("1.11.2026"); not after `heute` when given. */
export function datum(heute: LocalDate | undefined) {
  return (value: string): Parsed<LocalDate | null> => {
    if (value === "") return ok(null);
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    const iso = german ? `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : value;
    if (!isLocalDate(iso)) return fail("Datum erwartet, z. B. 2026-11-01 oder 01.11.2026");
    if (heute !== undefined && iso > heute) return fail("Datum liegt in der Zukunft");
    return ok(iso);
  };
}
