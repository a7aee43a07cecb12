/**
 * Known parts of German compounds in the counselling domain. Words in centre documents are split
 * against this vocabulary at index time ("Suchtberatungsstelle" → sucht + beratung + stelle), so
 * that "Beratung" or "Sucht" find them. Keep entries meaningful on their own and at least four
 * letters where possible: short parts ("amt", "rat") split ordinary words wrongly.
 * Spelling as in running text; umlauts are folded when the list is loaded.
 */
export const COMPOUND_PARTS: readonly string[] = [
  // Kinds of offers and places
  "beratung", "berater", "beraterin", "stelle", "dienst", "dienste", "zentrum", "zentrale", "büro", "amt",
  "hilfe", "hilfen", "netz", "netzwerk", "treff", "treffpunkt", "café", "laden", "haus", "heim", "station",
  "ambulanz", "ambulant", "klinik", "praxis", "telefon", "hotline", "notruf", "notdienst", "sprechstunde",
  "gruppe", "selbsthilfe", "verein", "verband", "werk", "bund", "kreis", "stadt", "land", "gemeinde",
  "seelsorge", "betreuung", "begleitung", "vermittlung", "unterstützung", "anlaufstelle", "fachstelle",
  "kontakt", "online", "chat", "video", "mobil", "projekt", "angebot", "initiative",
  // Topics
  "sucht", "drogen", "droge", "alkohol", "spiel", "glücksspiel", "medien", "nikotin", "cannabis", "medikament",
  "abhängigkeit", "entzug", "entwöhnung", "prävention", "rausch", "raucher",
  "schuld", "schulden", "schuldner", "insolvenz", "verbraucher", "geld", "budget", "haushalt", "konto",
  "existenz", "sicherung", "grundsicherung", "sozial", "lebensunterhalt", "bürgergeld", "armut", "miete", "miet",
  "wohnung", "wohnungs", "wohnen", "wohnungslos", "wohnungslose", "obdach", "obdachlos", "obdachlose", "notunterkunft", "unterkunft", "räumung",
  "migration", "migranten", "flucht", "flüchtling", "asyl", "integration", "aufenthalt", "sprache", "sprach",
  "familie", "familien", "eltern", "kinder", "kind", "erziehung", "ehe", "partnerschaft", "trennung", "scheidung",
  "schwangerschaft", "schwanger", "schwangeren", "konflikt", "geburt", "frühe", "frühen",
  "psyche", "psychisch", "psychiatrie", "krise", "krisen", "seele", "gesundheit", "depression", "trauma", "angst",
  "pflege", "pflegende", "angehörige", "senioren", "alter", "demenz",
  "behinderung", "behinderte", "teilhabe", "inklusion", "rollstuhl",
  "jugend", "jugendliche", "jugendlichen", "junge", "jungen", "schule", "schüler", "ausbildung",
  "frauen", "frau", "männer", "mann", "mädchen", "gewalt", "opfer", "schutz",
  "arbeit", "arbeitslose", "arbeitslosen", "erwerbslose", "job", "beschäftigung", "rente", "renten",
  "recht", "rechts", "antrag", "leistung", "leistungen", "kosten", "schwerpunkt",
  // Welfare federations and other bodies that often start compounds
  "caritas", "diakonie", "diakonisch", "diakonisches", "awo", "paritätisch", "paritätischer", "johanniter",
  "malteser", "kirche", "kirchen", "evangelisch", "katholisch",
  // Addresses ("Musterstraße" → "Straße")
  "straße", "allee", "platz", "gasse", "markt", "ufer",
];

/**
 * Parts that only say what kind of place something is. When a query word is split into parts,
 * these may be missing from a document: "Schwangerschaftskonfliktberatungsstelle" still finds
 * "Schwangerschaftskonfliktberatung Rostock".
 */
export const GENERIC_PARTS: readonly string[] = [
  "stelle", "dienst", "dienste", "zentrum", "zentrale", "büro", "fachstelle", "anlaufstelle", "angebot", "projekt", "treff", "treffpunkt",
];
