/**
 * Which text of a centre document is searchable, in ranking order: a match in the name counts
 * more than one in the description (field code 0 is best). Shared by the embedded engine and the
 * Meilisearch documents (its searchable attributes follow the same order).
 */
import { topicLabel } from "../../app/domain/counselling/topics";
import type { CentreDocument } from "../port";
import { documentLabels } from "./labels.de";

export const SEARCH_FIELDS = ["name", "themen", "ort", "plz", "traeger", "merkmale", "strasse", "beschreibung"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Added to a match's kind score; always below 1, the smallest gap between two kinds. */
export const FIELD_BONUS: readonly number[] = [0.9, 0.8, 0.7, 0.7, 0.5, 0.4, 0.3, 0.1];

export function searchableTexts(document: CentreDocument): Record<SearchField, string[]> {
  return {
    name: [document.name],
    themen: document.themen.flatMap((slug) => [slug, topicLabel(slug) ?? ""]),
    ort: [document.adresse.ort],
    plz: [document.adresse.plz],
    traeger: [document.traeger.name, document.traeger.verband],
    merkmale: [...document.zielgruppen, ...documentLabels(document)],
    strasse: [document.adresse.strasse],
    beschreibung: [document.beschreibung],
  };
}
