/**
 * Placeholders in catalogue texts: "{count} Beratungsstellen gefunden". Values are inserted as
 * they are (already formatted for the locale); a placeholder without a value stays visible, so
 * a mistake shows on the page instead of silently dropping words.
 */
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names of a text, sorted and without repeats (for the catalogue check). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}
