/** Memberships in words for pages: "Träger-Administration – Caritas …". */
import { ROLE_LABELS } from "../../domain/accounts/roles";
import type { ActorMembership } from "../../domain/accounts/permissions";
import type { PrismaClient } from "../generated/prisma/client";

export async function membershipLabels(prisma: PrismaClient, memberships: ActorMembership[]): Promise<string[]> {
  const ids = (key: "traegerId" | "beratungsstelleId" | "kommuneId") => memberships.map((m) => m[key]).filter((id): id is string => id !== null);
  const [traeger, stellen, kommunen] = await Promise.all([
    prisma.traeger.findMany({ where: { id: { in: ids("traegerId") } }, select: { id: true, name: true } }),
    prisma.beratungsstelle.findMany({ where: { id: { in: ids("beratungsstelleId") } }, select: { id: true, name: true } }),
    prisma.kommune.findMany({ where: { id: { in: ids("kommuneId") } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...traeger, ...stellen, ...kommunen].map((row) => [row.id, row.name]));
  return memberships.map((m) => {
    const scopeId = m.traegerId ?? m.beratungsstelleId ?? m.kommuneId;
    const scope = scopeId ? names.get(scopeId) : undefined;
    return scope ? `${ROLE_LABELS[m.rolle]} – ${scope}` : ROLE_LABELS[m.rolle];
  });
}
