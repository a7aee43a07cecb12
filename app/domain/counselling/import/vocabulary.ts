/**
 * The coded values an import file may use, with the spellings people actually type: a file from
 * a Caritas office says "Caritas" or "Deutscher Caritasverband", not "caritas". Lookups fold case,
 * umlauts and punctuation, so "Der Paritätische", "paritaetischer" and "PARITÄTISCHER" agree.
 * The canonical values equal the database enums (Wohlfahrtsverband, Kontaktkanal); the server
 * code that writes them is type-checked against those enums.
 */

export const VERBAENDE = ["caritas", "diakonie", "awo", "paritaetischer", "drk", "zwst", "kommunal", "sonstige"] as const;
export type Verband = (typeof VERBAENDE)[number];

export const KONTAKTKANAELE = ["vor_ort", "telefon", "chat", "video", "email"] as const;
export type Kontaktkanal = (typeof KONTAKTKANAELE)[number];

/** Accessibility features of the `barrierefrei` column (besides plain ja/nein, which means step-free). */
export const BARRIEREFREI_MERKMALE = ["stufenlos", "wc", "aufzug"] as const;
export type BarrierefreiMerkmal = (typeof BARRIEREFREI_MERKMALE)[number];

/** Lower case, umlauts spelt out, everything but letters and digits removed. */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
}

function table<T extends string>(entries: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, spellings] of Object.entries(entries) as Array<[T, readonly string[]]>) {
    map.set(foldKey(value), value);
    for (const spelling of spellings) map.set(foldKey(spelling), value);
  }
  return map;
}

const VERBAND_SPELLINGS = table<Verband>({
  caritas: ["Deutscher Caritasverband", "Caritasverband"],
  diakonie: ["Diakonie Deutschland", "Diakonisches Werk"],
  awo: ["Arbeiterwohlfahrt"],
  paritaetischer: ["Paritätischer", "Der Paritätische", "Paritätischer Wohlfahrtsverband", "Paritätische"],
  drk: ["Deutsches Rotes Kreuz", "Rotes Kreuz"],
  zwst: ["Zentralwohlfahrtsstelle der Juden in Deutschland", "Zentralwohlfahrtsstelle"],
  kommunal: ["Kommune", "öffentlich", "öffentlicher Träger"],
  sonstige: ["sonstiger", "andere", "anderer"],
});

const KANAL_SPELLINGS = table<Kontaktkanal>({
  vor_ort: ["vor Ort", "persönlich", "Präsenz"],
  telefon: ["telefonisch", "Tel"],
  chat: ["Onlinechat", "Online-Chat"],
  video: ["Videoberatung", "Videochat"],
  email: ["E-Mail", "Mail", "E-Mail-Beratung"],
});

const MERKMAL_SPELLINGS = table<BarrierefreiMerkmal>({
  stufenlos: ["stufenfrei", "rollstuhlgerecht", "ebenerdig"],
  wc: ["barrierefreies WC", "Behinderten-WC", "Toilette"],
  aufzug: ["Lift", "Fahrstuhl"],
});

export const parseVerband = (text: string): Verband | undefined => VERBAND_SPELLINGS.get(foldKey(text));
export const parseKanal = (text: string): Kontaktkanal | undefined => KANAL_SPELLINGS.get(foldKey(text));
export const parseMerkmal = (text: string): BarrierefreiMerkmal | undefined => MERKMAL_SPELLINGS.get(foldKey(text));

const YES = new Set(["ja", "j", "yes", "y", "true", "wahr", "1", "x"]);
const NO = new Set(["nein", "n", "no", "false", "falsch", "0", ""]);

/** ja/nein in the usual spellings; empty means nein. */
export function parseJaNein(text: string): boolean | undefined {
  const key = text.trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** ISO 639-1 (all 183 current two-letter codes). */
const ISO_639_1 = new Set(
  (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu " +
    "fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km " +
    "kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om " +
    "or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr " +
    "ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
  ).split(" "),
);

export function isLanguageCode(code: string): boolean {
  return ISO_639_1.has(code);
}
