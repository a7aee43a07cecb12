/**
 * Online counselling, the team side (issue 7), with and without JavaScript, axe on every page: a
 * counsellor sets the centre's absence note, which the help seeker sees on the start page and in
 * the conversation; the owner adds a colleague of the same centre, who answers; the help seeker
 * reads the answer and deletes the conversation (the link then opens nothing).
 * Each project uses a centre of its own (not the one of chat.spec.ts), as it changes its settings.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

type ChatCentre = { id: string; slug: string; name: string };

test("absence note for help seekers, a colleague added by the owner answers, the help seeker deletes the conversation", async ({ page }, testInfo) => {
  const nr = testInfo.project.use.javaScriptEnabled === false ? 2 : 1;
  const centre = (await (await page.request.get(`/test/chatstelle?nr=${nr}`)).json()) as ChatCentre;
  const suffix = `${testInfo.project.name} ${Date.now() % 100000}`;
  const owner = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: centre.id }, anzeigename: `Demo-Beraterin Owner ${suffix}` });
  const colleagueName = `Demo-Berater Kollege ${suffix}`;
  const colleague = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: centre.id }, anzeigename: colleagueName });
  const note = `Wir sind bis 2. Januar nicht erreichbar (${suffix}).`;
  const pseudonym = `Demo Linde ${suffix}`;

  // The counsellor sets the centre's absence note.
  await loginAsStaff(page, owner, { weiter: "/verwaltung/gespraeche" });
  const noteForm = page.getByRole("form", { name: `Abwesenheitsnotiz – ${centre.name}` });
  await noteForm.getByLabel("Abwesend bis").fill("2020-01-01");
  await noteForm.getByLabel("Hinweis").fill(note);
  await noteForm.getByRole("button", { name: "Hinweis speichern" }).click();
  await expect(page.getByRole("link", { name: /nicht in der Vergangenheit/ })).toBeVisible();
  await expectNoAxeViolations(page, "Abwesenheit mit Fehler");
  const year = new Date().getFullYear() + 1;
  await noteForm.getByLabel("Abwesend bis").fill(`${year}-01-02`);
  await noteForm.getByRole("button", { name: "Hinweis speichern" }).click();
  await expect(page.getByText("Der Hinweis für Ratsuchende ist gespeichert.")).toBeVisible();
  await expect(noteForm.getByLabel("Hinweis")).toHaveValue(note);
  await expectNoAxeViolations(page, "Abwesenheit gespeichert");

  // The help seeker sees it on the centre's page, the start page and in the conversation.
  await page.goto(`/beratungsstellen/${centre.slug}`);
  await expect(page.getByRole("region", { name: "Online-Beratung" })).toContainText(note);
  await expectNoAxeViolations(page, "Seite der Stelle mit Abwesenheit");
  await page.goto(`/chat/starten/${centre.slug}`);
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.getByText(`Dieser Hinweis gilt bis einschließlich 2. Januar ${year}.`)).toBeVisible();
  await expectNoAxeViolations(page, "Chat starten mit Abwesenheit");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel(/Ich habe den Datenschutzhinweis gelesen/).check();
  await page.getByRole("button", { name: "Gespräch beginnen" }).click();
  await expect(page).toHaveURL(/\/chat\/[A-Za-z0-9_-]+\/zugang$/);
  const code = (await page.locator("code").first().textContent()) ?? "";
  const conversationUrl = `/chat/${code}`;
  await page.goto(conversationUrl);
  await expect(page.getByText(note)).toBeVisible();
  await expectNoAxeViolations(page, "Gespräch mit Abwesenheit");
  await page.getByLabel("Ihre Nachricht").fill("Ich habe eine Frage zur Miete.");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByText("Ihre Nachricht ist gesendet.")).toBeVisible();

  // The dashboard shows the waiting conversation as a badge; the owner accepts and adds the colleague.
  await page.goto("/verwaltung");
  await expect(page.getByRole("region", { name: "Online-Beratung" })).toContainText(/\d+ Gespräche? warte/);
  await expectNoAxeViolations(page, "Übersicht mit wartendem Gespräch");
  await page.goto("/verwaltung/gespraeche");
  const row = page.getByRole("table", { name: `Warteliste – ${centre.name}` }).getByRole("row").filter({ hasText: pseudonym });
  await row.getByRole("button", { name: /^Annehmen/ }).click();
  await expect(page.getByText("Sie haben das Gespräch angenommen.")).toBeVisible();
  const staffUrl = new URL(page.url()).pathname;
  await expect(page.getByText("Bisher führen Sie das Gespräch allein.")).toBeVisible();
  await page.getByLabel("Kollegin oder Kollegen hinzufügen").selectOption({ label: colleagueName });
  await page.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(page.getByText("Ihre Kollegin oder Ihr Kollege ist jetzt im Gespräch.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Kolleginnen und Kollegen im Gespräch" }).getByRole("listitem")).toHaveText([new RegExp(`^${colleagueName}`)]);
  await expectNoAxeViolations(page, "Kollege hinzugefügt");
  // Taken out and added again (the owner may change their mind).
  await page.getByRole("button", { name: `Aus dem Gespräch nehmen (${colleagueName})` }).click();
  await expect(page.getByText("Ihre Kollegin oder Ihr Kollege ist nicht mehr im Gespräch.")).toBeVisible();
  await expect(page.getByText("Bisher führen Sie das Gespräch allein.")).toBeVisible();
  await page.getByLabel("Kollegin oder Kollegen hinzufügen").selectOption({ label: colleagueName });
  await page.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(page.getByText("Ihre Kollegin oder Ihr Kollege ist jetzt im Gespräch.")).toBeVisible();

  // The colleague answers.
  await page.context().clearCookies();
  await loginAsStaff(page, colleague, { weiter: staffUrl });
  await expect(page.getByRole("list", { name: "Nachrichten" })).toContainText("Ich habe eine Frage zur Miete.");
  await expect(page.getByLabel("Kollegin oder Kollegen hinzufügen")).toHaveCount(0);
  await page.getByLabel("Ihre Antwort").fill("Guten Tag, ich helfe Ihnen bei der Frage zur Miete.");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByText("Ihre Antwort ist gesendet.")).toBeVisible();
  await expectNoAxeViolations(page, "Kollege antwortet");

  // The help seeker reads the answer, then deletes the conversation.
  await page.context().clearCookies();
  await page.goto(conversationUrl);
  const messages = page.getByRole("list", { name: "Nachrichten" }).getByRole("listitem");
  await expect(messages).toHaveCount(2);
  await expect(messages.last()).toContainText("ich helfe Ihnen bei der Frage zur Miete.");
  await page.getByRole("button", { name: "Gespräch löschen" }).click();
  await expect(page.getByRole("link", { name: /endgültig gelöscht werden soll/ })).toBeVisible();
  await expectNoAxeViolations(page, "Löschen ohne Bestätigung");
  await page.getByLabel(/Ja, das Gespräch mit allen Nachrichten endgültig löschen/).check();
  await page.getByRole("button", { name: "Gespräch löschen" }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(page.getByText("Ihr Gespräch und alle Nachrichten sind gelöscht.")).toBeVisible();
  await expectNoAxeViolations(page, "Gespräch gelöscht");
  expect((await page.goto(conversationUrl))?.status()).toBe(404);
});

test("a counsellor of another centre cannot be added to a conversation", async ({ page }, testInfo) => {
  const centre = (await (await page.request.get("/test/chatstelle?nr=3")).json()) as ChatCentre;
  const other = (await (await page.request.get("/test/terminstelle")).json()) as { id: string };
  expect(other.id).not.toBe(centre.id);
  const owner = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: centre.id } });
  const stranger = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: other.id }, anzeigename: `Demo-Berater Fremd ${testInfo.project.name} ${Date.now() % 100000}` });
  const started = await page.request.post("/api/v1/gespraeche", { data: { beratungsstelle_id: centre.id, pseudonym: "Demo Fremdkollege" } });
  const { gespraech_id: id } = (await started.json()) as { gespraech_id: string };
  await loginAsStaff(page, owner, { weiter: `/verwaltung/gespraeche/${id}` });
  await page.getByRole("button", { name: "Gespräch annehmen" }).click();
  await expect(page.getByText("Sie haben das Gespräch angenommen.")).toBeVisible();
  await expect(page.getByLabel("Kollegin oder Kollegen hinzufügen").locator("option", { hasText: "Demo-Berater Fremd" })).toHaveCount(0);
  const add = await page.request.post(`/verwaltung/gespraeche/${id}`, { form: { aktion: "kollege_hinzufuegen", kollege_id: stranger.benutzerId }, maxRedirects: 0 });
  expect(add.status()).toBe(404);
});

test("the start form sent twice (double click, resent POST) starts one conversation", async ({ page }) => {
  const centre = (await (await page.request.get("/test/chatstelle?nr=3")).json()) as ChatCentre;
  await page.goto(`/chat/starten/${centre.slug}`);
  const schluessel = (await page.locator('input[name="schluessel"]').getAttribute("value")) ?? "";
  expect(schluessel).toMatch(/^[0-9a-f-]{36}$/);
  const form = { schluessel, pseudonym: `Demo Doppelt ${Date.now() % 100000}`, thema: "", einwilligung: "ja" };
  const locations: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await page.request.post(`/chat/starten/${centre.slug}`, { form, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    locations.push(response.headers()["location"] ?? "");
  }
  expect(locations[0]).toMatch(/^\/chat\/[A-Za-z0-9_-]+\/zugang$/);
  expect(locations[1]).toBe(locations[0]);
});
