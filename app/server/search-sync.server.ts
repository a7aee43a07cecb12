/**
 * Keeps the search index in step with the database. At start (and from the reindex script)
 * the whole centre index is rebuilt from the published rows.
 */
import type { CentreDocument, SearchPort } from "../../search";
import type { PrismaClient } from "./generated/prisma/client";

export async function loadCentreDocuments(prisma: PrismaClient): Promise<CentreDocument[]> {
  const rows = await prisma.beratungsstelle.findMany({ include: { traeger: true }, orderBy: { name: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    traeger: row.traeger.name,
    verband: row.traeger.verband,
    strasse: row.strasse,
    plz: row.plz,
    ort: row.ort,
    themen: row.themen,
    isDemo: row.isDemo,
  }));
}

export async function indexAllCentres(prisma: PrismaClient, search: SearchPort): Promise<number> {
  const documents = await loadCentreDocuments(prisma);
  await search.replaceCentres(documents);
  return documents.length;
}
