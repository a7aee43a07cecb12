/**
 * Starting a conversation: what the help seeker gives (a pseudonym, optionally a topic), and
 * the suggested pseudonym when they choose none. Same rules for the form and the JSON API.
 */
import { z } from "zod";

export const PSEUDONYM_MAX_LENGTH = 40;

const ADJECTIVES = ["Blaue", "Ruhige", "Helle", "Grüne", "Stille", "Warme", "Klare", "Leise"];
const NOUNS = ["Möwe", "Linde", "Welle", "Wolke", "Eule", "Birke", "Brise", "Quelle"];

/** A friendly pseudonym from a random number source (injected for tests). */
export function suggestPseudonym(random: () => number = Math.random): string {
  const pick = (list: string[]) => list[Math.floor(random() * list.length) % list.length];
  return `${pick(ADJECTIVES)} ${pick(NOUNS)} ${Math.floor(random() * 90 + 10)}`;
}

export const startSchema = z.object({
  beratungsstelle_id: z.uuid({ error: "erwartet die ID einer Beratungsstelle (UUID)" }),
  pseudonym: z
    .string()
    .trim()
    .max(PSEUDONYM_MAX_LENGTH, { error: `höchstens ${PSEUDONYM_MAX_LENGTH} Zeichen` })
    .regex(/^[\p{L}\p{N} ._-]*$/u, { error: "nur Buchstaben, Ziffern, Leerzeichen, Punkt, Binde- und Unterstrich" })
    .optional(),
  thema: z.string().trim().max(60, { error: "höchstens 60 Zeichen" }).optional(),
});

export type StartInput = z.infer<typeof startSchema>;

/** Plain text split into text and link parts, so links become clickable without rendering HTML. */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const LINK = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/giu;

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", text: match[0], href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
