/**
 * What a Leistungs-Check result page shows below its intro (app/ui/check/CheckResultBody.tsx),
 * for the live result and for a result saved in the account alike: priority notes, the groups of
 * benefit cards, and the offices the Kommune of the PLZ has entered for those benefits. With the
 * interface language "ls" the texts come in Leichte Sprache where there is a version.
 */
import type { BenefitResult } from "../domain/benefits/types";
import type { Locale } from "../i18n/locales";
import type { CheckResultBodyView } from "../ui/check/CheckResultBody";
import { priorityNotes, resultGroups } from "../ui/check/result-view";
import type { PrismaClient } from "./generated/prisma/client";
import { zustaendigeStellenAt } from "./kommune/kommunen.server";

export async function checkResultView(prisma: PrismaClient, results: readonly BenefitResult[], plz: string | undefined, locale: Locale = "de"): Promise<CheckResultBodyView> {
  return {
    vorrang: priorityNotes(results, locale),
    gruppen: resultGroups(results, plz, locale),
    zustaendig: await zustaendigeStellenAt(prisma, plz, results.map((result) => result.leistung)),
    plz: plz ?? null,
  };
}
