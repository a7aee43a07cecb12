/**
 * German text analysis shared by both adapters, so that they agree on what a "word" is:
 *
 * - folding: lower case, umlauts and ß to ASCII spellings, so "München", "Muenchen" and "munchen"
 *   meet at "munchen" and "Straße"/"Strasse" at "strasse";
 * - stop words ("und", "in", "für" …) are dropped from queries and documents;
 * - a light stemmer (after CISTEM, Weißweiler & Fraser 2017, without the "ge-" and "-t" rules)
 *   lets "Schulden" meet "Schuldner" at "schuld";
 * - compound splitting against a maintained vocabulary of known parts: "Suchtberatungsstelle" →
 *   sucht + beratung + stelle, "Caritasverband" → caritas + verband.
 */
import { COMPOUND_PARTS } from "./settings/compound-parts.de";
import { STOP_WORDS } from "./settings/stopwords.de";

const FOLD = /ä|ae|ö|oe|ü|ue|ß/g;
const FOLDED: Record<string, string> = { ä: "a", ae: "a", ö: "o", oe: "o", ü: "u", ue: "u", ß: "ss" };
const NON_ASCII = /[^ -~\t\n\r]/;

export function foldGerman(text: string): string {
  // German has no locale-specific case rules, so plain toLowerCase is right (and much faster).
  const folded = text.toLowerCase().replace(FOLD, (match) => FOLDED[match]!);
  return NON_ASCII.test(folded) ? folded.normalize("NFD").replace(/\p{M}/gu, "") : folded;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folded words: runs of letters and digits. A hand-written scan — the index build tokenizes a lot. */
export function tokenize(text: string): string[] {
  const folded = foldGerman(text);
  const tokens: string[] = [];
  let start = -1;
  for (let index = 0; index <= folded.length; index++) {
    const code = index < folded.length ? folded.charCodeAt(index) : 32;
    const word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && WORD_CHAR.test(folded[index]!));
    if (word) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      tokens.push(folded.slice(start, index));
      start = -1;
    }
  }
  return tokens;
}

const STOP = new Set(STOP_WORDS.map(foldGerman));

export function isStopWord(token: string): boolean {
  return STOP.has(token);
}

/** Query tokens without stop words — unless the query consists of stop words only. */
export function queryTokens(text: string): string[] {
  const tokens = tokenize(text);
  const meaningful = tokens.filter((token) => !STOP.has(token));
  return meaningful.length > 0 ? meaningful : tokens;
}

/** Stems shorter than this are too ambiguous to match on. */
export const MIN_STEM_LENGTH = 4;

/** Stem of a folded token; digits and short words are returned unchanged. */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  // Multi-letter sounds and double letters are protected so that suffix stripping cannot split them.
  let word = token.replace(/sch/g, "$").replace(/ei/g, "%").replace(/ie/g, "&").replace(/(.)\1/g, "$1*");
  while (word.length > 3) {
    if (word.length > 5 && /(e[mr]|nd)$/.test(word)) word = word.slice(0, -2);
    else if (/[esn]$/.test(word)) word = word.slice(0, -1);
    else break;
  }
  return word.replace(/(.)\*/g, "$1$1").replace(/&/g, "ie").replace(/%/g, "ei").replace(/\$/g, "sch");
}

/** A trie over the known parts, walked from every position: no substring allocation per try. */
type TrieNode = { children: Map<string, TrieNode>; part?: string };
const TRIE: TrieNode = { children: new Map() };
for (const part of new Set(COMPOUND_PARTS.map(foldGerman))) {
  let node = TRIE;
  for (const char of part) {
    let child = node.children.get(char);
    if (!child) node.children.set(char, (child = { children: new Map() }));
    node = child;
  }
  node.part = part;
}

/** Linking elements (Fugenelemente) between parts, and inflection endings after the last one. */
const LINKS = ["", "s", "es", "n", "en", "e", "er", "ern", "nen", "ns"];
const MIN_PART = 3;
const MIN_COMPOUND_LENGTH = 7;
const MIN_UNKNOWN = 4;
const UNKNOWN_COST = 10;

