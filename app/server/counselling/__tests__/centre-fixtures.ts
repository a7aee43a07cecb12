/**
 * A small, fully known set of published demo centres around Leipzig plus a few elsewhere, saved
 * through the repository and indexed like in the app. Used by the centre search, centre page
 * and API tests; distances are real (Leipzig–Halle about 32 km).
 */
import { EmbeddedSearch } from "../../../../search/adapters/embedded";
import { buildCentreInput } from "../../../../tests/factories/centres";
import { saveCentres, type CentreInput } from "../../centres.server";
import type { Database } from "../../db.server";
import { indexAllCentres } from "../../search-sync.server";
import { findOrCreateTraeger } from "../../traeger.server";

export const FIXTURE_KEYS = ["leipzigSchulden", "leipzigSucht", "markkleeberg", "halle", "berlin", "online", "entwurf"] as const;
export type FixtureKey = (typeof FIXTURE_KEYS)[number];
export type SearchFixture = { ids: Record<FixtureKey, string>; slugs: Record<FixtureKey, string>; traeger: { caritas: string; diakonie: string }; search: EmbeddedSearch };

export async function seedSearchFixture(database: Database): Promise<SearchFixture> {
  const { prisma } = database;
  const caritas = (await findOrCreateTraeger(prisma, { name: "Demo-Caritasverband Leipzig", verband: "caritas", website: "https://caritas.example", isDemo: true })).id;
  const diakonie = (await findOrCreateTraeger(prisma, { name: "Demo-Diakonie Mitteldeutschland", verband: "diakonie", isDemo: true })).id;
  const leipzig = { plz: "04109", ort: "Leipzig" };
  const inputs: Record<FixtureKey, CentreInput> = {
    leipzigSchulden: buildCentreInput(0, caritas, {
      name: "Demo-Schuldnerberatung Leipzig-Mitte",
      slug: "demo-schuldnerberatung-leipzig-mitte",
      themen: ["schulden"],
      adresse: { strasse: "Demo-Straße 1", ...leipzig },
      geo: { lat: 51.3397, lng: 12.3731 },
      kanaele: ["vor_ort", "telefon", "video"],
      sprachen: ["de", "ar"],
      zielgruppen: ["Familien"],
      kontakt: { telefon: "0000 111111", email: "schulden@beratung.example", website: "https://beratung.example/schulden" },
      barrierefreiheit: { stufenlos: true, wc: true, aufzug: false, hinweis: "Eingang über den Hof." },
      anonym: true,
      notfallzeiten: "Bei Kontopfändung: Di 8–9 Uhr",
      oeffnungszeiten: [1, 2, 3, 4].map((wochentag) => ({ wochentag: wochentag as 1 | 2 | 3 | 4, von: 540, bis: 960 })),
      ausnahmen: [{ datum: "2026-12-24", zeiten: [], hinweis: "Heiligabend" }],
      zuletztGeprueft: "2026-10-15",
      datenquelle: "Testdaten",
    }),
    leipzigSucht: buildCentreInput(1, diakonie, {
      name: "Demo-Suchtberatung Leipzig-Ost",
      themen: ["sucht"],
      adresse: { strasse: "Demo-Weg 2", plz: "04315", ort: "Leipzig" },
      geo: { lat: 51.3455, lng: 12.4447 },
    }),
    markkleeberg: buildCentreInput(2, caritas, {
      name: "Demo-Sozialberatung Markkleeberg",
      themen: ["existenzsicherung"],
      adresse: { strasse: "Demo-Platz 3", plz: "04416", ort: "Markkleeberg" },
      geo: { lat: 51.2775, lng: 12.3833 },
      kanaele: ["vor_ort", "email"],
    }),
    halle: buildCentreInput(3, diakonie, {
      name: "Demo-Schuldnerberatung Halle",
      themen: ["schulden"],
      adresse: { strasse: "Demo-Gasse 4", plz: "06108", ort: "Halle (Saale)" },
      geo: { lat: 51.4825, lng: 11.9697 },
    }),
    berlin: buildCentreInput(4, caritas, {
      name: "Demo-Suchtberatung Berlin",
      themen: ["sucht"],
      adresse: { strasse: "Demo-Ring 5", plz: "10115", ort: "Berlin" },
      geo: { lat: 52.532, lng: 13.385 },
    }),
    online: buildCentreInput(5, diakonie, {
      name: "Demo-Onlineberatung Schulden",
      themen: ["schulden"],
      adresse: { strasse: "Demo-Allee 6", plz: "10115", ort: "Berlin" },
      geo: null,
      kanaele: ["chat", "email"],
      einzugsgebiet: { bundesweit: true },
      oeffnungszeiten: [],
      ausnahmen: [],
    }),
    entwurf: buildCentreInput(6, caritas, { name: "Demo-Entwurf Schuldnerberatung Leipzig", themen: ["schulden"], veroeffentlicht: false }),
  };
  const saved = await saveCentres(prisma, FIXTURE_KEYS.map((key) => inputs[key]));
  const search = new EmbeddedSearch();
  await indexAllCentres(prisma, search);
  const pick = (field: "id" | "slug") => Object.fromEntries(FIXTURE_KEYS.map((key, index) => [key, saved[index]![field]])) as Record<FixtureKey, string>;
  return { ids: pick("id"), slugs: pick("slug"), traeger: { caritas, diakonie }, search };
}
