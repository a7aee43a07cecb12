/**
 * The booking endpoints through the real Express app with the real clock: free slots, booking
 * with Idempotency-Key, 409 with alternatives, 400 for a time that is no slot, cancelling with
 * the token, no booking at a withdrawn centre; every answer validated against the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { addDays, localDateOf } from "../../../domain/booking/wall-time";
import { seedBookingCentre, TEST_SECRET, type BookingFixture } from "../../booking/__tests__/booking-fixture";
import { openApiDocument } from "../openapi.server";
import { PUBLIC_URL, startApiServer, type ApiServer } from "./support/api-app";
import { postJson, send } from "./support/client";
import { createValidator } from "./support/openapi-validator";

const validator = createValidator(openApiDocument(PUBLIC_URL));
type FreeSlot = { start: string; ende: string; art: string; berater_id: string };

describe.each(testDatabaseKinds)("API Termine (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fixture: BookingFixture;
  let server: ApiServer;
  const today = localDateOf(new Date(), "Europe/Berlin");

  beforeAll(async () => {
    fixture = await seedBookingCentre(database().prisma, `api-${kind}`);
    server = await startApiServer({}, { db: database(), bookingSecret: TEST_SECRET });
  });
  afterAll(() => server?.close());

  async function freeSlots(art = "telefon"): Promise<FreeSlot[]> {
    const answer = await send(`${server.base}/api/v1/beratungsstellen/${fixture.beratungsstelleId}/termine?von=${addDays(today, 1)}&bis=${addDays(today, 14)}&art=${art}`);
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    expect(validator.answerErrors("/api/v1/beratungsstellen/{id}/termine", "get", answer)).toBe("");
    return (answer.body as { termine: FreeSlot[] }).termine;
  }
  const body = (start: string) => ({ beratungsstelle_id: fixture.beratungsstelleId, start, art: "telefon", name: "Pseudonym Kiwi" });
  const post = async (value: unknown, headers: Record<string, string> = {}) => {
    const answer = await postJson(`${server.base}/api/v1/termine`, value, headers);
    expect(validator.answerErrors("/api/v1/termine", "post", answer)).toBe("");
    return answer;
  };

  it("lists free slots with offsets, books one idempotently, refuses a second booking with alternatives", async () => {
    const slots = await freeSlots();
    expect(slots.length).toBeGreaterThan(10);
    expect(slots[0]!.start).toMatch(/[+-]0[12]:00$/);
    const start = slots[1]!.start;
    const first = await post(body(start), { "Idempotency-Key": `k-${kind}` });
    expect(first.status, first.text).toBe(201);
    const again = await post(body(start), { "Idempotency-Key": `k-${kind}` });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const changed = await post({ ...body(start), name: "Jemand anderes" }, { "Idempotency-Key": `k-${kind}` });
    expect(changed.status).toBe(422);

    const lost = await post(body(start));
    expect(lost.status).toBe(409);
    const alternativen = (lost.body as { alternativen: FreeSlot[] }).alternativen;
    expect(alternativen).toHaveLength(3);
    expect(alternativen.map((a) => a.start)).not.toContain(start);
    expect((await freeSlots()).map((s) => s.start)).not.toContain(start);
  });

  it("answers 400 for invalid input and for a time that is not a slot", async () => {
    const invalid = await post({ ...body("morgen"), name: "" });
    expect(invalid.status).toBe(400);
    expect((invalid.body as { errors: { pfad: string }[] }).errors.map((e) => e.pfad).sort()).toEqual(["name", "start"]);
    const past = await post(body("2020-01-06T09:00:00+01:00"));
    expect(past.status).toBe(400);
    const badRange = await send(`${server.base}/api/v1/beratungsstellen/${fixture.beratungsstelleId}/termine?von=${today}&bis=${addDays(today, 90)}`);
    expect(badRange.status).toBe(400);
  });

  it("refuses to book at a withdrawn centre (404), as it lists no slots for it", async () => {
    const start = (await freeSlots())[7]!.start;
    const { prisma } = database();
    await prisma.beratungsstelle.update({ where: { id: fixture.beratungsstelleId }, data: { veroeffentlicht: false } });
    try {
      const refused = await post(body(start));
      expect(refused.status, refused.text).toBe(404);
      expect(await prisma.termin.count({ where: { beratungsstelleId: fixture.beratungsstelleId, beginn: new Date(start) } })).toBe(0);
    } finally {
      await prisma.beratungsstelle.update({ where: { id: fixture.beratungsstelleId }, data: { veroeffentlicht: true } });
    }
  });

  it("cancels with the token (Bearer or ?token=), 404 with a wrong one, and the slot is free again", async () => {
    const start = (await freeSlots())[5]!.start;
    const booked = await post(body(start));
    expect(booked.status).toBe(201);
    const { buchungscode, verwalten_url } = booked.body as { buchungscode: string; verwalten_url: string };
    const token = verwalten_url.split("/").pop()!;
    const wrong = await send(`${server.base}/api/v1/termine/${buchungscode}`, { method: "DELETE", headers: { Authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(404);
    expect(validator.answerErrors("/api/v1/termine/{buchungscode}", "delete", wrong)).toBe("");
    const ok = await send(`${server.base}/api/v1/termine/${buchungscode}?token=${token}`, { method: "DELETE" });
    expect(ok.status).toBe(204);
    expect((await freeSlots()).map((s) => s.start)).toContain(start);
  });
});
