/**
 * Place resolution remembered per input. `PlaceLookup.resolve` is pure, and people type the same
 * few thousand places and postcodes over and over; an unknown input, though, costs a bounded
 * edit-distance scan over all place names (a few milliseconds) on every search and every page of
 * its results. A small map, emptied when full, keeps that off the hot path without unbounded memory.
 */
import type { PlaceLookup, PlaceResolution } from "../../domain/counselling/places/lookup";

const MAX_ENTRIES = 5000;
const memos = new WeakMap<PlaceLookup, Map<string, PlaceResolution>>();

export function resolvePlace(places: PlaceLookup, input: string): PlaceResolution {
  let memo = memos.get(places);
  if (!memo) memos.set(places, (memo = new Map()));
  // Exact input as key: the resolution repeats it in its messages.
  const key = input;
  let resolution = memo.get(key);
  if (!resolution) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    resolution = places.resolve(input);
    memo.set(key, resolution);
  }
  return resolution;
}
