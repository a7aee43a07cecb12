/**
 * The inverted index and text scoring of the embedded engine.
 *
 * Every searchable token of a document is indexed as a *word* (it occurred as such) and its
 * compound parts and stems as *derived* terms, each posting carrying the best field it occurred
 * in. A query term collects scores from several expansions; each document keeps the best one:
 *
 *   exact word 10 > prefix 8 > stem or one typo 6 > two typos or a typo'd prefix 5 > compound part 4
 *   > part with a typo 3 > synonym 2,   plus a field bonus < 1 (name 0.9 … description 0.1).
 *
 * A document matches a query when it matches every term; if none does, the last terms are dropped
 * one by one (Meilisearch's "last" matching strategy), so "Schuldnerberatung Xyz" still answers.
 */
import { derivedTerms, foldGerman, isStopWord, MIN_STEM_LENGTH, splitCompound, stem, tokenize } from "../normalize";
import { GENERIC_PARTS } from "../settings/compound-parts.de";
import type { CentreDocument } from "../port";
import { FIELD_BONUS, SEARCH_FIELDS, searchableTexts } from "../settings/fields";
import { IntList, Postings } from "./lists";
import type { QueryTerm, SynonymTable } from "./synonyms";
import { Vocabulary } from "./vocabulary";

export const KIND = { EXACT: 10, PREFIX: 8, STEM: 6, TYPO1: 6, TYPO2: 5, PREFIX_TYPO1: 5, PREFIX_TYPO2: 4.5, PART: 4, PART_TYPO: 3, SYNONYM: 2 } as const;
const PREFIX_TERM_LIMIT = 5000;
const NAME_BONUS = 0.05;
const GENERIC = new Set(GENERIC_PARTS.map(foldGerman));
const THEMEN_FIELD = SEARCH_FIELDS.indexOf("themen");

/** Per-query scores of one term: best score per slot, the slots touched, and the allowed-slot mask. */
export class Accumulator {
  scores = new Float32Array(0);
  /** Best kind among matches in the name: a small bonus on top, so name matches win ties. */
  nameKinds = new Float32Array(0);
  touched = new IntList(1024);

  constructor(private readonly gate: { mask: Int32Array; stamp: number }) {}

  ensure(capacity: number): void {
    if (this.scores.length >= capacity) return;
    this.scores = new Float32Array(capacity * 2);
    this.nameKinds = new Float32Array(capacity * 2);
  }

  offer(slot: number, score: number): void {
    if (this.gate.mask[slot] !== this.gate.stamp) return;
    const previous = this.scores[slot]!;
    if (score <= previous) return;
    if (previous === 0) this.touched.push(slot);
    this.scores[slot] = score;
  }

  scan(postings: Postings | undefined, kind: number): void {
    if (!postings) return;
    const { mask, stamp } = this.gate;
    const { slots, fields, length } = postings;
    const { scores, nameKinds } = this;
    for (let index = 0; index < length; index++) {
      const slot = slots[index]!;
      if (mask[slot] !== stamp) continue;
      const field = fields[index]!;
      const score = kind + FIELD_BONUS[field]!;
      const previous = scores[slot]!;
      if (score > previous) {
        if (previous === 0) this.touched.push(slot);
        scores[slot] = score;
      }
      if (field === 0 && kind > nameKinds[slot]!) nameKinds[slot] = kind;
    }
  }

  /** The term's score for a slot: its best match plus NAME_BONUS per kind level matched in the name. */
  scoreOf(slot: number): number {
    return this.scores[slot]! + NAME_BONUS * this.nameKinds[slot]!;
  }

  /** Resets the scores of the touched slots (cheaper than clearing the whole array). */
  clear(): void {
    const { data, length } = this.touched;
    for (let index = 0; index < length; index++) {
      this.scores[data[index]!] = 0;
      this.nameKinds[data[index]!] = 0;
    }
    this.touched.length = 0;
  }
}

type TokenTerms = { word: number; derived: number[] };

