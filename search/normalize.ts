/**
 * German text folding shared by the embedded engine and query preparation: lower case,
 * umlauts and ß folded to their ASCII spellings, so "München", "Muenchen" and "munchen"
 * meet at "munchen" and "Straße"/"Strasse" at "strasse".
 */
const FOLDS: Array<[RegExp, string]> = [
  [/ä|ae/g, "a"],
  [/ö|oe/g, "o"],
  [/ü|ue/g, "u"],
  [/ß/g, "ss"],
];

export function foldGerman(text: string): string {
  let folded = text.toLocaleLowerCase("de-DE").normalize("NFC");
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded.normalize("NFD").replace(/\p{M}/gu, "");
}

export function tokenize(text: string): string[] {
  return foldGerman(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}
