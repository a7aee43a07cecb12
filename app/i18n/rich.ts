/**
 * German terms inside a translation. Legal and official names (Wohngeld, Bürgergeld, the service
 * name) stay German, because a translation would not be what the office calls it; catalogues
 * write them [[Wohngeld]] and the page marks them lang="de" so a screen reader reads them in a
 * German voice. Plain text, no markup language: only this one marker exists.
 */
export type RichSegment = { text: string; german: boolean };

const MARKED = /\[\[([^[\]]+)\]\]/g;

export function richSegments(text: string): RichSegment[] {
  const segments: RichSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), german: false });
    segments.push({ text: match[1] ?? "", german: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), german: false });
  return segments;
}

/** The text without markers, for places that take plain text only (title, meta description). */
export function plainText(text: string): string {
  return text.replace(MARKED, "$1");
}

/** Markers that are open, empty or nested (a catalogue mistake the completeness test catches). */
export function hasBrokenMarkers(text: string): boolean {
  return /\[|\]/.test(text.replace(MARKED, ""));
}
