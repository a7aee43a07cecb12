/**
 * The embedded search engine: filters first (the most selective of topic, Träger, language,
 * channel, PLZ prefix, nationwide flag and geo grid drives, every other condition is checked per
 * slot on typed arrays), then text scoring over the allowed slots only, facet counts over all
 * hits, and a top-k selection for the requested page.
 *
 * Changes are incremental: an upsert appends a new slot (postings stay sorted), the old version
 * becomes a tombstone; when tombstones pass a quarter of the index, it is rebuilt.
 */
import { queryTokens } from "../normalize";
import { DEFAULT_LIMIT, type CentreDocument, type CentreHit, type CentreQuery, type CentreResults } from "../port";
import { countFacets } from "./facets";
import { cellsAround, haversineKm, roundKm } from "./geo";
import { IntList } from "./lists";
import { compareFor, topK } from "./rank";
import { DocumentStore, FLAG_ANONYM, FLAG_BARRIEREFREI, FLAG_BUNDESWEIT, FLAG_GEO } from "./store";
import { buildSynonymTable, queryTerms, type SynonymTable } from "./synonyms";
import { Accumulator, TextIndex } from "./text-index";

const COMPACT_MIN_DEAD = 1000;

export class EmbeddedIndex {
  private store = new DocumentStore();
  private text: TextIndex;
  private readonly synonyms: SynonymTable;
  private readonly gate = { mask: new Int32Array(0), stamp: 0 };
  private readonly term = new Accumulator(this.gate);
  private readonly aux = new Accumulator(this.gate);
  private level = new Int32Array(0);
  private total = new Float32Array(0);
  private distance = new Float64Array(0);

  constructor(documents: readonly CentreDocument[] = []) {
    this.synonyms = buildSynonymTable();
    this.text = this.newTextIndex();
    this.replace(documents);
  }

  get size(): number {
    return this.store.live;
  }

  replace(documents: readonly CentreDocument[]): void {
    this.store = new DocumentStore();
    this.text = this.newTextIndex();
    for (const document of documents) {
      // A list with the same id twice keeps the last version, as an upsert would.
      if (this.store.slotById.has(document.id)) this.store.remove(document.id);
      this.text.addDocument(this.store.add(document), document);
    }
    this.text.seal();
    this.store.nameRanks();
  }

  upsert(documents: readonly CentreDocument[]): void {
    for (const document of documents) {
      this.store.remove(document.id);
      this.text.addDocument(this.store.add(document), document);
    }
    this.compactIfNeeded();
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.store.remove(id);
    this.compactIfNeeded();
  }

  private compactIfNeeded(): void {
    const { dead, live } = this.store;
    if (dead >= COMPACT_MIN_DEAD && dead > live / 4) this.replace(this.store.documents.filter((d): d is CentreDocument => d !== undefined));
  }

  private newTextIndex(): TextIndex {
    return new TextIndex(this.synonyms, (slug) => {
      const id = this.store.themen.idOf(slug);
      return id === undefined ? undefined : this.store.themen.slots[id];
    });
  }

