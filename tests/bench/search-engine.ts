/**
 * Benchmark of the embedded search engine (issue 4 acceptance): index build time and p50/p95 per
 * query for a fixed mix (typo, prefix, umlaut, synonym, compound, PLZ, topic + radius + facets,
 * open now, the unfiltered worst case) on 20,000 synthetic centres. Prints figures and targets;
 * not part of the pass/fail suite.
 *
 *   npx tsx tests/bench/search-engine.ts [--centres 20000] [--rounds 30] [--builds 3]
 *
 * Wall-clock figures: on a shared machine, compare them with the load average printed alongside.
 */
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { EmbeddedIndex } from "../../search/embedded/engine";
import { FACETS, type CentreQuery } from "../../search/port";
import { ORTE } from "../../search/__tests__/fixtures";
import { benchDocuments } from "./search-documents";

const TARGET_P95_MS = 20;
const TARGET_BUILD_MS = 5000;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const at = (ort: keyof typeof ORTE, km: number) => ({ lat: ORTE[ort].lat, lng: ORTE[ort].lng, km });
const allFacets = [...FACETS];
const openTuesday = { wochentag: 2, minute: 10 * 60 + 30, datum: "2026-11-24" } as const;

export const QUERY_MIX: Array<{ type: string; query: CentreQuery }> = [
  { type: "typo", query: { text: "Schuldnerberatng" } },
  { type: "typo", query: { text: "Suchtberatng Lepzig" } },
  { type: "typo", query: { text: "Famielienberatung", facets: allFacets } },
  { type: "prefix", query: { text: "Sucht" } },
  { type: "prefix", query: { text: "Schuld", facets: allFacets } },
  { type: "prefix", query: { text: "Jugendm" } },
  { type: "prefix", query: { text: "s" } },
  { type: "umlaut", query: { text: "Muenchen Schuldnerberatung" } },
  { type: "umlaut", query: { text: "Duesseldorf Strasse" } },
  { type: "synonym", query: { text: "Drogen", facets: allFacets } },
  { type: "synonym", query: { text: "Pfändung Köln" } },
  { type: "synonym", query: { text: "Hartz IV" } },
  { type: "compound", query: { text: "Beratung" } },
  { type: "compound", query: { text: "Schulden Beratung Leipzig" } },
  { type: "plz", query: { text: "04109" } },
  { type: "plz", query: { plzPrefix: "80", thema: "sucht", facets: allFacets } },
  { type: "topic+radius+facets", query: { thema: "sucht", umkreis: at("leipzig", 25), facets: allFacets } },
  { type: "topic+radius+facets", query: { thema: "schulden", umkreis: at("berlin", 50), facets: allFacets, sprache: "tr" } },
  { type: "topic+radius+facets", query: { thema: "existenzsicherung", umkreis: at("koeln", 100), facets: allFacets, offset: 40 } },
  { type: "text+radius+facets", query: { text: "Sucht", umkreis: at("koeln", 25), facets: allFacets } },
  { type: "text+radius+facets", query: { text: "Schuldnerberatng", umkreis: at("muenchen", 50), facets: allFacets, barrierefrei: true } },
  { type: "open-now+radius", query: { umkreis: at("hamburg", 30), offenAm: openTuesday, facets: allFacets } },
  { type: "worst-case", query: { facets: allFacets } },
  { type: "worst-case", query: { text: "Beratung", facets: allFacets, sort: "name" } },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function main() {
  const centres = argument("centres", 20_000);
  const rounds = argument("rounds", 30);
  const builds = argument("builds", 3);
  const documents = benchDocuments(centres);

  // The build is measured several times; the median is the figure, min and max show the spread.
  const buildTimes: number[] = [];
  let index = new EmbeddedIndex();
  for (let build = 0; build < builds; build++) {
    const buildStart = performance.now();
    index = new EmbeddedIndex(documents);
    buildTimes.push(performance.now() - buildStart);
  }
  buildTimes.sort((a, b) => a - b);
  const buildMs = percentile(buildTimes, 50);

  for (const { query } of QUERY_MIX) index.search(query); // warm-up (JIT)
  const byType = new Map<string, number[]>();
  const all: number[] = [];
  const hitCounts = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const { type, query } of QUERY_MIX) {
      const start = performance.now();
      const result = index.search(query);
      const ms = performance.now() - start;
      all.push(ms);
      byType.set(type, [...(byType.get(type) ?? []), ms]);
      if (round === 0) hitCounts.set(type, (hitCounts.get(type) ?? 0) + result.total);
    }
  }

  const format = (ms: number) => ms.toFixed(2).padStart(7);
  console.log(`Embedded search engine, ${centres} centres, ${rounds} rounds × ${QUERY_MIX.length} queries (Node ${process.version})`);
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(" / ")}`);
  const spread = `min ${buildTimes[0]!.toFixed(0)}, max ${buildTimes.at(-1)!.toFixed(0)} of ${builds}`;
  console.log(`index build: ${buildMs.toFixed(0)} ms median (${spread}; target ≤ ${TARGET_BUILD_MS} ms) ${buildMs <= TARGET_BUILD_MS ? "OK" : "MISSED"}`);
  console.log(`${"query type".padEnd(22)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"max ms".padStart(7)}  hits (1st round)`);
  for (const [type, times] of byType) {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${type.padEnd(22)} ${format(percentile(sorted, 50))} ${format(percentile(sorted, 95))} ${format(sorted.at(-1)!)}  ${hitCounts.get(type)}`);
  }
  const sorted = [...all].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  console.log(`${"mix".padEnd(22)} ${format(percentile(sorted, 50))} ${format(p95)} ${format(sorted.at(-1)!)}`);
  console.log(`p95 target ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? "OK" : "MISSED"}`);
  const memory = process.memoryUsage();
  console.log(`heap used: ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB`);
}

main();
