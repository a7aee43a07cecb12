/** The registry: one module per benefit, each exporting `rule`. */
import type { BenefitSlug } from "../slugs";
import type { BenefitRule } from "../types";
import { rule as arbeitslosengeld } from "./arbeitslosengeld";
import { rule as bafoeg } from "./bafoeg";
import { rule as berufsausbildungsbeihilfe } from "./berufsausbildungsbeihilfe";
import { rule as bildungUndTeilhabe } from "./bildung-und-teilhabe";
import { rule as eingliederungshilfe } from "./eingliederungshilfe";
import { rule as grundsicherungImAlter } from "./grundsicherung-im-alter";
import { rule as grundsicherungsgeld } from "./grundsicherungsgeld";
import { rule as hilfeInBesonderenSozialenSchwierigkeiten } from "./hilfe-in-besonderen-sozialen-schwierigkeiten";
import { rule as hilfeZumLebensunterhalt } from "./hilfe-zum-lebensunterhalt";
import { rule as hilfeZurPflege } from "./hilfe-zur-pflege";
import { rule as hilfenZurGesundheit } from "./hilfen-zur-gesundheit";
import { rule as kindergeld } from "./kindergeld";
import { rule as kinderzuschlag } from "./kinderzuschlag";
import { rule as wohngeld } from "./wohngeld";

export const RULES: Record<BenefitSlug, BenefitRule> = {
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
