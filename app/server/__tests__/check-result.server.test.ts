/**
 * The result body is the same for the live Leistungs-Check result and a result saved in the
 * account: priority notes, groups, and the office the Kommune of the PLZ entered for a benefit.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../tests/support/database";
import { rentnerin } from "../../domain/benefits/questionnaire/__tests__/fixtures";
import { evaluateAnswers } from "../accounts/saved-results.server";
import { checkResultView } from "../check-result.server";

describe.each(testDatabaseKinds)("checkResultView (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("adds the Kommune's office to the benefit it is responsible for, for a PLZ of the Kommune only", async () => {
    const { prisma } = database();
    const evaluated = evaluateAnswers(rentnerin, "2026-01-01")!;
    expect(evaluated.plz).toBe("04109");
    const leistung = evaluated.results.find((r) => r.einschaetzung !== "unwahrscheinlich")!.leistung;
    const kommune = await prisma.kommune.create({ data: { ags: "99999021", name: "Demo-Stadt Ergebnis", plz: ["04109"], isDemo: true } });
    await prisma.zustaendigkeit.create({ data: { kommuneId: kommune.id, leistung, name: "Demo-Sozialamt Ergebnis", strasse: "Demoweg 3", plz: "04109", ort: "Leipzig" } });

    const view = await checkResultView(prisma, evaluated.results, evaluated.plz);
    expect(view.plz).toBe("04109");
    expect(view.gruppen.flatMap((g) => g.ergebnisse.map((e) => e.slug)).sort()).toEqual(evaluated.results.map((r) => r.leistung).sort());
    expect(view.zustaendig[leistung]).toEqual([expect.objectContaining({ name: "Demo-Sozialamt Ergebnis", kommune: "Demo-Stadt Ergebnis" })]);
    expect(Object.keys(view.zustaendig)).toEqual([leistung]);

    const elsewhere = await checkResultView(prisma, evaluated.results, "01067");
    expect(elsewhere.zustaendig).toEqual({});
  });
});
