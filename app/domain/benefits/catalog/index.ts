/**
 * The benefit catalog, one module per benefit in `leistungen/`. Pages, the result page and the
 * public API read titles, descriptions, application routes and key figures from here.
 */
import { topicLabel } from "../../counselling/topics";
import type { LocalDate } from "../../shared/dates";
import { BENEFIT_SLUGS, type BenefitSlug } from "../slugs";
import { arbeitslosengeld } from "./leistungen/arbeitslosengeld";
import { bafoeg } from "./leistungen/bafoeg";
import { berufsausbildungsbeihilfe } from "./leistungen/berufsausbildungsbeihilfe";
import { bildungUndTeilhabe } from "./leistungen/bildung-und-teilhabe";
import { eingliederungshilfe } from "./leistungen/eingliederungshilfe";
import { grundsicherungImAlter } from "./leistungen/grundsicherung-im-alter";
import { grundsicherungsgeld } from "./leistungen/grundsicherungsgeld";
import { hilfeInBesonderenSozialenSchwierigkeiten } from "./leistungen/hilfe-in-besonderen-sozialen-schwierigkeiten";
import { hilfeZumLebensunterhalt } from "./leistungen/hilfe-zum-lebensunterhalt";
import { hilfeZurPflege } from "./leistungen/hilfe-zur-pflege";
import { hilfenZurGesundheit } from "./leistungen/hilfen-zur-gesundheit";
import { kindergeld } from "./leistungen/kindergeld";
import { kinderzuschlag } from "./leistungen/kinderzuschlag";
import { wohngeld } from "./leistungen/wohngeld";
import { LEISTUNGSGRUPPEN, type BenefitInfo, type Kennzahl, type Leistungsgruppe } from "./types";

export { LEISTUNGSGRUPPEN };
export type { Beratungsthema, BenefitInfo, Kennzahl, Leistungsgruppe, Link, Verwandt } from "./types";

export const CATALOG: Readonly<Record<BenefitSlug, BenefitInfo>> = {
  arbeitslosengeld,
  grundsicherungsgeld,
  bafoeg,
  berufsausbildungsbeihilfe,
  "bildung-und-teilhabe": bildungUndTeilhabe,
  "grundsicherung-im-alter": grundsicherungImAlter,
  "hilfe-zum-lebensunterhalt": hilfeZumLebensunterhalt,
  "hilfe-zur-pflege": hilfeZurPflege,
  "hilfe-in-besonderen-sozialen-schwierigkeiten": hilfeInBesonderenSozialenSchwierigkeiten,
  "hilfen-zur-gesundheit": hilfenZurGesundheit,
  kindergeld,
  kinderzuschlag,
  wohngeld,
  eingliederungshilfe,
};

/** The benefits grouped for the overview page: groups in display order, benefits in BENEFIT_SLUGS order. */
export function benefitsByGroup(): Array<{ gruppe: Leistungsgruppe; leistungen: BenefitInfo[] }> {
  return LEISTUNGSGRUPPEN.map((gruppe) => ({
    gruppe,
    leistungen: BENEFIT_SLUGS.map((slug) => CATALOG[slug]).filter((info) => info.gruppe === gruppe),
  }));
}

/** Everything a benefit page shows, as plain data: the texts plus the figures in force on the Stichtag. */
export type BenefitPage = Omit<BenefitInfo, "kennzahlen" | "verwandt"> & {
  kennzahlen: Kennzahl[];
  verwandt: Array<{ slug: BenefitSlug; titel: string; hinweis: string }>;
  beratungsthemaLabel: string;
};

export function benefitPage(slug: BenefitSlug, stichtag: LocalDate): BenefitPage {
  const { kennzahlen, verwandt, ...info } = CATALOG[slug];
  return {
    ...info,
    kennzahlen: kennzahlen(stichtag),
    verwandt: verwandt.map((v) => ({ ...v, titel: CATALOG[v.slug].titel })),
    beratungsthemaLabel: topicLabel(info.beratungsthema)!,
  };
}
