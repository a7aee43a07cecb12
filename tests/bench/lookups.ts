/**
 * Benchmark of the in-process lookups loaded at start (issues 3 and 4). Prints figures; not part of `npm test`.
 *
 *   npm run bench:lookups
 *
 * (a) loading the place lookup (PLZ and gazetteer packages): processor time, target < 1 s;
 * (b) resolving places (PLZ, names, prefixes, typos, unknown input): mean per call, target < 5 ms;
 * (c) Mietstufe choices for a PLZ: mean per call, target < 0.1 ms.
 * Processor time rather than wall time for (a): on a shared machine, waiting for a core is not our cost.
 */
import { mietstufeChoicesFor, mietstufenTabelle } from "../../app/domain/benefits/places/mietstufe";
import { loadPlaceLookup } from "../../app/server/places.server";

const STICHTAG = "2026-11-22";
const ROUNDS = 200;
const MIETSTUFE_CALLS = 100_000;

function meanMs(calls: number, run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / calls;
}

const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const lookup = await loadPlaceLookup();
const cpu = process.cpuUsage(cpuStart);
const loadCpuMs = (cpu.user + cpu.system) / 1000;
const loadWallMs = performance.now() - wallStart;

const inputs = ["04109", "München", "Frankfurt", "Leipz", "Xyzzy", "10115 Berlin", "Dortmnud", "99999"];
for (const input of inputs) lookup.resolve(input); // warm-up
const resolveMs = meanMs(ROUNDS * inputs.length, () => {
  for (let round = 0; round < ROUNDS; round++) for (const input of inputs) lookup.resolve(input);
});

mietstufenTabelle();
const plzs = ["22113", "80331", "04109", "10115", "99084", "01067", "25980", "83646"];
for (const plz of plzs) mietstufeChoicesFor(plz, STICHTAG);
const mietstufeMs = meanMs(MIETSTUFE_CALLS, () => {
  for (let i = 0; i < MIETSTUFE_CALLS; i++) mietstufeChoicesFor(plzs[i % plzs.length]!, STICHTAG);
});

const verdict = (value: number, target: number) => (value < target ? "erreicht" : "VERFEHLT");
console.log(`Ortssuche laden: ${loadCpuMs.toFixed(0)} ms Prozessorzeit (${loadWallMs.toFixed(0)} ms Wandzeit), ` +
  `${lookup.size.postcodes} PLZ, ${lookup.size.places} Orte — Ziel < 1000 ms: ${verdict(loadCpuMs, 1000)}`);
console.log(`Ort auflösen: ${(resolveMs * 1000).toFixed(1)} µs je Aufruf — Ziel < 5 ms: ${verdict(resolveMs, 5)}`);
console.log(`Mietstufe je PLZ: ${(mietstufeMs * 1000).toFixed(2)} µs je Aufruf — Ziel < 100 µs: ${verdict(mietstufeMs, 0.1)}`);
