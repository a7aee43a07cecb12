/**
 * Embedded search engine (the default): an in-process index over the centre documents.
 * Every query token must match the start of some word of the document (prefix matching after
 * German folding); results are ranked by how many tokens match a whole word, then by name.
 */
import { DEFAULT_LIMIT, type CentreDocument, type CentreQuery, type CentreResults, type SearchPort } from "../port";
import { tokenize } from "../normalize";

type Entry = { document: CentreDocument; words: string[] };

function wordsOf(document: CentreDocument): string[] {
  const text = [document.name, document.traeger, document.ort, document.plz, document.strasse, ...document.themen].join(" ");
  return [...new Set(tokenize(text))];
}

function score(entry: Entry, tokens: string[]): number | null {
  let exact = 0;
  for (const token of tokens) {
    if (entry.words.includes(token)) exact += 1;
    else if (!entry.words.some((word) => word.startsWith(token))) return null;
  }
  return exact;
}

export class EmbeddedSearch implements SearchPort {
  readonly engine = "embedded" as const;
  private entries: Entry[] = [];

  async replaceCentres(documents: CentreDocument[]): Promise<void> {
    this.entries = documents.map((document) => ({ document, words: wordsOf(document) }));
  }

  async searchCentres(query: CentreQuery): Promise<CentreResults> {
    const tokens = tokenize(query.text ?? "");
    const matches: Array<{ entry: Entry; score: number }> = [];
    for (const entry of this.entries) {
      if (query.thema && !entry.document.themen.includes(query.thema)) continue;
      if (query.plzPrefix && !entry.document.plz.startsWith(query.plzPrefix)) continue;
      const s = score(entry, tokens);
      if (s !== null) matches.push({ entry, score: s });
    }
    matches.sort((a, b) => b.score - a.score || a.entry.document.name.localeCompare(b.entry.document.name, "de"));
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_LIMIT;
    return { total: matches.length, hits: matches.slice(offset, offset + limit).map((m) => m.entry.document) };
  }

  async health() {
    return { ok: true, engine: this.engine, documents: this.entries.length };
  }
}