export class TextIndex {
  readonly vocabulary = new Vocabulary();
  private readonly words: Array<Postings | undefined> = [];
  private readonly derived: Array<Postings | undefined> = [];
  private readonly tokenCache = new Map<string, TokenTerms | null>();
  private readonly wordTerms = new DocumentTerms();
  private readonly derivedTerms = new DocumentTerms();

  constructor(
    private readonly synonyms: SynonymTable,
    private readonly topicSlots: (slug: string) => IntList | undefined,
  ) {
    // Synonym keys are terms too, so a typo in a key still finds its targets.
    for (const key of synonyms.byKey.keys()) if (!key.includes(" ")) this.vocabulary.add(key);
  }

  addDocument(slot: number, document: CentreDocument): void {
    const texts = searchableTexts(document);
    this.wordTerms.begin();
    this.derivedTerms.begin();
    SEARCH_FIELDS.forEach((field, code) => {
      for (const text of texts[field]) {
        for (const token of tokenize(text)) {
          const terms = this.termsOf(token);
          if (!terms) continue;
          this.wordTerms.keepBest(terms.word, code);
          for (const id of terms.derived) this.derivedTerms.keepBest(id, code);
        }
      }
    });
    this.wordTerms.flush(slot, this.words);
    this.derivedTerms.flush(slot, this.derived);
  }

  /** Prepares the prefix index after a bulk build. */
  seal(): void {
    this.vocabulary.seal();
  }

  /** Term ids of a document token and of its derived terms, analysed once per distinct token; null for stop words. */
  private termsOf(token: string): TokenTerms | null {
    let terms = this.tokenCache.get(token);
    if (terms === undefined) {
      terms = isStopWord(token) ? null : { word: this.vocabulary.add(token), derived: derivedTerms(token).map((term) => this.vocabulary.add(term)) };
      this.tokenCache.set(token, terms);
    }
    return terms;
  }

  /** Scores one query term into `into` (best score per slot); `aux` is scratch for conjunctions. */
  scoreTerm(term: QueryTerm, into: Accumulator, aux: Accumulator): void {
    const synonyms = new Set(term.synonyms);
    if (term.tokens.length > 1) {
      // A synonym phrase ("hartz iv"): its targets, or all its words.
      this.conjunction(term.tokens.map((token) => (acc: Accumulator) => this.scoreWord(token, false, acc, synonyms)), into, aux, KIND.EXACT + 1);
    } else {
      const token = term.tokens[0]!;
      this.scoreWord(token, term.last, into, term.synonyms.length === 0 ? synonyms : new Set());
      const split = splitCompound(token);
      const parts = split.filter((part) => !GENERIC.has(part)).length > 0 ? split.filter((part) => !GENERIC.has(part)) : split;
      if (parts.length > 1 || (parts.length === 1 && parts.length < split.length)) {
        // "Suchtberatung" also finds "Sucht- und Drogenberatung": every part somewhere in the
        // document, except generic ones like "stelle" (GENERIC_PARTS).
        this.conjunction(parts.map((part) => (acc: Accumulator) => this.scorePart(part, acc)), into, aux, KIND.PART + 1);
      }
    }
    for (const target of synonyms) this.scoreSynonym(target, into);
  }

  private scoreWord(token: string, last: boolean, into: Accumulator, synonymsFound: Set<string>): void {
    const vocabulary = this.vocabulary;
    const exact = vocabulary.id(token);
    if (exact !== undefined) {
      into.scan(this.words[exact], KIND.EXACT);
      into.scan(this.derived[exact], KIND.PART);
    }
    let prefixes = 0;
    if (last || token.length >= 3) {
      prefixes = vocabulary.forEachWithPrefix(token, PREFIX_TERM_LIMIT, (id) => {
        into.scan(this.words[id], KIND.PREFIX);
        into.scan(this.derived[id], KIND.PART);
      });
    }
    const numeric = /\d/.test(token);
    if (!numeric && token.length >= 5) {
      for (const { id, distance } of vocabulary.typoCandidates(token, token.length >= 9 ? 2 : 1)) {
        into.scan(this.words[id], distance === 1 ? KIND.TYPO1 : KIND.TYPO2);
        into.scan(this.derived[id], KIND.PART_TYPO);
        const key = vocabulary.terms[id]!;
        for (const target of this.synonyms.byKey.get(key) ?? []) synonymsFound.add(target);
      }
      // As-you-type with a typo: only when the literal text is no word and no word's beginning.
      if (last && exact === undefined && prefixes === 0) {
        for (const { id, distance } of vocabulary.prefixTypoCandidates(token, token.length >= 9 ? 2 : 1)) {
          into.scan(this.words[id], distance === 1 ? KIND.PREFIX_TYPO1 : KIND.PREFIX_TYPO2);
          into.scan(this.derived[id], KIND.PART_TYPO);
        }
      }
    }
    const stemmed = stem(token);
    if (!numeric && stemmed !== token && stemmed.length >= MIN_STEM_LENGTH) {
      const id = vocabulary.id(stemmed);
      if (id !== undefined) {
        into.scan(this.words[id], KIND.STEM);
        into.scan(this.derived[id], KIND.PART);
      }
    }
  }

