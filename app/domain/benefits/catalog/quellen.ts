/**
 * Laws and official pages the catalog texts cite, defined once. Law texts link to
 * gesetze-im-internet.de (Bundesministerium der Justiz); the date the texts were last checked is
 * STAND.
 */
import type { LocalDate } from "../../shared/dates";
import type { Link } from "./types";

export const STAND: LocalDate = "2026-11-22";

export const GESETZ = {
  sgb2: { titel: "Sozialgesetzbuch Zweites Buch (SGB II)", url: "https://www.gesetze-im-internet.de/sgb_2/" },
  sgb3: { titel: "Sozialgesetzbuch Drittes Buch (SGB III)", url: "https://www.gesetze-im-internet.de/sgb_3/" },
  sgb9: { titel: "Sozialgesetzbuch Neuntes Buch (SGB IX)", url: "https://www.gesetze-im-internet.de/sgb_9_2018/" },
  sgb12: { titel: "Sozialgesetzbuch Zwölftes Buch (SGB XII)", url: "https://www.gesetze-im-internet.de/sgb_12/" },
  bafoeg: { titel: "Bundesausbildungsförderungsgesetz (BAföG)", url: "https://www.gesetze-im-internet.de/baf_g/" },
  estg: { titel: "Einkommensteuergesetz (EStG), §§ 62–78 Kindergeld", url: "https://www.gesetze-im-internet.de/estg/" },
  bkgg: { titel: "Bundeskindergeldgesetz (BKGG)", url: "https://www.gesetze-im-internet.de/bkgg_1996/" },
  wogg: { titel: "Wohngeldgesetz (WoGG)", url: "https://www.gesetze-im-internet.de/wogg/" },
  rbsfv2026: { titel: "Regelbedarfsstufen-Fortschreibungsverordnung 2026", url: "https://www.gesetze-im-internet.de/rbsfv_2026/" },
} satisfies Record<string, Link>;
