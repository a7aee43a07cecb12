/**
 * The demo data generator: fictional Träger and Beratungsstellen in real German cities, fully
 * determined by a seed (same seed, count and place data → identical output, ids included).
 * Used by the seed (prisma/seed.ts) and by tests and benchmarks. Coordinates come from the
 * offline place lookup (city centre plus a little jitter); PLZs are real PLZs of that city.
 * Everything is marked isDemo, names start with "Demo-", phone numbers start with 0000 (no
 * German number does), mail and web addresses use reserved example domains.
 */
import type { PlaceLookup } from "../../app/domain/counselling/places/lookup";
import type { TopicSlug } from "../../app/domain/counselling/topics";
import type { CentreException, CentreInput } from "../../app/server/centres.server";
import type { Kontaktkanal, Wohlfahrtsverband } from "../../app/server/generated/prisma/enums";
import { baseSlug, pickSlugs } from "../../app/server/slugs.server";
import { DEMO_CITIES } from "./demo-cities";
import * as texts from "./demo-texts";
import { createRandom, type Random } from "./prng";

export const DEMO_SEED = 20_261_122;
export const DEMO_CENTRES = 2000;
export const DEMO_DATENQUELLE = "Demodaten (synthetisch)";
const ONLINE_VERBAND_WEIGHTS = texts.VERBAND_WEIGHTS.filter(([verband]) => texts.BUNDESVERBAND[verband]);
/** Share of nationwide online offers. */
const BUNDESWEIT_SHARE = 0.015;

export type DemoTraeger = { id: string; name: string; verband: Wohlfahrtsverband; website: string; isDemo: true };
export type DemoCentre = CentreInput & { id: string; slug: string };
export type DemoData = { traeger: DemoTraeger[]; centres: DemoCentre[] };
export type DemoOptions = { places: PlaceLookup; centres?: number; seed?: number };

type City = { name: string; lat: number; lng: number; postcodes: string[]; spreadKm: number };

