/**
 * Keys for matching German place names however they are typed: lower case; ä/ae, ö/oe, ü/ue
 * folded to a/o/u and ß to ss (so "München", "Muenchen" and "Munchen" meet, as in the search
 * engine's folding); other accents dropped; "St." read as "Sankt"; punctuation and hyphens
 * become single spaces ("Halle (Saale)" → "halle saale").
 */
const NON_ASCII = /[^ -~]/;
const FOLDS: Record<string, string> = { ä: "a", ae: "a", ö: "o", oe: "o", ü: "u", ue: "u", ß: "ss" };

export function placeKey(text: string): string {
  let key = text.toLowerCase();
  // Most names are plain ASCII; only the others pay for Unicode normalisation.
  if (NON_ASCII.test(key)) key = key.normalize("NFC");
  key = key.replace(/ä|ae|ö|oe|ü|ue|ß/g, (match) => FOLDS[match]!);
  if (NON_ASCII.test(key)) key = key.normalize("NFD").replace(/\p{M}/gu, "");
  return key
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^st( |$)/, "sankt$1")
    .replace(/ st( |$)/g, " sankt$1");
}

/**
 * The short form of an official name, without the qualifier that tells namesakes apart:
 * "Frankfurt am Main", "Frankfurt (Oder)" → "frankfurt"; "Halle (Westf.)" → "halle";
 * "Ketzin/Havel" → "ketzin"; "Neustadt a.d. Aisch" → "neustadt"; "Rüdersdorf bei Berlin" →
 * "rudersdorf"; "Cottbus - Chóśebuz" → "cottbus". Returns null when there is no qualifier.
 */
export function shortPlaceKey(name: string): string | null {
  // " - " separates a second official name: "Cottbus - Chóśebuz".
  const head = name.split(/[(/,]| - /)[0] ?? "";
  const key = placeKey(head).replace(/ (am|an der|an den|im|in der|in|bei|ob der|vor der|auf der|a d|a|i|v d|o|b) .*$/, "");
  return key !== "" && key !== placeKey(name) ? key : null;
}

const TITLES =
  /^(universitats und hansestadt|hansestadt|universitatsstadt|lutherstadt|schliemannstadt|ostseebad|nordseeheilbad|seeheilbad|seebad|nordseebad|kurort|luftkurort|gemeinde|stadt) /;

/**
 * The key without an honorary title the two data sets use differently: "Lutherstadt Eisleben" /
 * "Eisleben Lutherstadt", "Universitäts- und Hansestadt Greifswald" / "Greifswald",
 * "Ostseebad Binz" / "Binz". Returns null when there is no title.
 */
export function barePlaceKey(name: string): string | null {
  const key = placeKey(name);
  const bare = key.replace(TITLES, "").replace(/ lutherstadt$/, "");
  return bare !== "" && bare !== key ? bare : null;
}
