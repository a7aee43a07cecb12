import { describe, expect, it } from "vitest";
import { TERMINART_LABEL } from "../../domain/booking/types";
import { HOTLINES } from "../../domain/counselling/hotlines";
import { KANAL_LABELS, KONTAKTKANAELE, SPRACHEN, VERBAENDE, VERBAND_LABELS } from "../../domain/counselling/labels";
import { TOPICS } from "../../domain/counselling/topics";
import { formatNextSlot } from "../../server/booking/format.server";
import { capitalised, channelName, HOTLINE_KEYS, languageName, nextSlotText, rangesText, todayText, topicName, verbandName } from "../counselling";
import { LOCALES } from "../locales";
import { messagesFor } from "../messages";
import { plainText } from "../rich";

const de = messagesFor("de");
const en = messagesFor("en");

describe("German names equal the domain's labels (German pages stay as they were)", () => {
  it("topics, channels, federations, kinds of appointment, crisis lines", () => {
    for (const topic of TOPICS) expect(topicName(topic.slug, de)).toBe(topic.label);
    for (const kanal of KONTAKTKANAELE) expect(channelName(kanal, de)).toBe(KANAL_LABELS[kanal]);
    for (const verband of VERBAENDE) expect(verbandName(verband, de)).toBe(VERBAND_LABELS[verband]);
    for (const line of HOTLINES) expect(de[HOTLINE_KEYS[line.name]!]).toBe(line.description);
    const slot = { start: new Date("2026-12-08T08:00:00Z"), arten: Object.keys(TERMINART_LABEL) as Array<keyof typeof TERMINART_LABEL> };
    expect(nextSlotText(slot, "de")).toBe(formatNextSlot(slot));
    expect(nextSlotText({ ...slot, arten: ["telefon"] }, "de")).toBe(formatNextSlot({ ...slot, arten: ["telefon"] }));
    expect(nextSlotText({ ...slot, arten: [] }, "de")).toBe(formatNextSlot({ ...slot, arten: [] }));
  });

  it("unknown codes stay as they are", () => {
    expect(topicName("gibt-es-nicht", en)).toBe("gibt-es-nicht");
    expect(verbandName("xyz", en)).toBe("xyz");
  });
});

describe("translated names", () => {
  it("topics and channels in English", () => {
    expect(topicName("sucht", en)).toBe("Addiction");
    expect(topicName("schulden", en)).toBe("Debt");
    expect(channelName("vor_ort", en)).toBe("In person");
    expect(plainText(verbandName("drk", en))).toBe("Deutsches Rotes Kreuz (German Red Cross)");
  });

  it("language names: the German list in German and Leichte Sprache, Intl.DisplayNames elsewhere", () => {
    expect(languageName("ar", "de")).toBe("Arabisch");
    expect(languageName("fa", "ls")).toBe("Persisch (Farsi)");
    expect(languageName("ar", "en")).toBe("Arabic");
    expect(languageName("tr", "tr")).toBe("Türkçe");
    expect(languageName("de", "ar")).toBe("الألمانية");
    expect(languageName("uk", "uk")).toBe("українська");
    expect(languageName("ru", "ru")).toBe("русский");
    expect(capitalised(languageName("ru", "ru"), "ru")).toBe("Русский");
    // No name: the code in capitals, in every language.
    expect(languageName("xx", "de")).toBe("XX");
    expect(languageName("xx", "en")).toBe("XX");
  });

  it("every language of the filter list has a real name in every locale", () => {
    for (const locale of LOCALES) {
      for (const { code } of SPRACHEN) expect(languageName(code, locale), `${locale}/${code}`).not.toBe(code.toUpperCase());
    }
  });
});

describe("hours and slots", () => {
  const ranges = [
    { von: 9 * 60, bis: 12 * 60 },
    { von: 13 * 60, bis: 16 * 60 },
  ];

  it("German as before, English without 'Uhr'", () => {
    expect(todayText({ known: true, ranges }, de)).toBe("Heute 9:00–12:00 und 13:00–16:00 Uhr");
    expect(todayText({ known: true, ranges: [] }, de)).toBe("Heute geschlossen");
    expect(todayText({ known: false, ranges: [] }, de)).toBe("Keine Öffnungszeiten angegeben");
    expect(todayText({ known: true, ranges }, en)).toBe("Today 9:00–12:00 and 13:00–16:00");
    expect(rangesText([], en)).toBe("closed");
    expect(todayText({ known: false, ranges: [] }, messagesFor("ar"))).toBe("لم تُذكر أوقات الدوام");
  });

  it("the next slot in English and Arabic, in German time", () => {
    const slot = { start: new Date("2026-12-08T08:00:00Z"), arten: ["vor_ort", "telefon"] as const };
    expect(nextSlotText(slot, "en")).toBe("Tuesday, 8 December 2026, 09:00 (In person at the counselling centre or Phone)");
    expect(nextSlotText(slot, "ar")).toContain("09:00");
  });
});
