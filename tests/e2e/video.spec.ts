/**
 * Video calls inside a conversation (issue 7): two browser contexts, the counsellor who accepted
 * the conversation and the help seeker, with Chromium's fake camera and microphone
 * (tests/playwright.config.ts). The counsellor calls, the help seeker accepts, both reach
 * "connected" (status line and RTCPeerConnection.connectionState), camera and microphone toggle,
 * hanging up ends it on both sides; a second call with sound only, hung up by the help seeker.
 * A refused camera shows a clear message on either side. Without JavaScript the pages say that
 * video needs JavaScript and the chat still works. axe runs on every call state.
 */
import type { Browser, BrowserContext, Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

type ChatCentre = { id: string; slug: string; name: string };

/** Keeps every RTCPeerConnection the page creates in window.__peers, to read connectionState. */
function trackPeers() {
  const Original = window.RTCPeerConnection;
  const peers: RTCPeerConnection[] = [];
  (window as unknown as { __peers: RTCPeerConnection[] }).__peers = peers;
  window.RTCPeerConnection = class extends Original {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      peers.push(this);
    }
  } as typeof RTCPeerConnection;
}

/** The browser refuses camera and microphone, as after "Blockieren" in the permission prompt. */
function refuseMedia() {
  navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
}

const peerStates = (page: Page) => page.evaluate(() => (window as unknown as { __peers: RTCPeerConnection[] }).__peers.map((p) => p.connectionState));

/** A conversation accepted by a fresh counsellor; the staff page is open on it in its own context. */
async function acceptedConversation(page: Page, browser: Browser, testInfo: TestInfo, pseudonym: string) {
  const centre = (await (await page.request.get("/test/chatstelle")).json()) as ChatCentre;
  const started = await page.request.post("/api/v1/gespraeche", { data: { beratungsstelle_id: centre.id, pseudonym: `${pseudonym} ${Date.now() % 100000}` } });
  expect(started.status()).toBe(201);
  const { gespraech_id: id, token } = (await started.json()) as { gespraech_id: string; token: string };
  const staffContext: BrowserContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
  });
  const staffPage = await staffContext.newPage();
  await staffPage.addInitScript(trackPeers);
  const staff = await createStaffAccount(staffPage, { rolle: "berater", scope: { beratungsstelleId: centre.id } });
  await loginAsStaff(staffPage, staff, { weiter: `/verwaltung/gespraeche/${id}` });
  await staffPage.getByRole("button", { name: "Gespräch annehmen" }).click();
  await expect(staffPage.getByText("Sie haben das Gespräch angenommen.")).toBeVisible();
  return { id, token, staffContext, staffPage };
}

const callSection = (page: Page) => page.getByRole("region", { name: "Videoanruf" });
const callStatus = (page: Page) => callSection(page).getByRole("status");

