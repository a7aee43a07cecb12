/**
 * German stop words: dropped from queries and documents (both engines) because they occur
 * everywhere and carry no meaning for the search ("Schuldnerberatung in der Nähe von Köln").
 * Deliberately short: words like "hilfe", "beratung" or "nicht" stay searchable.
 */
export const STOP_WORDS: readonly string[] = [
  "a", "ab", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bitte",
  "da", "damit", "dann", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser", "dort",
  "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwas", "für", "gegen",
  "gibt", "habe", "haben", "hat", "hier", "ich", "ihr", "im", "in", "ins", "ist", "ja", "kann", "mein",
  "meine", "meinem", "meinen", "meiner", "mich", "mir", "mit", "nach", "nähe", "oder", "ohne", "sich",
  "sie", "sind", "so", "suche", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "was", "welche",
  "wer", "wie", "wir", "wo", "zu", "zum", "zur",
];