function resolveCities(places: PlaceLookup): Array<readonly [City, number]> {
  return DEMO_CITIES.map(([name, thousands]) => {
    const found = places.resolve(name);
    const postcodes = places.postcodesOf(name);
    if (found.kind !== "found" || postcodes.length === 0) throw new Error(`Demo-Stadt ${name} fehlt in den Ortsdaten.`);
    // Bigger cities: centres spread further from the centre point, and more of them (square root of size).
    const spreadKm = Math.min(8, 1 + Math.sqrt(thousands) / 8);
    return [{ name, lat: found.place.lat, lng: found.place.lng, postcodes, spreadKm }, Math.sqrt(thousands)] as const;
  });
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
const isoDay = (dayOfYear: number) => new Date(Date.UTC(2026, 0, dayOfYear)).toISOString().slice(0, 10);

function jitter(random: Random, city: City): { lat: number; lng: number } {
  const km = city.spreadKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const lat = city.lat + (km * Math.cos(angle)) / 111.2;
  return { lat: round5(lat), lng: round5(city.lng + (km * Math.sin(angle)) / (111.2 * Math.cos((city.lat * Math.PI) / 180))) };
}

function topicsFor(random: Random): TopicSlug[] {
  const first = random.weighted(texts.TOPIC_WEIGHTS);
  const second = texts.SECOND_TOPIC[first];
  return second && random.chance(second[1]) ? [first, second[0]] : [first];
}

function languagesFor(random: Random, themen: readonly TopicSlug[]): string[] {
  const boost = themen.includes("migration") ? 2.5 : 1;
  return ["de", ...texts.LANGUAGES.filter(([, chance]) => random.chance(Math.min(0.9, chance * boost))).map(([code]) => code)];
}

function channelsFor(random: Random, online: boolean): Kontaktkanal[] {
  if (online) return ["chat", ...(random.chance(0.6) ? ["video" as const] : []), "telefon", "email"];
  const channels: Kontaktkanal[] = [];
  if (random.chance(0.95)) channels.push("vor_ort");
  if (random.chance(0.9)) channels.push("telefon");
  if (random.chance(0.3)) channels.push("video");
  if (random.chance(0.12)) channels.push("chat");
  if (random.chance(0.75) || channels.length === 0) channels.push("email");
  return channels;
}

function hoursFor(random: Random, online: boolean): NonNullable<CentreInput["oeffnungszeiten"]> {
  const template = online ? random.pick(texts.ONLINE_HOURS) : random.weighted(texts.HOURS_TEMPLATES);
  const shift = online ? 0 : random.pick([0, 0, 0, 30, -30]);
  return template.flatMap(([days, von, bis]) => days.map((wochentag) => ({ wochentag, von: von + shift, bis: bis + shift })));
}

function exceptionsFor(random: Random): CentreException[] {
  const closed = (datum: string, hinweis: string): CentreException => ({ datum, zeiten: [], hinweis });
  const exceptions = [closed("2026-12-25", "1. Weihnachtsfeiertag"), closed("2027-01-01", "Neujahr")];
  if (random.chance(0.75)) exceptions.push(closed("2026-12-24", "Heiligabend"));
  if (random.chance(0.15)) exceptions.push({ datum: "2026-12-23", zeiten: [{ von: 540, bis: 720 }], hinweis: "Nur vormittags geöffnet" });
  if (random.chance(0.2)) for (const day of ["2026-12-28", "2026-12-29", "2026-12-30"]) exceptions.push(closed(day, "Betriebsferien"));
  if (random.chance(0.7)) exceptions.push(closed("2026-12-31", "Silvester"));
  if (random.chance(0.08)) exceptions.push(closed(isoDay(random.int(331, 352)), "Teamfortbildung"));
  return exceptions.sort((a, b) => a.datum.localeCompare(b.datum));
}

export function generateDemoData(options: DemoOptions): DemoData {
  const random = createRandom(options.seed ?? DEMO_SEED);
  const total = options.centres ?? DEMO_CENTRES;
  const cities = resolveCities(options.places);
  const cityByName = new Map(cities.map(([city]) => [city.name, city]));
  const traeger = new Map<string, DemoTraeger>();
  const traegerFor = (name: string, verband: Wohlfahrtsverband) => {
    const key = `${verband}|${name}`;
    if (!traeger.has(key)) {
      const website = `https://traeger.example/${baseSlug(name, "")}`;
      traeger.set(key, { id: random.uuid(), name, verband, website, isDemo: true });
    }
    return traeger.get(key)!;
  };

  const bundesweit = total >= 20 ? Math.max(1, Math.round(total * BUNDESWEIT_SHARE)) : 0;
  const names = new Map<string, number>();
  const drafts = Array.from({ length: total }, (_, index): DemoCentre => {
    const online = index < bundesweit;
    const verband = random.weighted(online ? ONLINE_VERBAND_WEIGHTS : texts.VERBAND_WEIGHTS);
    const bundesverband = texts.BUNDESVERBAND[verband];
    const city = online && bundesverband ? cityByName.get(bundesverband.sitz)! : random.weighted(cities);
    const owner = traegerFor(online && bundesverband ? bundesverband.name : texts.TRAEGER_NAME[verband](city.name), verband);
    const themen = topicsFor(random);
    const primary = themen[0]!;
    const title = `${online ? "Online-" : ""}${texts.TOPIC_TITLE[primary]} ${texts.VERBAND_GENITIV[verband]}`;
    const stem = online ? `Demo-${title} (bundesweit)` : `Demo-${title} ${city.name}`;
    const seen = names.get(stem) ?? 0;
    names.set(stem, seen + 1);
    const suffix = online ? ` ${seen + 1}` : ` – ${texts.DISTRICTS[seen - 1] ?? `Standort ${seen + 1}`}`;
    const name = seen === 0 ? stem : `${stem}${suffix}`;
    const stufenlos = random.chance(0.65);
    const notfall = texts.NOTFALLZEITEN[primary];
    const area = random.next();
    return {
      id: random.uuid(),
      slug: "",
      traegerId: owner.id,
      name,
      beschreibung: `${texts.TOPIC_DESCRIPTION[primary]} Dies ist ein erfundener Eintrag (Demodaten).`,
      themen,
      kanaele: channelsFor(random, online),
      sprachen: languagesFor(random, themen),
      zielgruppen: texts.ZIELGRUPPEN[primary].filter((_, position) => position === 0 || random.chance(0.5)),
      adresse: { strasse: `${random.pick(texts.STREETS)} ${random.int(1, 120)}`, plz: random.pick(city.postcodes), ort: city.name },
      geo: online ? null : jitter(random, city),
      kontakt: {
        telefon: random.chance(0.85) ? `0000 ${String(random.int(100000, 999999))}` : null,
        email: `beratung-${index + 1}@demo.example`,
        website: random.chance(0.5) ? `https://beratung.example/${index + 1}` : null,
      },
      barrierefreiheit: {
        stufenlos,
        wc: random.chance(stufenlos ? 0.6 : 0.05),
        aufzug: random.chance(stufenlos ? 0.4 : 0),
        hinweis: random.chance(0.25) ? random.pick(texts.BARRIEREFREIHEIT_HINWEISE) : null,
      },
      kosten: "kostenlos",
      anonym: online || random.chance(texts.ANONYM[primary] ?? 0.35),
      notfallzeiten: notfall && random.chance(notfall[1]) ? notfall[0] : null,
      einzugsgebiet: online
        ? { bundesweit: true }
        : area < 0.65
          ? {}
          : area < 0.85
            ? { radiusKm: random.pick([10, 15, 25, 30, 50]) }
            : { plz: city.postcodes.slice(0, 20) },
      oeffnungszeiten: hoursFor(random, online),
      ausnahmen: exceptionsFor(random),
      zuletztGeprueft: isoDay(random.int(5, 324)),
      datenquelle: DEMO_DATENQUELLE,
      veroeffentlicht: true,
      isDemo: true,
    };
  });
  const slugs = pickSlugs(drafts.map((centre) => baseSlug(centre.name, centre.adresse.ort)), []);
  return { traeger: [...traeger.values()], centres: drafts.map((centre, index) => ({ ...centre, slug: slugs[index]! })) };
}
