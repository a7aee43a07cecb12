/**
 * Two editors on one centre (issue 5, management area): the edit form carries the fingerprint
 * of the data it was filled from. A save over a change made in the meantime writes nothing,
 * keeps what was typed, says who changed it and what saving now would change; saving again with
 * the new fingerprint goes through. Called through the route module, as Remix would.
 */
import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createStaff } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { routeServices, sessionCookie } from "../../../../tests/support/route-context";
import { answer, get, post } from "../../../../tests/support/routes";
import { centreFormEntries, type CentreFormValues } from "../../../domain/counselling/centre-form";
import { action, loader } from "../../../routes/verwaltung.stellen.$id";
import { seedBookingCentre } from "../../booking/__tests__/booking-fixture";
import type { PrismaClient } from "../../generated/prisma/client";

/** A published demo centre with what the form requires (topic, language, channels, coordinates). */
async function demoCentre(prisma: PrismaClient, suffix: string) {
  const centre = await seedBookingCentre(prisma, suffix);
  await prisma.beratungsstelle.update({
    where: { id: centre.beratungsstelleId },
    data: { lat: 51.3397, lng: 12.3731, kanaele: ["vor_ort", "telefon"], themen: ["schulden"], sprachen: ["de"], telefon: "0341 000000" },
  });
  return centre;
}

type Loaded = { values: CentreFormValues; stand: string };
type Feedback = { values: CentreFormValues; stand: string; konflikt?: { lines: string[]; akteur: string | null; zeitpunkt: string | null } };

describe.each(testDatabaseKinds)("editing a centre that someone else saved meanwhile (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("refuses the stale save, keeps the input, names the change, and saves on the second try", async () => {
    const { prisma } = database();
    const services = await routeServices(database());
    const context = { services, clientIp: "192.0.2.1", nonce: "n", requestId: "r" } as unknown as AppLoadContext;
    const centre = await demoCentre(prisma, `konflikt-${kind}`);
    const { traegerId } = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id: centre.beratungsstelleId }, select: { traegerId: true } });
    const [anna, ben] = await Promise.all(
      ["Demo-Anna", "Demo-Ben"].map((anzeigename) => createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId }, anzeigename })),
    );
    const cookies = await Promise.all([anna!, ben!].map((staff) => sessionCookie(services, staff.benutzerId)));
    const path = `/verwaltung/stellen/${centre.beratungsstelleId}`;
    const params = { id: centre.beratungsstelleId };
    const open = async (cookie: string) => (await answer(loader({ request: get(path, cookie), params, context }))).body as Loaded;
    const save = (cookie: string, values: CentreFormValues, stand: string) =>
      answer(action({ request: post(path, [...centreFormEntries(values), ["stand", stand], ["aktion", "speichern"]], cookie), params, context }));

    // Both open the page; Anna saves a new phone number first.
    const [forAnna, forBen] = [await open(cookies[0]!), await open(cookies[1]!)];
    expect(forAnna.stand).toBe(forBen.stand);
    const first = await save(cookies[0]!, { ...forAnna.values, telefon: "0341 111111" }, forAnna.stand);
    expect(first.status).toBe(303);

    // Ben, on the old state, changes the name: nothing is written, and he sees why.
    const bens = { ...forBen.values, name: "Demo-Terminberatung umbenannt" };
    const stale = await save(cookies[1]!, bens, forBen.stand);
    expect(stale.status).toBe(200);
    const feedback = stale.body as Feedback;
    expect(feedback.values).toEqual(bens);
    expect(feedback.konflikt?.akteur).toBe("Demo-Anna");
    expect(feedback.konflikt?.zeitpunkt).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/);
    // What saving now would change: his name, and Anna's phone number back to the old one.
    expect(feedback.konflikt?.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Name: /), expect.stringMatching(/^Kontakt: .*0341 111111/)]));
    const stored = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id: centre.beratungsstelleId }, select: { name: true, telefon: true } });
    expect(stored).toEqual({ name: forBen.values.name, telefon: "0341 111111" });
    expect(feedback.stand).not.toBe(forBen.stand);

    // Saving again, with the state he has now seen, is his deliberate choice.
    const second = await save(cookies[1]!, { ...bens, telefon: "0341 111111" }, feedback.stand);
    expect(second.status).toBe(303);
    const after = await prisma.beratungsstelle.findUniqueOrThrow({ where: { id: centre.beratungsstelleId }, select: { name: true, telefon: true } });
    expect(after).toEqual({ name: "Demo-Terminberatung umbenannt", telefon: "0341 111111" });
  });

  it("saves without a question when both saved the same", async () => {
    const { prisma } = database();
    const services = await routeServices(database());
    const context = { services, clientIp: "192.0.2.1", nonce: "n", requestId: "r" } as unknown as AppLoadContext;
    const centre = await demoCentre(prisma, `gleich-${kind}`);
    const admin = await createStaff(prisma, { rolle: "plattform_admin", anzeigename: "Demo-Plattform" });
    const cookie = await sessionCookie(services, admin.benutzerId);
    const path = `/verwaltung/stellen/${centre.beratungsstelleId}`;
    const params = { id: centre.beratungsstelleId };
    const loaded = (await answer(loader({ request: get(path, cookie), params, context }))).body as Loaded;
    const values = { ...loaded.values, telefon: "0341 222222" };
    const entries = (stand: string) => post(path, [...centreFormEntries(values), ["stand", stand], ["aktion", "speichern"]], cookie);
    expect((await answer(action({ request: entries(loaded.stand), params, context }))).status).toBe(303);
    // The same values again from the tab that still has the old state: no conflict to show.
    expect((await answer(action({ request: entries(loaded.stand), params, context }))).status).toBe(303);
  });
});
