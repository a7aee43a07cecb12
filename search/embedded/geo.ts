/**
 * Great-circle distance and a coarse grid over coordinates. A radius query visits only the grid
 * cells overlapping its bounding box instead of every centre; the exact haversine distance then
 * decides. Cells are 0.1° of latitude by 0.15° of longitude (about 11 × 10 km in Germany).
 */
const EARTH_RADIUS_KM = 6371.0088;
const CELL_LAT = 0.1;
const CELL_LNG = 0.15;
const LNG_CELLS = Math.ceil(360 / CELL_LNG) + 1;
/** Beyond this many cells a radius query scans all centres with coordinates instead. */
export const MAX_CELLS = 4096;

export type Point = { lat: number; lng: number };

export function haversineKm(a: Point, b: Point): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

export function cellOf(lat: number, lng: number): number {
  return cellKey(Math.floor(lat / CELL_LAT), Math.floor(lng / CELL_LNG));
}

function cellKey(latIndex: number, lngIndex: number): number {
  return (latIndex + 1000) * LNG_CELLS + (lngIndex + Math.ceil(180 / CELL_LNG));
}

/** Keys of all cells that may hold a point within `km` of the centre, or null if there are too many. */
export function cellsAround(center: Point, km: number): number[] | null {
  const dLat = km / 111.2;
  const dLng = km / (111.32 * Math.max(0.01, Math.cos((Math.min(89, Math.abs(center.lat)) * Math.PI) / 180)));
  const lat0 = Math.floor((center.lat - dLat) / CELL_LAT);
  const lat1 = Math.floor((center.lat + dLat) / CELL_LAT);
  const lng0 = Math.floor((center.lng - dLng) / CELL_LNG);
  const lng1 = Math.floor((center.lng + dLng) / CELL_LNG);
  if ((lat1 - lat0 + 1) * (lng1 - lng0 + 1) > MAX_CELLS) return null;
  const keys: number[] = [];
  for (let latIndex = lat0; latIndex <= lat1; latIndex++) {
    for (let lngIndex = lng0; lngIndex <= lng1; lngIndex++) keys.push(cellKey(latIndex, lngIndex));
  }
  return keys;
}
