/**
 * GET /healthz: the state of database, search and realtime. 200 when the platform is usable
 * (database and realtime up; search is needed for the finder, so it counts too), 503 otherwise.
 */
import type { SearchHealth } from "../../search";
import type { RealtimeHealth } from "./realtime.server";

export type HealthReport = {
  status: "ok" | "gestoert";
  database: { ok: boolean; kind: string };
  search: SearchHealth;
  realtime: RealtimeHealth;
};

export type HealthSources = {
  database: { kind: string; ping(): Promise<boolean> };
  search: { health(): Promise<SearchHealth> };
  realtime: { health(): Promise<RealtimeHealth> };
};

export async function checkHealth(sources: HealthSources): Promise<HealthReport> {
  const [databaseOk, search, realtime] = await Promise.all([
    sources.database.ping(),
    sources.search.health(),
    sources.realtime.health(),
  ]);
  const ok = databaseOk && search.ok && realtime.ok;
  return { status: ok ? "ok" : "gestoert", database: { ok: databaseOk, kind: sources.database.kind }, search, realtime };
}
