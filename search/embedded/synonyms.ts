/**
 * The synonym rules of settings/synonyms.de.ts, analysed like queries: keys are folded and
 * stop-word-free token sequences; a one-word key is also reachable by its stem ("Pfändungen").
 */
import { MIN_STEM_LENGTH, queryTokens, stem } from "../normalize";
import { SYNONYM_RULES, type SynonymRule } from "../settings/synonyms.de";

export type SynonymTable = {
  /** Folded key (words joined by one space) → targets (topic slugs or words). */
  byKey: Map<string, string[]>;
  byStem: Map<string, string[]>;
  /** Longest key in tokens. */
  maxPhrase: number;
};

export function buildSynonymTable(rules: readonly SynonymRule[] = SYNONYM_RULES): SynonymTable {
  const byKey = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  let maxPhrase = 1;
  const addTo = (map: Map<string, string[]>, key: string, targets: readonly string[]) => {
    const list = map.get(key) ?? [];
    for (const target of targets) if (!list.includes(target)) list.push(target);
    map.set(key, list);
  };
  for (const rule of rules) {
    for (const word of rule.woerter) {
      const tokens = queryTokens(word);
      if (tokens.length === 0) continue;
      maxPhrase = Math.max(maxPhrase, tokens.length);
      addTo(byKey, tokens.join(" "), rule.findet);
      const stemmed = stem(tokens[0]!);
      if (tokens.length === 1 && stemmed.length >= MIN_STEM_LENGTH) addTo(byStem, stemmed, rule.findet);
    }
  }
  return { byKey, byStem, maxPhrase };
}

export type QueryTerm = {
  /** The folded tokens of this query term: one word, or the words of a synonym phrase. */
  tokens: string[];
  /** Synonym targets for the whole term. */
  synonyms: string[];
  last: boolean;
};

/** Groups query tokens into terms, joining multi-word synonym keys ("hartz iv") into one term. */
export function queryTerms(tokens: readonly string[], table: SynonymTable): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (let index = 0; index < tokens.length; ) {
    let matched = 1;
    let synonyms: string[] = [];
    for (let length = Math.min(table.maxPhrase, tokens.length - index); length >= 1; length--) {
      const key = tokens.slice(index, index + length).join(" ");
      const found = table.byKey.get(key) ?? (length === 1 ? table.byStem.get(stem(key)) : undefined);
      if (found) {
        matched = length;
        synonyms = found;
        break;
      }
    }
    terms.push({ tokens: tokens.slice(index, index + matched), synonyms, last: index + matched === tokens.length });
    index += matched;
  }
  return terms;
}