test("the counsellor calls, the help seeker accepts, both are connected, then hang up; a second call with sound only", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, "video calls need JavaScript; the no-JS test below covers the message");
  const { token, staffContext, staffPage } = await acceptedConversation(page, browser, testInfo, "Demo Video");
  try {
    await page.addInitScript(trackPeers);
    await page.goto(`/chat/${token}`);
    await expect(page.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();
    await expect(callSection(page)).toContainText("Ihre Beraterin oder Ihr Berater kann Sie hier anrufen");
    await expect(callSection(page).getByRole("button")).toHaveCount(0); // the help seeker cannot call
    await expect(callSection(page)).not.toContainText("JavaScript benötigt");
    await expect(staffPage.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();
    await expectNoAxeViolations(staffPage, "Videoanruf bereit (Beratung)");

    await staffPage.getByRole("button", { name: "Videoanruf starten" }).click();
    await expect(callStatus(staffPage)).toHaveText("Anruf wird aufgebaut. Warten auf Annahme …");
    await expect(staffPage.getByRole("button", { name: "Auflegen" })).toBeFocused();
    await expect(callStatus(page)).toHaveText("Eingehender Videoanruf von der Beratung.");
    await expect(callSection(page).getByRole("button", { name: "Ablehnen" })).toBeVisible();
    await expectNoAxeViolations(page, "Videoanruf klingelt");
    await expectNoAxeViolations(staffPage, "Videoanruf wartet (Beratung)");

    await callSection(page).getByRole("button", { name: "Annehmen", exact: true }).click();
    await expect(callStatus(page)).toHaveText("Verbunden.");
    await expect(callStatus(staffPage)).toHaveText("Verbunden.");
    await expect.poll(() => peerStates(page)).toEqual(["connected"]);
    await expect.poll(() => peerStates(staffPage)).toEqual(["connected"]);
    await expect(page.getByRole("button", { name: "Auflegen" })).toBeFocused();
    // Both fake cameras arrive on the other side.
    const remoteWidth = (p: Page, label: string) => p.getByLabel(label).evaluate((video) => (video as HTMLVideoElement).videoWidth);
    await expect.poll(() => remoteWidth(page, "Video der Beratung")).toBeGreaterThan(0);
    await expect.poll(() => remoteWidth(staffPage, "Video der ratsuchenden Person")).toBeGreaterThan(0);
    await expect(page.getByLabel("Ihr eigenes Kamerabild")).toBeVisible();
    await expectNoAxeViolations(page, "Videoanruf verbunden");
    await expectNoAxeViolations(staffPage, "Videoanruf verbunden (Beratung)");

    await page.getByRole("button", { name: "Kamera ausschalten" }).click();
    await expect(page.getByRole("button", { name: "Kamera einschalten" })).toBeFocused();
    await expect(callSection(page)).toContainText("Ihre Kamera ist ausgeschaltet.");
    await page.getByRole("button", { name: "Mikrofon ausschalten" }).click();
    await expect(callSection(page)).toContainText("Ihr Mikrofon ist ausgeschaltet.");
    await expectNoAxeViolations(page, "Kamera und Mikrofon aus");
    await page.getByRole("button", { name: "Kamera einschalten" }).click();
    await page.getByRole("button", { name: "Mikrofon einschalten" }).click();
    await expect(callSection(page)).not.toContainText("ausgeschaltet");

    // The help seeker is typing when the counsellor hangs up: the focus stays in the message box.
    await page.getByLabel("Ihre Nachricht").focus();
    await staffPage.getByRole("button", { name: "Auflegen" }).click();
    await expect(callStatus(staffPage)).toHaveText("Der Anruf ist beendet.");
    await expect(callStatus(page)).toHaveText("Die andere Seite hat den Anruf beendet.");
    await expect.poll(() => peerStates(page)).toEqual(["closed"]);
    await expect.poll(() => peerStates(staffPage)).toEqual(["closed"]);
    await expect(staffPage.getByRole("heading", { name: "Videoanruf" })).toBeFocused();
    await expect(page.getByLabel("Ihre Nachricht")).toBeFocused();
    await expect(page.getByLabel("Ihr eigenes Kamerabild")).toHaveCount(0);
    await expectNoAxeViolations(page, "Videoanruf beendet");
    await expectNoAxeViolations(staffPage, "Videoanruf beendet (Beratung)");

    // Second call: the help seeker joins with sound only and hangs up.
    await staffPage.getByRole("button", { name: "Videoanruf starten" }).click();
    await callSection(page).getByRole("button", { name: "Nur mit Ton annehmen" }).click();
    await expect(callStatus(page)).toHaveText("Verbunden (nur mit Ton).");
    await expect(callStatus(staffPage)).toHaveText("Verbunden.");
    await expect.poll(async () => (await peerStates(page)).at(-1)).toBe("connected");
    await expect(page.getByLabel("Ihr eigenes Kamerabild")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Kamera ausschalten" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Mikrofon ausschalten" })).toBeVisible();
    await expectNoAxeViolations(page, "Videoanruf nur mit Ton");
    await page.getByRole("button", { name: "Auflegen" }).click();
    await expect(callStatus(page)).toHaveText("Der Anruf ist beendet.");
    await expect(callStatus(staffPage)).toHaveText("Die andere Seite hat den Anruf beendet.");
    await expect.poll(async () => (await peerStates(staffPage)).at(-1)).toBe("closed");

    // The chat keeps working next to the call.
    await page.getByLabel("Ihre Nachricht").fill("Danke für das Gespräch.");
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(staffPage.getByRole("list", { name: "Nachrichten" })).toContainText("Danke für das Gespräch.");
  } finally {
    await staffContext.close();
  }
});

