/**
 * Whether the database holds demo data, for the notice on every page. Asked at most once a
 * minute per process instead of once per page view: it changes only when demo data is loaded or
 * removed, and a minute's delay in the notice is harmless.
 */
import type { PrismaClient } from "./generated/prisma/client";

const MAX_AGE_MS = 60_000;

export function createDemoDataFlag(prisma: PrismaClient, now: () => number = Date.now) {
  let cached: { value: boolean; at: number } | undefined;
  return async function hasDemoData(): Promise<boolean> {
    if (cached && now() - cached.at < MAX_AGE_MS) return cached.value;
    const demo = await prisma.traeger.findFirst({ where: { isDemo: true }, select: { id: true } });
    cached = { value: demo !== null, at: now() };
    return cached.value;
  };
}