  search(query: CentreQuery): CentreResults {
    const store = this.store;
    this.ensureScratch(store.slotCount);
    const candidates = this.filter(query);
    const terms = queryTerms(queryTokens(query.text ?? ""), this.synonyms);
    const hits = terms.length > 0 ? this.scoreText(terms) : candidates;

    const facets = countFacets(store, hits, query.facets ?? []);
    const hasDistance = query.umkreis !== undefined;
    const sort = query.sort ?? (hasDistance ? "distanz" : "relevanz");
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? DEFAULT_LIMIT);
    const compare = compareFor(sort, { score: this.total, distance: this.distance, nameRank: store.nameRanks(), hasDistance });
    const page = topK(hits, offset + limit, compare).slice(offset);
    return {
      total: hits.length,
      facets,
      hits: page.map((slot) => {
        const document = store.documents[slot]!;
        const hit: CentreHit = { ...document };
        if (hasDistance && store.flags[slot]! & FLAG_GEO) hit.distanzKm = roundKm(this.distance[slot]!);
        return hit;
      }),
    };
  }

  private ensureScratch(capacity: number): void {
    if (this.gate.mask.length >= capacity) return;
    const size = Math.max(capacity * 2, 1024);
    this.gate.mask = new Int32Array(size);
    this.gate.stamp = 0;
    this.level = new Int32Array(size);
    this.total = new Float32Array(size);
    this.distance = new Float64Array(size);
    this.term.ensure(size);
    this.aux.ensure(size);
  }

  /** Allowed slots for the query's filters; also stamps them in the mask and stores distances. */
  private filter(query: CentreQuery): IntList {
    const store = this.store;
    const lists: Array<ArrayLike<number> & { length: number }> = [];
    const listOf = (field: typeof store.themen, value: string | undefined): boolean => {
      if (value === undefined) return true;
      const id = field.idOf(value);
      if (id === undefined) return false;
      const slots = field.slots[id]!;
      lists.push(slots.data.subarray(0, slots.length));
      return true;
    };
    const empty = new IntList(1);
    if (!listOf(store.themen, query.thema) || !listOf(store.traeger, query.traeger) || !listOf(store.verband, query.verband)) return empty;
    if (!listOf(store.sprachen, query.sprache) || !listOf(store.kanaele, query.kanal)) return empty;
    if (query.plzPrefix) {
      const slots = store.plz.get(query.plzPrefix);
      if (!slots) return empty;
      lists.push(slots.data.subarray(0, slots.length));
    }
    if (query.nurBundesweit) lists.push(store.bundesweit.data.subarray(0, store.bundesweit.length));
    const area = query.umkreis;
    if (area && !query.nurBundesweit) {
      const cells = cellsAround(area, area.km);
      if (cells) {
        const slots: number[] = [];
        for (const key of cells) {
          const cell = store.cells.get(key);
          if (cell) for (let index = 0; index < cell.length; index++) slots.push(cell.data[index]!);
        }
        for (let index = 0; index < store.bundesweit.length; index++) slots.push(store.bundesweit.data[index]!);
        lists.push(slots);
      }
    }
    const driver = lists.reduce<ArrayLike<number> | null>((best, list) => (!best || list.length < best.length ? list : best), null);

    const themen = query.thema === undefined ? -1 : store.themen.idOf(query.thema)!;
    const traeger = query.traeger === undefined ? -1 : store.traeger.idOf(query.traeger)!;
    const verband = query.verband === undefined ? -1 : store.verband.idOf(query.verband)!;
    const sprache = query.sprache === undefined ? -1 : store.sprachen.idOf(query.sprache)!;
    const kanal = query.kanal === undefined ? -1 : store.kanaele.idOf(query.kanal)!;
    const plz = query.plzPrefix;
    // Boolean filters as one mask test: (flags & required) must equal expected.
    let required = 0;
    let expected = 0;
    const flag = (value: boolean | undefined, bit: number) => {
      if (value === undefined) return;
      required |= bit;
      if (value) expected |= bit;
    };
    flag(query.barrierefrei, FLAG_BARRIEREFREI);
    flag(query.anonym, FLAG_ANONYM);
    flag(query.nurBundesweit || undefined, FLAG_BUNDESWEIT);

    const stamp = ++this.gate.stamp;
    const mask = this.gate.mask;
    const result = new IntList(Math.max(16, driver ? driver.length : store.slotCount));
    const check = (slot: number) => {
      if (mask[slot] === stamp || !store.alive[slot]) return;
      const flags = store.flags[slot]!;
      if ((flags & required) !== expected) return;
      if (themen >= 0 && !store.themen.has(slot, themen)) return;
      if (traeger >= 0 && !store.traeger.has(slot, traeger)) return;
      if (verband >= 0 && !store.verband.has(slot, verband)) return;
      if (sprache >= 0 && !store.sprachen.has(slot, sprache)) return;
      if (kanal >= 0 && !store.kanaele.has(slot, kanal)) return;
      if (plz && !store.documents[slot]!.adresse.plz.startsWith(plz)) return;
      if (area) {
        const km = flags & FLAG_GEO ? haversineKm(area, { lat: store.lat[slot]!, lng: store.lng[slot]! }) : Infinity;
        this.distance[slot] = km;
        // Nationwide offers are part of every radius search, after the local ones (see README).
        if (km > area.km && !(flags & FLAG_BUNDESWEIT)) return;
      }
      if (query.offenAm && !store.isOpen(slot, query.offenAm)) return;
      mask[slot] = stamp;
      this.level[slot] = 0;
      this.total[slot] = 0;
      result.push(slot);
    };
    if (driver) for (let index = 0; index < driver.length; index++) check(driver[index]!);
    else for (let slot = 0; slot < store.slotCount; slot++) check(slot);
    return result;
  }

  /** Slots matching the most leading terms (all, if any slot does), with their summed scores in `total`. */
  private scoreText(terms: ReturnType<typeof queryTerms>): IntList {
    let best = new IntList(1);
    const { level, total, term: accumulator, gate } = this;
    for (let index = 0; index < terms.length; index++) {
      this.text.scoreTerm(terms[index]!, accumulator, this.aux);
      const next = new IntList(Math.max(16, accumulator.touched.length));
      const { data, length } = accumulator.touched;
      for (let i = 0; i < length; i++) {
        const slot = data[i]!;
        if (level[slot] === index) {
          level[slot] = index + 1;
          total[slot]! += accumulator.scoreOf(slot);
          next.push(slot);
        }
      }
      accumulator.clear();
      if (next.length === 0) break;
      best = next;
      // Later terms only need to look at slots that matched all earlier ones.
      const stamp = ++gate.stamp;
      for (let i = 0; i < next.length; i++) gate.mask[next.data[i]!] = stamp;
    }
    return best;
  }
}
