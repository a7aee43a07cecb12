/**
 * The document side of the embedded index: one slot per document version, typed-array columns
 * for flags and coordinates, value lists for filters and facets, a PLZ-prefix map, a geo grid and
 * precomputed weekly hours. Everything needed to filter, count facets and sort without touching
 * the document objects in the hot loops.
 */
import { hoursOn, isOpenAt, type LocalMoment, type TimeRange, type Wochentag } from "../../app/domain/counselling/opening-hours";
import type { CentreDocument } from "../port";
import { foldGerman } from "../normalize";
import { cellOf } from "./geo";
import { IntList, grow } from "./lists";

export const FLAG_GEO = 1;
export const FLAG_BUNDESWEIT = 2;
export const FLAG_BARRIEREFREI = 4;
export const FLAG_ANONYM = 8;

/** A filterable, countable field: value ids per slot and slot lists per value. */
export class ValueField {
  readonly values: string[] = [];
  readonly perSlot: Array<Int32Array | undefined> = [];
  readonly slots: IntList[] = [];
  private readonly ids = new Map<string, number>();

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  add(slot: number, values: readonly string[]): void {
    const unique = values.length > 1 ? [...new Set(values)] : values;
    const ids = new Int32Array(unique.length);
    let index = 0;
    for (const value of unique) {
      let id = this.ids.get(value);
      if (id === undefined) {
        id = this.values.length;
        this.values.push(value);
        this.ids.set(value, id);
        this.slots.push(new IntList());
      }
      this.slots[id]!.push(slot);
      ids[index++] = id;
    }
    this.perSlot[slot] = ids;
  }

  has(slot: number, id: number): boolean {
    const ids = this.perSlot[slot];
    if (!ids) return false;
    for (let index = 0; index < ids.length; index++) if (ids[index] === id) return true;
    return false;
  }
}

type WeeklyHours = { byDay: TimeRange[][]; exceptionDates: Set<string> | null };

export class DocumentStore {
  readonly documents: Array<CentreDocument | undefined> = [];
  readonly slotById = new Map<string, number>();
  alive = new Uint8Array(0);
  flags = new Uint8Array(0);
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  readonly themen = new ValueField();
  readonly kanaele = new ValueField();
  readonly sprachen = new ValueField();
  readonly verband = new ValueField();
  readonly traeger = new ValueField();
  /** Slots by every PLZ prefix of length 1 to 5. */
  readonly plz = new Map<string, IntList>();
  readonly cells = new Map<number, IntList>();
  readonly bundesweit = new IntList();
  private readonly hours: Array<WeeklyHours | undefined> = [];
  private readonly nameKeys: string[] = [];
  private nameRank: Int32Array | null = null;
  live = 0;

  get slotCount(): number {
    return this.documents.length;
  }

  get dead(): number {
    return this.documents.length - this.live;
  }

  add(document: CentreDocument): number {
    const slot = this.documents.length;
    const capacity = slot + 1;
    this.alive = grow(this.alive, capacity);
    this.flags = grow(this.flags, capacity);
    this.lat = grow(this.lat, capacity);
    this.lng = grow(this.lng, capacity);
    this.documents.push(document);
    this.slotById.set(document.id, slot);
    this.alive[slot] = 1;
    this.live++;

    let flags = 0;
    if (document.geo) {
      flags |= FLAG_GEO;
      this.lat[slot] = document.geo.lat;
      this.lng[slot] = document.geo.lng;
      const cell = cellOf(document.geo.lat, document.geo.lng);
      let list = this.cells.get(cell);
      if (!list) this.cells.set(cell, (list = new IntList()));
      list.push(slot);
    }
    if (document.bundesweit) {
      flags |= FLAG_BUNDESWEIT;
      this.bundesweit.push(slot);
    }
    if (document.barrierefrei) flags |= FLAG_BARRIEREFREI;
    if (document.anonym) flags |= FLAG_ANONYM;
    this.flags[slot] = flags;

    this.themen.add(slot, document.themen);
    this.kanaele.add(slot, document.kanaele);
    this.sprachen.add(slot, document.sprachen);
    this.verband.add(slot, [document.traeger.verband]);
    this.traeger.add(slot, [document.traeger.id]);
    for (let length = 1; length <= document.adresse.plz.length; length++) {
      const prefix = document.adresse.plz.slice(0, length);
      let list = this.plz.get(prefix);
      if (!list) this.plz.set(prefix, (list = new IntList()));
      list.push(slot);
    }
    // Rules grouped by day; only days with several rules need the domain's sort-and-merge.
    const byDay: TimeRange[][] = [[], [], [], [], [], [], []];
    for (const rule of document.oeffnungszeiten) byDay[rule.wochentag - 1]!.push(rule);
    for (let day = 0; day < 7; day++) if (byDay[day]!.length > 1) byDay[day] = hoursOn(document.oeffnungszeiten, [], "", (day + 1) as Wochentag);
    this.hours[slot] = { byDay, exceptionDates: document.ausnahmen.length > 0 ? new Set(document.ausnahmen.map((a) => a.datum)) : null };
    this.nameKeys[slot] = `${foldGerman(document.name)}\u0000${document.id}`;
    this.nameRank = null;
    return slot;
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    this.alive[slot] = 0;
    this.documents[slot] = undefined;
    this.hours[slot] = undefined;
    this.live--;
    this.nameRank = null;
    return true;
  }

  /** The weekly rules precomputed per day; a date with an exception goes through the domain rule. */
  isOpen(slot: number, moment: LocalMoment): boolean {
    const hours = this.hours[slot];
    if (!hours) return false;
    if (hours.exceptionDates?.has(moment.datum)) {
      const document = this.documents[slot]!;
      return isOpenAt(document.oeffnungszeiten, document.ausnahmen, moment);
    }
    for (const range of hours.byDay[(moment.wochentag as Wochentag) - 1]!) {
      if (range.von <= moment.minute && moment.minute < range.bis) return true;
    }
    return false;
  }

  /** Position of each slot in name order (folded, as Meilisearch's `name_sort`); recomputed after changes. */
  nameRanks(): Int32Array {
    if (this.nameRank && this.nameRank.length >= this.slotCount) return this.nameRank;
    const keys = this.nameKeys;
    const order = Array.from({ length: this.slotCount }, (_, slot) => slot).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    const rank = new Int32Array(this.slotCount);
    order.forEach((slot, position) => (rank[slot] = position));
    this.nameRank = rank;
    return rank;
  }
}
