/** Great-circle distance in kilometres (haversine, mean Earth radius); plenty for "km from here". */
export type Point = { lat: number; lng: number };

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export function distanceKm(a: Point, b: Point): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Component-wise median: a centre for a set of points that a few misplaced ones cannot drag away. */
export function medianPoint(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  const median = (values: number[]) => {
    const sorted = values.sort((x, y) => x - y);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  return { lat: median(points.map((point) => point.lat)), lng: median(points.map((point) => point.lng)) };
}