test("a refused camera shows a clear message on either side; the caller learns the call was not answered", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, "video calls need JavaScript");
  const { id, token, staffContext, staffPage } = await acceptedConversation(page, browser, testInfo, "Demo Kamera");
  try {
    await page.addInitScript(refuseMedia);
    await page.goto(`/chat/${token}`);
    await expect(page.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();
    await expect(staffPage.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();

    await staffPage.getByRole("button", { name: "Videoanruf starten" }).click();
    await callSection(page).getByRole("button", { name: "Annehmen", exact: true }).click();
    const alert = callSection(page).getByRole("alert");
    await expect(alert).toContainText("Videoanruf nicht möglich");
    await expect(alert).toContainText("Der Zugriff auf Kamera oder Mikrofon wurde nicht erlaubt.");
    await expect(alert).toContainText("Einstellungen Ihres Browsers");
    await expect(page.getByRole("heading", { name: "Videoanruf" })).toBeFocused();
    await expect(callStatus(staffPage)).toHaveText("Der Anruf wurde nicht angenommen.");
    await expectNoAxeViolations(page, "Kamera verweigert");
    await expectNoAxeViolations(staffPage, "Anruf nicht angenommen (Beratung)");

    // The counsellor's browser refuses too: the message is shown before anything is sent.
    const refusing = await staffContext.newPage();
    await refusing.addInitScript(refuseMedia);
    await refusing.goto(`/verwaltung/gespraeche/${id}`);
    await expect(refusing.getByText("Neue Nachrichten erscheinen hier sofort.")).toBeVisible();
    await refusing.getByRole("button", { name: "Nur mit Ton anrufen" }).click();
    await expect(callSection(refusing).getByRole("alert")).toContainText("Der Zugriff auf Kamera oder Mikrofon wurde nicht erlaubt.");
    await expect(refusing.getByRole("button", { name: "Videoanruf starten" })).toBeVisible(); // try again
    await expectNoAxeViolations(refusing, "Kamera verweigert (Beratung)");
    await expect(callSection(page).getByRole("button", { name: "Annehmen", exact: true })).toHaveCount(0); // nothing rang
  } finally {
    await staffContext.close();
  }
});

test("without JavaScript both pages say that video calls need JavaScript, and the chat works", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled !== false, "the no-JS rendering");
  const { token, staffContext, staffPage } = await acceptedConversation(page, browser, testInfo, "Demo Ohne JS");
  try {
    for (const p of [staffPage, page]) {
      if (p === page) await page.goto(`/chat/${token}`);
      await expect(callSection(p)).toContainText("Für Videoanrufe wird JavaScript benötigt. Den Chat können Sie auch ohne JavaScript nutzen.");
      await expect(callSection(p).getByRole("button")).toHaveCount(0);
      await expectNoAxeViolations(p, "Videoanruf ohne JavaScript");
    }
    await page.getByLabel("Ihre Nachricht").fill("Ohne JavaScript geschrieben.");
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(page.getByText("Ihre Nachricht ist gesendet.")).toBeVisible();
  } finally {
    await staffContext.close();
  }
});