type Split = { parts: string[]; cost: number };

/** Ends of known parts starting at `start`, each with the positions reachable after a link. */
function* partsAt(word: string, start: number): Generator<{ part: string; next: number }> {
  let node: TrieNode | undefined = TRIE;
  for (let index = start; index < word.length && node; index++) {
    node = node.children.get(word[index]!);
    if (node?.part && node.part.length >= MIN_PART) {
      for (const link of LINKS) if (word.startsWith(link, index + 1)) yield { part: node.part, next: index + 1 + link.length };
    }
  }
}

function better(current: Split | undefined, candidate: Split): Split {
  return !current || candidate.cost < current.cost ? candidate : current;
}

/**
 * The parts of a folded compound, or [] if it does not split. Known parts cost 1, one unknown
 * segment of at least four letters at the start or at the end costs 10, so full coverage by
 * known parts wins; the split with the lowest cost is returned.
 */
export function splitCompound(word: string): string[] {
  const n = word.length;
  if (n < MIN_COMPOUND_LENGTH || /\d/.test(word)) return [];
  // forward[i]: best known cover of word[0, i); backward[i]: best known cover of word[i, n).
  const forward: Array<Split | undefined> = [{ parts: [], cost: 0 }];
  for (let start = 0; start < n; start++) {
    const head = forward[start];
    if (!head) continue;
    for (const { part, next } of partsAt(word, start)) forward[next] = better(forward[next], { parts: [...head.parts, part], cost: head.cost + 1 });
  }
  const backward: Array<Split | undefined> = [];
  backward[n] = { parts: [], cost: 0 };
  for (let start = n - 1; start >= 0; start--) {
    for (const { part, next } of partsAt(word, start)) {
      const tail = backward[next];
      if (tail) backward[start] = better(backward[start], { parts: [part, ...tail.parts], cost: tail.cost + 1 });
    }
  }
  // At least two parts: a known word is still split if it is made of known words ("glücksspiel").
  let best: Split | undefined;
  for (const { part, next } of partsAt(word, 0)) {
    const tail = backward[next];
    if (next < n && tail) best = better(best, { parts: [part, ...tail.parts], cost: tail.cost + 1 });
  }
  // A known word is only split into known words, never into a known one and a remainder.
  const known = backward[0]?.parts.length === 1;
  for (let cut = MIN_UNKNOWN; cut <= n - MIN_PART && !known; cut++) {
    const tail = backward[cut];
    if (tail) best = better(best, { parts: [word.slice(0, cut), ...tail.parts], cost: UNKNOWN_COST + tail.cost });
    const head = forward[n - cut];
    if (head && head.parts.length > 0) best = better(best, { parts: [...head.parts, word.slice(n - cut)], cost: head.cost + UNKNOWN_COST });
  }
  return best && best.parts.length > 1 ? best.parts : [];
}

/**
 * Everything a document word can be found by besides itself: its compound parts (and theirs),
 * its leading parts joined, and the stems of word and parts (stems at least MIN_STEM_LENGTH long).
 */
export function derivedTerms(word: string): string[] {
  const terms = new Set<string>();
  const parts = splitCompound(word);
  // Leading parts joined as written ("erziehungsberatung" from "erziehungsberatungsstelle"), so a
  // query for the shorter compound — or a typo in it — meets the longer one.
  let cursor = 0;
  for (const [index, part] of parts.entries()) {
    cursor = word.indexOf(part, cursor) + part.length;
    if (index > 0 && index < parts.length - 1) terms.add(word.slice(0, cursor));
  }
  // Parts of parts: "glucksspiel" in "glucksspielsucht" yields "spiel" too.
  const subParts = parts.flatMap((part) => splitCompound(part));
  for (const candidate of [word, ...parts, ...subParts]) {
    if (candidate !== word && candidate.length >= 3) terms.add(candidate);
    const stemmed = stem(candidate);
    if (stemmed !== word && stemmed.length >= MIN_STEM_LENGTH) terms.add(stemmed);
  }
  return [...terms];
}
