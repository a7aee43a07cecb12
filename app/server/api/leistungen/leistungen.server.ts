/** GET /api/v1/leistungen without the HTTP around it: the catalog in the API's JSON shape. */
import { CATALOG } from "../../../domain/benefits/catalog";
import { BENEFIT_ALIASES, BENEFIT_SLUGS, type BenefitSlug } from "../../../domain/benefits/slugs";

export type ApiLeistung = {
  slug: BenefitSlug;
  titel: string;
  kurzbeschreibung: string;
  rechtsgrundlage: string;
  zustaendige_stelle: string;
  online_antrag_url: string | null;
  aliase: string[];
};

export function leistungsliste(): { leistungen: ApiLeistung[] } {
  return {
    leistungen: BENEFIT_SLUGS.map((slug) => {
      const info = CATALOG[slug];
      return {
        slug,
        titel: info.titel,
        kurzbeschreibung: info.kurzbeschreibung,
        rechtsgrundlage: info.rechtsgrundlage,
        zustaendige_stelle: info.antrag.stellenart,
        online_antrag_url: info.antrag.onlineAntrag?.url ?? null,
        aliase: Object.keys(BENEFIT_ALIASES).filter((alias) => BENEFIT_ALIASES[alias] === slug),
      };
    }),
  };
}
