/**
 * Postcode areas that lie wholly in one municipality of `mietstufen-wogv.ts`, plus postcodes we
 * know are shared by municipalities (then every one is listed and the user chooses).
 *
 * Basis: the postcode allocation of Deutsche Post AG, where a Leitregion (first two digits) or a
 * block of it serves one large city. Only blocks known to contain no other municipality are
 * listed; known exceptions inside a block are cut out (e.g. 12529 Schönefeld inside Berlin's 12…,
 * 70629 Stuttgart-Flughafen on Leinfelden-Echterdingen ground, 30669 Hannover-Flughafen in
 * Langenhagen). Postcodes of a city outside these blocks (e.g. Hamburg's 21… and 22…) are not
 * covered yet: the check then asks for the Mietstufe with a link to the official list.
 * Ranges are inclusive, sorted and do not overlap (a test checks this).
 */
import type { GemeindeKey } from "./mietstufen-wogv";

export type PlzBereich = {
  von: string;
  bis: string;
  gemeinden: readonly GemeindeKey[];
  /** Why these postcodes belong to these municipalities. */
  plzQuelle: string;
};

const post = (text: string) => `Postleitzahlen der Deutschen Post AG: ${text}`;

export const PLZ_BEREICHE: readonly PlzBereich[] = [
  { von: "01067", bis: "01328", gemeinden: ["dresden"], plzQuelle: post("01067–01328 ist das Stadtgebiet Dresden") },
  { von: "04103", bis: "04357", gemeinden: ["leipzig"], plzQuelle: post("04103–04357 ist das Stadtgebiet Leipzig") },
  { von: "10115", bis: "10999", gemeinden: ["berlin"], plzQuelle: post("Leitregion 10 ist ganz Berlin") },
  { von: "12043", bis: "12528", gemeinden: ["berlin"], plzQuelle: post("12043–12528 liegt in Berlin") },
  { von: "12529", bis: "12529", gemeinden: ["schoenefeld"], plzQuelle: post("12529 ist die Gemeinde Schönefeld (Landkreis Dahme-Spreewald)") },
  { von: "12530", bis: "12689", gemeinden: ["berlin"], plzQuelle: post("12530–12689 liegt in Berlin") },
  { von: "13051", bis: "13629", gemeinden: ["berlin"], plzQuelle: post("Leitregion 13 ist ganz Berlin") },
  { von: "14050", bis: "14199", gemeinden: ["berlin"], plzQuelle: post("14050–14199 liegt in Berlin; Brandenburg beginnt bei 14400") },
  { von: "20095", bis: "20539", gemeinden: ["hamburg"], plzQuelle: post("Leitregion 20 ist ganz Hamburg") },
  {
    von: "22113",
    bis: "22113",
    gemeinden: ["hamburg", "oststeinbek"],
    plzQuelle: post("22113 gilt für Teile von Hamburg (Billbrook, Horn) und für Oststeinbek"),
  },
  { von: "28195", bis: "28779", gemeinden: ["bremen"], plzQuelle: post("28195–28779 ist das Stadtgebiet Bremen") },
  { von: "30159", bis: "30659", gemeinden: ["hannover"], plzQuelle: post("30159–30659 ist das Stadtgebiet Hannover") },
  { von: "40210", bis: "40629", gemeinden: ["duesseldorf"], plzQuelle: post("40210–40629 ist das Stadtgebiet Düsseldorf") },
  { von: "44135", bis: "44388", gemeinden: ["dortmund"], plzQuelle: post("44135–44388 ist das Stadtgebiet Dortmund") },
  { von: "45127", bis: "45359", gemeinden: ["essen"], plzQuelle: post("45127–45359 ist das Stadtgebiet Essen") },
  { von: "50667", bis: "50999", gemeinden: ["koeln"], plzQuelle: post("50667–50999 liegt in Köln") },
  { von: "51061", bis: "51149", gemeinden: ["koeln"], plzQuelle: post("51061–51149 liegt in Köln (rechtsrheinisch)") },
  { von: "60306", bis: "60599", gemeinden: ["frankfurt"], plzQuelle: post("Leitregion 60 ist Frankfurt am Main") },
  { von: "65929", bis: "65936", gemeinden: ["frankfurt"], plzQuelle: post("65929–65936 sind die westlichen Stadtteile von Frankfurt am Main") },
  { von: "70173", bis: "70619", gemeinden: ["stuttgart"], plzQuelle: post("70173–70619 ist das Stadtgebiet Stuttgart") },
  { von: "80331", bis: "81929", gemeinden: ["muenchen"], plzQuelle: post("Leitregionen 80 und 81 sind das Stadtgebiet München") },
  { von: "90402", bis: "90491", gemeinden: ["nuernberg"], plzQuelle: post("90402–90491 ist das Stadtgebiet Nürnberg") },
];