  private scorePart(part: string, into: Accumulator): void {
    for (const term of new Set([part, stem(part)])) {
      const id = this.vocabulary.id(term);
      if (id === undefined) continue;
      into.scan(this.words[id], KIND.PART);
      into.scan(this.derived[id], KIND.PART);
    }
  }

  /** Targets that are topic slugs match the documents filed under the topic; others match as words. */
  private scoreSynonym(target: string, into: Accumulator): void {
    const topic = this.topicSlots(target);
    if (topic) {
      const score = KIND.SYNONYM + FIELD_BONUS[THEMEN_FIELD]!;
      for (let index = 0; index < topic.length; index++) into.offer(topic.data[index]!, score);
      return;
    }
    for (const token of tokenize(target)) {
      const id = this.vocabulary.id(token);
      if (id === undefined) continue;
      into.scan(this.words[id], KIND.SYNONYM);
      into.scan(this.derived[id], KIND.SYNONYM);
    }
  }

  /** Slots matched by every scorer, offered with their weakest score, capped below `cap`. */
  private conjunction(scorers: Array<(acc: Accumulator) => void>, into: Accumulator, aux: Accumulator, cap: number): void {
    let survivors: Map<number, number> | null = null;
    for (const scorer of scorers) {
      scorer(aux);
      const next = new Map<number, number>();
      const { data, length } = aux.touched;
      for (let index = 0; index < length; index++) {
        const slot = data[index]!;
        const score = aux.scores[slot]!;
        if (!survivors) next.set(slot, score);
        else if (survivors.has(slot)) next.set(slot, Math.min(score, survivors.get(slot)!));
      }
      aux.clear();
      survivors = next;
      if (survivors.size === 0) return;
    }
    for (const [slot, score] of survivors ?? []) into.offer(slot, Math.min(score, cap - 1 + (score % 1)));
  }
}

/**
 * The terms of the document being indexed with their best field: typed arrays indexed by term id
 * and a generation stamp instead of a Map per document (the build indexes ~800k tokens).
 */
class DocumentTerms {
  private stamps = new Int32Array(4096);
  private fields = new Uint8Array(4096);
  private readonly ids = new IntList(256);
  private generation = 0;

  begin(): void {
    this.generation++;
    this.ids.length = 0;
  }

  keepBest(id: number, field: number): void {
    if (id >= this.stamps.length) {
      const stamps = new Int32Array(Math.max(id + 1, this.stamps.length * 2));
      stamps.set(this.stamps);
      this.stamps = stamps;
      const fields = new Uint8Array(stamps.length);
      fields.set(this.fields);
      this.fields = fields;
    }
    if (this.stamps[id] !== this.generation) {
      this.stamps[id] = this.generation;
      this.fields[id] = field;
      this.ids.push(id);
    } else if (field < this.fields[id]!) this.fields[id] = field;
  }

  flush(slot: number, postings: Array<Postings | undefined>): void {
    const { data, length } = this.ids;
    for (let index = 0; index < length; index++) {
      const id = data[index]!;
      (postings[id] ??= new Postings()).push(slot, this.fields[id]!);
    }
  }
}
