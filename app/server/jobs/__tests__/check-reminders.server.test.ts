/**
 * The 6-month check reminder with a fake clock: nothing before the due day, then exactly one mail
 * per editor, none on later runs or after a crash before the commit, one in all with two
 * workers at once, and a new one for the next period after the data was confirmed.
 */
import { describe, expect, it } from "vitest";
import { buildCentreInput, buildTraeger } from "../../../../tests/factories/centres";
import { createStaff } from "../../../../tests/support/accounts";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { saveCentre } from "../../centres.server";
import { findOrCreateTraeger } from "../../traeger.server";
import { queueDueCheckReminders, type CheckReminderOptions } from "../check-reminders.server";

const PUBLIC_URL = "https://sozial.example.org";

describe.each(testDatabaseKinds)("check reminders (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const options = (extra: Partial<CheckReminderOptions> = {}): CheckReminderOptions => ({ prisma: database().prisma, publicUrl: PUBLIC_URL, ...extra });
  const mailsTo = (an: string) => database().prisma.mailOutbox.findMany({ where: { an, anlass: "pruefung_erinnerung" }, orderBy: { id: "asc" } });

  it("mails the editors once per due period, across reruns, a crash and two workers", async () => {
    const { prisma } = database();
    const traeger = (await findOrCreateTraeger(prisma, buildTraeger(0))).id;
    const other = (await findOrCreateTraeger(prisma, buildTraeger(1))).id;
    const centre = (await saveCentre(prisma, { ...buildCentreInput(0, traeger, { name: "Demo-Prüfstelle" }), zuletztGeprueft: "2026-01-31" })).id;
    const fresh = (await saveCentre(prisma, { ...buildCentreInput(1, traeger, { name: "Demo-Frische Stelle" }), zuletztGeprueft: "2026-06-01" })).id;
    await saveCentre(prisma, { ...buildCentreInput(2, other, { name: "Demo-Andere Stelle" }), zuletztGeprueft: "2025-01-01" });
    await createStaff(prisma, { rolle: "stellenleitung", scope: { beratungsstelleId: centre }, email: "leitung-pruef@demo.example" });
    await createStaff(prisma, { rolle: "traeger_admin", scope: { traegerId: traeger }, email: "traeger-pruef@demo.example" });
    await createStaff(prisma, { rolle: "stellenleitung", scope: { beratungsstelleId: fresh }, email: "leitung-frisch@demo.example" });

    // Checked on 31 January: due on 31 July (6 months later, Europe/Berlin).
    await queueDueCheckReminders(options(), new Date("2026-07-30T12:00:00Z"));
    expect(await mailsTo("leitung-pruef@demo.example")).toHaveLength(0);

    // A crash before the commit leaves neither mail nor record.
    await expect(queueDueCheckReminders(options({ beforeCommit: () => Promise.reject(new Error("Absturz")) }), new Date("2026-07-31T08:00:00Z"))).rejects.toThrow("Absturz");
    expect(await mailsTo("leitung-pruef@demo.example")).toHaveLength(0);

    // Two workers at the same moment: one mail per editor in all.
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
    const at = new Date("2026-07-31T08:00:00Z");
    await Promise.all([queueDueCheckReminders(options({ beforeCommit: slow }), at), queueDueCheckReminders(options({ beforeCommit: slow }), at)]);
    await queueDueCheckReminders(options(), new Date("2026-08-15T08:00:00Z"));
    const [mail, ...more] = await mailsTo("leitung-pruef@demo.example");
    expect(more).toHaveLength(0);
    expect(await mailsTo("traeger-pruef@demo.example")).toHaveLength(1);
    expect(await mailsTo("leitung-frisch@demo.example")).toHaveLength(0);
    expect(mail!.betreff).toBe("Bitte Angaben prüfen: Demo-Prüfstelle");
    expect(mail!.text).toContain("zuletzt am 31. Januar 2026 geprüft");
    expect(mail!.text).toContain(`${PUBLIC_URL}/verwaltung/stellen/${centre}`);
    expect(await prisma.pruefungErinnerung.findMany({ where: { beratungsstelleId: centre }, select: { stand: true, empfaenger: true } })).toEqual([{ stand: "2026-01-31", empfaenger: 2 }]);

    // Confirmed on 1 August: the next reminder is due on 1 February, once again.
    await prisma.beratungsstelle.update({ where: { id: centre }, data: { zuletztGeprueft: new Date("2026-08-01T00:00:00Z") } });
    await queueDueCheckReminders(options(), new Date("2027-01-31T08:00:00Z"));
    expect(await mailsTo("leitung-pruef@demo.example")).toHaveLength(1);
    await queueDueCheckReminders(options(), new Date("2027-02-01T08:00:00Z"));
    await queueDueCheckReminders(options(), new Date("2027-02-02T08:00:00Z"));
    expect(await mailsTo("leitung-pruef@demo.example")).toHaveLength(2);
    // The fresh centre became due on 1 December 2026 and was reminded once along the way.
    expect(await mailsTo("leitung-frisch@demo.example")).toHaveLength(1);
  });
});
