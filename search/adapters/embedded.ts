/**
 * Embedded search engine (the default): an in-process index over the centre documents, built at
 * start and updated by the indexing pipeline. The engine itself lives in ../embedded/ (see
 * ../README.md for its data structures and the measured figures).
 */
import { EmbeddedIndex } from "../embedded/engine";
import type { CentreDocument, CentreQuery, CentreResults, SearchHealth, SearchPort } from "../port";

export class EmbeddedSearch implements SearchPort {
  readonly engine = "embedded" as const;
  private readonly index = new EmbeddedIndex();

  async replaceCentres(documents: CentreDocument[]): Promise<void> {
    this.index.replace(documents);
  }

  async upsertCentres(documents: CentreDocument[]): Promise<void> {
    this.index.upsert(documents);
  }

  async removeCentres(ids: string[]): Promise<void> {
    this.index.remove(ids);
  }

  async searchCentres(query: CentreQuery): Promise<CentreResults> {
    return this.index.search(query);
  }

  async health(): Promise<SearchHealth> {
    return { ok: true, engine: this.engine, documents: this.index.size };
  }
}
