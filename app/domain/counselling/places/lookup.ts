/**
 * Place lookup over prepared data (see join.ts): what someone typed into "Ort oder PLZ" →
 * coordinates, or suggestions. Never throws on input. Built once at start; PLZ and name lookups
 * are map hits, prefix suggestions a binary search, and only unknown input pays for a bounded
 * edit-distance scan over names of similar length.
 *
 * Of several places with one name the one with the most postcodes comes first (a town before
 * the village of the same name: "Halle" → Halle (Saale)); the others are returned as alternatives.
 */
import { boundedEditDistance } from "./edit-distance";
import { barePlaceKey, placeKey, shortPlaceKey } from "./fold";
import type { PlaceData, PlaceRecord } from "./join";

export type PlaceMatch = {
  name: string;
  /** For a name: its first postcode; null for places known only from the gazetteer (districts). */
  plz: string | null;
  lat: number;
  lng: number;
  /** False when the coordinates are those of the surrounding postcode area, not of the place. */
  exact: boolean;
};
/** `value` resolves unambiguously when put back into the form ("04103 Leipzig"). */
export type PlaceSuggestion = { label: string; value: string; plz: string | null };
export type PlaceErrorCode = "places.plz_unknown" | "places.plz_incomplete" | "places.name_unknown";
export type PlaceResolution =
  | { kind: "empty" }
  | { kind: "found"; via: "plz" | "name"; place: PlaceMatch; alternatives: PlaceMatch[] }
  | { kind: "unknown"; code: PlaceErrorCode; input: string; suggestions: PlaceSuggestion[] };

export type PlaceLookup = {
  resolve(input: string): PlaceResolution;
  byPostcode(plz: string): PlaceMatch | undefined;
  /** Places whose name starts with the typed text, most postcodes first (suggestions while typing). */
  suggest(prefix: string, limit?: number): PlaceSuggestion[];
  /** All postcodes of the best place with this name; empty when unknown. */
  postcodesOf(name: string): string[];
  readonly size: { postcodes: number; places: number; approximatePostcodes: number };
};

const MAX_INPUT = 100;
const MAX_ALTERNATIVES = 5;
const SUGGESTIONS = 5;
/** How many prefix matches are ranked for a suggestion list; keeps a one-letter prefix cheap. */
const PREFIX_SCAN = 2000;

type Keyed = { key: string; place: number };

