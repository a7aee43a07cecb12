/**
 * Who is mailed about a centre's data (issue 5, data quality): its stellenleitung, the
 * traeger_admin of its Träger and, for a municipality's local offer, the kommune_redaktion of
 * that Kommune — active staff accounts with an e-mail address. Platform admins
 * see everything in the management area but are not mailed about every centre.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";

type Reader = PrismaClient | Prisma.TransactionClient;

export async function centreEditorAddresses(db: Reader, centre: { id: string; traegerId: string; kommuneId: string | null }): Promise<string[]> {
  const editors: Prisma.MitgliedschaftWhereInput[] = [
    { rolle: "stellenleitung", beratungsstelleId: centre.id },
    { rolle: "traeger_admin", traegerId: centre.traegerId },
    ...(centre.kommuneId ? [{ rolle: "kommune_redaktion" as const, kommuneId: centre.kommuneId }] : []),
  ];
  const rows = await db.benutzer.findMany({
    where: {
      aktiv: true,
      istPersonal: true,
      email: { not: null },
      mitgliedschaften: {
        some: { OR: editors },
      },
    },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return rows.flatMap((row) => (row.email ? [row.email] : []));
}
