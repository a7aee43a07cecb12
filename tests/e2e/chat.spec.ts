/**
 * Online counselling without an account (issue 7), with and without JavaScript, axe on every
 * state: a help seeker starts a chat from a centre page (pseudonym, consent), keeps code and link,
 * writes; a counsellor of that centre sees it in the waiting list, accepts and answers; the help
 * seeker reloads and reads the answer; a double submit of the form stores once; closing ends it.
 * A counsellor of another centre neither sees nor opens the conversation.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

type ChatCentre = { id: string; slug: string; name: string };

test("a help seeker starts a chat, a counsellor accepts and answers, the help seeker reads the answer", async ({ page }, testInfo) => {
  const centre = (await (await page.request.get("/test/chatstelle")).json()) as ChatCentre;
  const staff = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: centre.id }, anzeigename: `Demo-Beraterin ${testInfo.project.name}` });
  const pseudonym = `Demo Ahorn ${testInfo.project.name} ${Date.now() % 100000}`;

  await page.goto(`/beratungsstellen/${centre.slug}`);
  await expect(page.getByRole("heading", { name: "Online-Beratung", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "Online-Beratung starten" }).click();
  await expect(page).toHaveURL(new RegExp(`/chat/starten/${centre.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online-Beratung starten");
  await expect(page.getByLabel("Pseudonym")).not.toHaveValue("");
  await expectNoAxeViolations(page, "Chat starten");

  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Worum geht es?").fill("Schulden");
  await page.getByRole("button", { name: "Gespräch beginnen" }).click();
  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie eine Angabe" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Datenschutzhinweis gelesen/ })).toBeVisible();
  await expect(page.getByLabel("Pseudonym")).toHaveValue(pseudonym);
  await expect(page.getByLabel("Worum geht es?")).toHaveValue("Schulden");
  await expectNoAxeViolations(page, "Chat starten ohne Einwilligung");

  await page.getByLabel(/Ich habe den Datenschutzhinweis gelesen/).check();
  await page.getByRole("button", { name: "Gespräch beginnen" }).click();
  await expect(page).toHaveURL(/\/chat\/[A-Za-z0-9_-]+\/zugang$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Zugang zum Gespräch");
  await expect(page.getByText("Bitte bewahren Sie Code und Link gut auf")).toBeVisible();
  const code = (await page.locator("code").first().textContent()) ?? "";
  expect(code.length).toBeGreaterThan(20);
  await expectNoAxeViolations(page, "Zugang");

  await page.getByRole("link", { name: "Zum Gespräch" }).click();
  await expect(page).toHaveURL(new RegExp(`/chat/${code}$`));
  const conversationUrl = `/chat/${code}`;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Gespräch");
  await expect(page.getByText(/wartet auf eine Beraterin/)).toBeVisible();
  await expect(page.getByText(/erreichbar/).first()).toBeVisible();
  await expectNoAxeViolations(page, "Gespräch leer");

  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("link", { name: "Bitte geben Sie eine Nachricht ein." })).toBeVisible();
  await expectNoAxeViolations(page, "Gespräch leere Nachricht");

  await page.getByLabel("Ihre Nachricht").fill("Ich habe Schulden und weiß nicht weiter.");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByText("Ihre Nachricht ist gesendet.")).toBeVisible();
  const messages = page.getByRole("list", { name: "Nachrichten" }).getByRole("listitem");
  await expect(messages).toHaveCount(1);
  await expect(messages.first()).toContainText("Sie");
  await expect(messages.first()).toContainText("Ich habe Schulden und weiß nicht weiter.");
  await expect(page.getByLabel("Ihre Nachricht")).toHaveValue("");
  await expectNoAxeViolations(page, "Gespräch mit Nachricht");

  // The same form sent twice (a double click, a resent POST): stored once.
  const clientId = await page.locator('input[name="client_id"]').getAttribute("value");
  for (let i = 0; i < 2; i++) {
    const response = await page.request.post(conversationUrl, { form: { aktion: "senden", client_id: clientId ?? "", text: "Nur einmal bitte." }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
  }
  await page.goto(conversationUrl);
  await expect(messages).toHaveCount(2);

  await loginAsStaff(page, staff, { weiter: "/verwaltung/gespraeche" });
  await expect(page.getByRole("heading", { name: "Gespräche", level: 1 })).toBeVisible();
  const waiting = page.getByRole("table", { name: `Warteliste – ${centre.name}` });
  const row = waiting.getByRole("row").filter({ hasText: pseudonym });
  await expect(row).toContainText("Schulden");
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await expectNoAxeViolations(page, "Posteingang");

  await row.getByRole("button", { name: new RegExp(`^Annehmen`) }).click();
  await expect(page).toHaveURL(/\/verwaltung\/gespraeche\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Sie haben das Gespräch angenommen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gespräch mit ${pseudonym}`);
  await expect(page.getByRole("list", { name: "Nachrichten" })).toContainText("Ich habe Schulden und weiß nicht weiter.");
  await expect(page.getByText(/48 Stunden nach dem Ende gelöscht/)).toBeVisible();
  await expectNoAxeViolations(page, "Gespräch angenommen");
  const staffUrl = new URL(page.url()).pathname;

  await page.getByLabel("Ihre Antwort").fill("Guten Tag, wir helfen Ihnen gern. Wie hoch sind die Schulden ungefähr?");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByText("Ihre Antwort ist gesendet.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Nachrichten" }).getByRole("listitem")).toHaveCount(3);
  await expectNoAxeViolations(page, "Antwort gesendet");

  await page.goto("/verwaltung/gespraeche");
  const open = page.getByRole("table", { name: `Offene Gespräche – ${centre.name}` }).getByRole("row").filter({ hasText: pseudonym });
  await expect(open.getByRole("cell").nth(2)).toHaveText("0");
  await expect(open).toContainText("Sie");

  await page.goto(conversationUrl);
  await expect(page.getByText(/hat Ihr Gespräch angenommen/)).toBeVisible();
  await expect(messages).toHaveCount(3);
  await expect(messages.last()).toContainText("Beratung");
  await expect(messages.last()).toContainText("Wie hoch sind die Schulden ungefähr?");
  await expectNoAxeViolations(page, "Antwort gelesen");

  await page.goto(staffUrl);
  await page.getByRole("button", { name: "Gespräch beenden" }).click();
  await expect(page.getByText("Das Gespräch ist beendet.")).toBeVisible();
  await expectNoAxeViolations(page, "Gespräch beendet (Beratung)");
  await page.goto(conversationUrl);
  await expect(page.getByText(/Das Gespräch ist beendet/)).toBeVisible();
  await expect(page.getByLabel("Ihre Nachricht")).toHaveCount(0);
  await expectNoAxeViolations(page, "Gespräch beendet");
});

test("a counsellor of another centre neither sees nor opens the conversation", async ({ page }) => {
  const centre = (await (await page.request.get("/test/chatstelle")).json()) as ChatCentre;
  const other = (await (await page.request.get("/test/terminstelle")).json()) as { id: string };
  expect(other.id).not.toBe(centre.id);
  const started = await page.request.post("/api/v1/gespraeche", { data: { beratungsstelle_id: centre.id, pseudonym: "Demo Fremd" } });
  expect(started.status()).toBe(201);
  const { gespraech_id: id } = (await started.json()) as { gespraech_id: string };

  const stranger = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: other.id } });
  await loginAsStaff(page, stranger, { weiter: "/verwaltung/gespraeche" });
  await expect(page.getByRole("heading", { name: "Gespräche", level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Demo Fremd");
  const response = await page.goto(`/verwaltung/gespraeche/${id}`);
  expect(response?.status()).toBe(404);
  await expectNoAxeViolations(page, "fremdes Gespräch");
  const accept = await page.request.post("/verwaltung/gespraeche", { form: { aktion: "annehmen", gespraech_id: id }, maxRedirects: 0 });
  expect(accept.status()).toBe(404);
});

test("an unknown conversation link is a 404 page; /chat continues by code", async ({ page }) => {
  const response = await page.goto("/chat/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await page.goto("/chat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online-Beratung fortsetzen");
  await page.getByLabel("Ihr Code").fill("falsch");
  await page.getByRole("button", { name: "Gespräch öffnen" }).click();
  await expect(page.getByRole("link", { name: /kein Gespräch/ })).toBeVisible();
  await expectNoAxeViolations(page, "Code falsch");
});

test("with JavaScript both sides see new messages live, announced once in a polite live region", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, "live updates need JavaScript; the no-JS path is the journey above");
  const centre = (await (await page.request.get("/test/chatstelle")).json()) as ChatCentre;
  const started = await page.request.post("/api/v1/gespraeche", { data: { beratungsstelle_id: centre.id, pseudonym: "Demo Live" } });
  const { gespraech_id: id, token } = (await started.json()) as { gespraech_id: string; token: string };

  await page.goto(`/chat/${token}`);
  await expect(page.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();
  await page.getByLabel("Ihre Nachricht").fill("Hallo, ist jemand da?");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByText("Ihre Nachricht ist gesendet.")).toBeVisible();

  const staffContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "de-DE", timezoneId: "Europe/Berlin" });
  try {
    const staffPage = await staffContext.newPage();
    const staff = await createStaffAccount(staffPage, { rolle: "berater", scope: { beratungsstelleId: centre.id } });
    await loginAsStaff(staffPage, staff, { weiter: `/verwaltung/gespraeche/${id}` });
    await staffPage.getByRole("button", { name: "Gespräch annehmen" }).click();
    await expect(staffPage.getByText("Sie haben das Gespräch angenommen.")).toBeVisible();
    await expect(staffPage.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();
    await staffPage.getByLabel("Ihre Antwort").fill("Ja, ich bin für Sie da.");
    await staffPage.getByRole("button", { name: "Nachricht senden" }).click();

    const messages = page.getByRole("list", { name: "Nachrichten" }).getByRole("listitem");
    await expect(messages).toHaveCount(2);
    await expect(messages.last()).toContainText("Ja, ich bin für Sie da.");
    await expect(page.locator("[aria-live=polite]").filter({ hasText: "Neue Nachricht von Beratung" })).toHaveText("Neue Nachricht von Beratung: Ja, ich bin für Sie da.");
    await expectNoAxeViolations(page, "Antwort live");

    await page.getByLabel("Ihre Nachricht").fill("Danke! Es geht um Mietschulden.");
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(staffPage.getByRole("list", { name: "Nachrichten" }).getByRole("listitem")).toHaveCount(3);
    await expect(staffPage.getByRole("list", { name: "Nachrichten" })).toContainText("Es geht um Mietschulden.");
  } finally {
    await staffContext.close();
  }
});
