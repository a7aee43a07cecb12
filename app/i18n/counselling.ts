/**
 * Names of the counselling vocabulary in the interface language: topics, contact channels,
 * welfare federations, kinds of appointment (from the catalogues; German equals the labels in
 * app/domain) and languages of counselling (ISO 639-1 codes; German keeps the hand-written
 * list in app/domain/counselling/labels.ts, other locales take Intl.DisplayNames), plus the
 * hours and slot texts of a result card.
 */
import type { Terminart } from "../domain/booking/types";
import type { TodayHours } from "../domain/counselling/hours-view";
import { spracheLabel, type Kontaktkanal, type Verband } from "../domain/counselling/labels";
import { formatTime, type TimeRange } from "../domain/counselling/opening-hours";
import type { TopicSlug } from "../domain/counselling/topics";
import { formatClock, formatLongDate, INTL_TAG } from "./format";
import type { Locale } from "./locales";
import { messagesFor, type MessageKey, type Messages } from "./messages";
import { fill } from "./template";

export const TOPIC_KEYS: Record<TopicSlug, MessageKey> = {
  existenzsicherung: "topicExistenzsicherung",
  schulden: "topicSchulden",
  sucht: "topicSucht",
  wohnungsnot: "topicWohnungsnot",
  familie: "topicFamilie",
  schwangerschaft: "topicSchwangerschaft",
  migration: "topicMigration",
  "psychische-gesundheit": "topicPsychischeGesundheit",
  pflege: "topicPflege",
  behinderung: "topicBehinderung",
  jugend: "topicJugend",
};

export const CHANNEL_KEYS: Record<Kontaktkanal, MessageKey> = {
  vor_ort: "channelVorOrt",
  telefon: "channelTelefon",
  chat: "channelChat",
  video: "channelVideo",
  email: "channelEmail",
};

export const VERBAND_KEYS: Record<Verband, MessageKey> = {
  caritas: "verbandCaritas",
  diakonie: "verbandDiakonie",
  awo: "verbandAwo",
  paritaetischer: "verbandParitaetischer",
  drk: "verbandDrk",
  zwst: "verbandZwst",
  kommunal: "verbandKommunal",
  sonstige: "verbandSonstige",
};

export const TERMINART_KEYS: Record<Terminart, MessageKey> = {
  vor_ort: "terminartVorOrt",
  telefon: "terminartTelefon",
  video: "terminartVideo",
};

/** The crisis lines' descriptions by line name (German: app/domain/counselling/hotlines.ts). */
export const HOTLINE_KEYS: Readonly<Record<string, MessageKey>> = {
  TelefonSeelsorge: "hotlineTelefonSeelsorge",
  "Sucht & Drogen Hotline": "hotlineSucht",
};

/** The topic's name, or the slug itself when it is not a topic. */
export function topicName(slug: string, t: Messages): string {
  const key = (TOPIC_KEYS as Record<string, MessageKey | undefined>)[slug];
  return key ? t[key] : slug;
}

export function channelName(kanal: Kontaktkanal, t: Messages): string {
  return t[CHANNEL_KEYS[kanal]];
}

/** The federation's name, or the code itself when it is unknown. */
export function verbandName(verband: string, t: Messages): string {
  const key = (VERBAND_KEYS as Record<string, MessageKey | undefined>)[verband];
  return key ? t[key] : verband;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/**
 * A language's name in the interface language: "Arabisch" (German list), "Arabic", "Arapça",
 * "العربية"…; an unknown code in capitals, as in German.
 */
export function languageName(code: string, locale: Locale): string {
  if (locale === "de" || locale === "ls") return spracheLabel(code);
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames(INTL_TAG[locale], { type: "language", fallback: "none" })));
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
  return name && name.toLowerCase() !== code.toLowerCase() ? name : code.toUpperCase();
}

/** For option lists: the name with a capital first letter ("Немецкий", not "немецкий"). */
export function capitalised(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(INTL_TAG[locale]) + text.slice(1);
}

/** "9:00–12:00 und 13:00–16:00 Uhr" / "9:00–12:00 and 13:00–16:00"; "geschlossen" for none. */
export function rangesText(ranges: readonly TimeRange[], t: Messages): string {
  if (ranges.length === 0) return t.hoursClosed;
  return fill(t.hoursRanges, { ranges: ranges.map((range) => `${formatTime(range.von)}–${formatTime(range.bis)}`).join(t.hoursAnd) });
}

/** Today's line of a result card: "Heute 9:00–16:00 Uhr", "Heute geschlossen" or "Keine Öffnungszeiten angegeben". */
export function todayText(today: Pick<TodayHours, "known" | "ranges">, t: Messages): string {
  return today.known ? fill(t.hoursToday, { hours: rangesText(today.ranges, t) }) : t.hoursUnknown;
}

/** "Dienstag, 8. Dezember 2026, 09:00 Uhr (Vor Ort in der Beratungsstelle oder Telefon)", in the locale. */
export function nextSlotText(slot: { start: Date; arten: readonly Terminart[] }, locale: Locale): string {
  const t = messagesFor(locale);
  const arten = slot.arten.map((art) => t[TERMINART_KEYS[art]]);
  const kinds = arten.length > 1 ? `${arten.slice(0, -1).join(t.finderList)}${t.slotOr}${arten.at(-1)}` : arten[0];
  const at = fill(t.slotAt, { day: formatLongDate(slot.start, locale), time: formatClock(slot.start, locale) });
  return kinds ? fill(t.slotKinds, { slot: at, kinds }) : at;
}