function lowerBound(sorted: readonly { key: string }[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.key < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createPlaceLookup(data: PlaceData): PlaceLookup {
  const places: readonly PlaceRecord[] = data.places;
  const weight = (index: number) => places[index]!.postcodes.length;
  const collator = new Intl.Collator("de");
  const rank = (a: number, b: number) => weight(b) - weight(a) || collator.compare(places[a]!.name, places[b]!.name) || a - b;

  const byKey = new Map<string, number[]>();
  const addKey = (key: string | null, index: number) => {
    if (!key) return;
    const list = byKey.get(key);
    if (!list) byKey.set(key, [index]);
    else if (!list.includes(index)) list.push(index);
  };
  places.forEach((place, index) => {
    addKey(placeKey(place.name), index);
    addKey(shortPlaceKey(place.name), index);
    addKey(barePlaceKey(place.name), index);
    for (const alias of place.aliases) addKey(alias, index);
  });
  for (const list of byKey.values()) list.sort(rank);

  const sortedKeys: Keyed[] = [...byKey].flatMap(([key, list]) => list.map((place) => ({ key, place })));
  sortedKeys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : rank(a.place, b.place)));
  const keysByLength = new Map<number, string[]>();
  for (const key of byKey.keys()) {
    const list = keysByLength.get(key.length);
    if (list) list.push(key);
    else keysByLength.set(key.length, [key]);
  }

  const postcodes = new Map(data.postcodes.map((entry) => [entry.plz, entry]));
  const sortedPlzs = data.postcodes.map((entry) => ({ key: entry.plz })).sort((a, b) => (a.key < b.key ? -1 : 1));

  const matchOf = (index: number): PlaceMatch => {
    const place = places[index]!;
    return { name: place.name, plz: place.postcodes[0] ?? null, lat: place.lat, lng: place.lng, exact: place.exact };
  };
  const suggestionOf = (index: number): PlaceSuggestion => {
    const place = places[index]!;
    const plz = place.postcodes[0] ?? null;
    return { label: place.name, value: plz ? `${plz} ${place.name}` : place.name, plz };
  };
  const plzSuggestion = (plz: string): PlaceSuggestion => {
    const ort = postcodes.get(plz)!.ort;
    return { label: `${plz} ${ort}`, value: `${plz} ${ort}`, plz };
  };

  function byPostcode(plz: string): PlaceMatch | undefined {
    const entry = postcodes.get(plz);
    return entry && { name: entry.ort, plz, lat: entry.lat, lng: entry.lng, exact: entry.exact };
  }

  function prefixPlaces(key: string, limit: number): number[] {
    if (key === "") return [];
    const found = new Set<number>();
    for (let at = lowerBound(sortedKeys, key); at < sortedKeys.length && found.size < PREFIX_SCAN; at++) {
      const { key: candidate, place } = sortedKeys[at]!;
      if (!candidate.startsWith(key)) break;
      found.add(place);
    }
    return [...found].sort(rank).slice(0, limit);
  }

  function similarPlaces(key: string, limit: number): number[] {
    const max = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
    const scored: Array<{ place: number; distance: number }> = [];
    for (let length = Math.max(1, key.length - max); length <= key.length + max; length++) {
      for (const candidate of keysByLength.get(length) ?? []) {
        const distance = boundedEditDistance(key, candidate, max);
        if (distance <= max) scored.push({ place: byKey.get(candidate)![0]!, distance });
      }
    }
    scored.sort((a, b) => a.distance - b.distance || rank(a.place, b.place));
    return [...new Set(scored.map((entry) => entry.place))].slice(0, limit);
  }

  /** "Hamburg-Altona", "Berlin Kreuzberg": known places named by some of the words, longest first. */
  function partPlaces(key: string): number[] {
    const words = key.split(" ");
    const parts: number[] = [];
    for (let count = words.length - 1; count >= 1; count--) {
      for (const part of [words.slice(-count).join(" "), words.slice(0, count).join(" ")]) {
        const first = byKey.get(part)?.[0];
        if (first !== undefined) parts.push(first);
      }
    }
    return parts;
  }

  function suggest(prefix: string, limit = SUGGESTIONS): PlaceSuggestion[] {
    const text = prefix.trim().slice(0, MAX_INPUT);
    if (/^\d{1,5}$/.test(text)) {
      const plzs: string[] = [];
      for (let at = lowerBound(sortedPlzs, text); at < sortedPlzs.length && plzs.length < limit; at++) {
        if (!sortedPlzs[at]!.key.startsWith(text)) break;
        plzs.push(sortedPlzs[at]!.key);
      }
      return plzs.map(plzSuggestion);
    }
    return prefixPlaces(placeKey(text), limit).map(suggestionOf);
  }

  function resolvePostcode(plz: string, input: string): PlaceResolution {
    const place = byPostcode(plz);
    if (place) return { kind: "found", via: "plz", place, alternatives: [] };
    // Numerically neighbouring postcodes usually lie in the same area.
    const at = lowerBound(sortedPlzs, plz);
    const near = sortedPlzs.slice(Math.max(0, at - 2), at + 2).map((entry) => entry.key);
    return { kind: "unknown", code: "places.plz_unknown", input, suggestions: near.map(plzSuggestion) };
  }

  function resolve(raw: string): PlaceResolution {
    const input = raw.trim().replace(/\s+/g, " ").slice(0, MAX_INPUT);
    if (input === "") return { kind: "empty" };
    const withPlz = /^(\d{5})(?:[\s,]|$)/.exec(input) ?? /[\s,](\d{5})$/.exec(input);
    if (withPlz) return resolvePostcode(withPlz[1]!, input);
    if (/^\d{1,4}$/.test(input)) return { kind: "unknown", code: "places.plz_incomplete", input, suggestions: suggest(input) };
    if (/^\d+$/.test(input)) return resolvePostcode(input.slice(0, 5), input);

    const key = placeKey(input);
    if (key === "") return { kind: "unknown", code: "places.name_unknown", input, suggestions: [] };
    const found = byKey.get(key) ?? byKey.get(shortPlaceKey(input) ?? "");
    if (found) {
      const [first, ...rest] = found;
      return { kind: "found", via: "name", place: matchOf(first!), alternatives: rest.slice(0, MAX_ALTERNATIVES).map(matchOf) };
    }
    const candidates = [...new Set([...partPlaces(key), ...prefixPlaces(key, SUGGESTIONS), ...similarPlaces(key, SUGGESTIONS)])];
    return { kind: "unknown", code: "places.name_unknown", input, suggestions: candidates.slice(0, SUGGESTIONS).map(suggestionOf) };
  }

  return {
    resolve,
    byPostcode,
    suggest,
    postcodesOf: (name) => {
      const first = byKey.get(placeKey(name))?.[0];
      return first === undefined ? [] : [...places[first]!.postcodes];
    },
    size: {
      postcodes: data.postcodes.length,
      places: places.length,
      approximatePostcodes: data.postcodes.filter((entry) => !entry.exact).length,
    },
  };
}
