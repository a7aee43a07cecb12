/**
 * The centre search form (GET, shareable URL): what the user typed → a search query. Pure, so
 * the route stays thin and the rules are testable: a 5-digit PLZ narrows to its region (first two
 * digits) until radius search exists; a place name or keyword goes into the text search; an
 * unknown topic is ignored and reported rather than failing the page.
 */
import { isTopicSlug, type TopicSlug } from "./topics";

export type CentreSearchForm = { thema?: TopicSlug; ort: string; stichwort: string; seite: number };

export type CentreSearchQuery = {
  text: string;
  thema?: TopicSlug;
  plzPrefix?: string;
  limit: number;
  offset: number;
};

export const RESULTS_PER_PAGE = 10;

export function readCentreSearchForm(params: URLSearchParams): { form: CentreSearchForm; unknownTopic: boolean } {
  const thema = params.get("thema")?.trim() ?? "";
  const ort = (params.get("ort") ?? params.get("plz") ?? "").trim().slice(0, 100);
  const stichwort = (params.get("q") ?? "").trim().slice(0, 200);
  const seite = Math.max(1, Math.min(1000, Number.parseInt(params.get("seite") ?? "1", 10) || 1));
  const known = thema !== "" && isTopicSlug(thema);
  return { form: { thema: known ? thema : undefined, ort, stichwort, seite }, unknownTopic: thema !== "" && !known };
}

export function toCentreSearchQuery(form: CentreSearchForm): CentreSearchQuery {
  const isPlz = /^\d{5}$/.test(form.ort);
  return {
    text: [isPlz ? "" : form.ort, form.stichwort].filter(Boolean).join(" "),
    thema: form.thema,
    plzPrefix: isPlz ? form.ort.slice(0, 2) : undefined,
    limit: RESULTS_PER_PAGE,
    offset: (form.seite - 1) * RESULTS_PER_PAGE,
  };
}
