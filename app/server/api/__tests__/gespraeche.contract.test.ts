/**
 * POST /api/v1/gespraeche through the real Express app: 201 with token and continue link (the
 * conversation waits in the centre's list), a suggested pseudonym when none is given, 400 with
 * every bad field, 404 for an unknown or unpublished centre, 422 for a centre without chat,
 * 415 for a wrong content type; with an Idempotency-Key a repeat gives the same conversation and
 * token (another body with the same key 422, a short key 400); every answer validated against
 * the OpenAPI document.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBeratungsstelle, buildTraeger } from "../../../../tests/factories/centres";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { createMessageCipher } from "../../chat/crypto.server";
import { createChatStore, type ChatStore } from "../../chat/store.server";
import { openApiDocument } from "../openapi.server";
import { PUBLIC_URL, startApiServer, type ApiServer } from "./support/api-app";
import { postJson, postText } from "./support/client";
import { createValidator } from "./support/openapi-validator";

const validator = createValidator(openApiDocument(PUBLIC_URL));

describe.each(testDatabaseKinds)("API Gespräche (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let server: ApiServer;
  let store: ChatStore;
  const ids = { chat: "", ohneChat: "", entwurf: "" };

  beforeAll(async () => {
    const { prisma } = database();
    const traeger = await prisma.traeger.create({ data: buildTraeger(0, { name: `Demo-Träger Chat ${kind}` }) });
    const centre = (index: number, overrides: Parameters<typeof buildBeratungsstelle>[2]) =>
      prisma.beratungsstelle.create({ data: buildBeratungsstelle(index, traeger.id, { slug: `chat-api-${kind}-${index}`, ...overrides }), select: { id: true } });
    ids.chat = (await centre(0, { kanaele: ["chat", "email"] })).id;
    ids.ohneChat = (await centre(1, { kanaele: ["vor_ort", "telefon"] })).id;
    ids.entwurf = (await centre(2, { kanaele: ["chat"], veroeffentlicht: false })).id;
    store = createChatStore(prisma, createMessageCipher(randomBytes(32).toString("base64")));
    server = await startApiServer({}, { db: database(), chat: store });
  });
  afterAll(() => server?.close());

  const post = async (value: unknown, headers: Record<string, string> = {}) => {
    const answer = await postJson(`${server.base}/api/v1/gespraeche`, value, headers);
    expect(validator.answerErrors("/api/v1/gespraeche", "post", answer), answer.text).toBe("");
    return answer;
  };

  it("starts a conversation: 201 with id, token and continue link; it waits in the centre's list", async () => {
    const answer = await post({ beratungsstelle_id: ids.chat, pseudonym: "Stille Eule 12", thema: "Schulden" });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const body = answer.body as { gespraech_id: string; token: string; fortsetzen_url: string };
    expect(body.fortsetzen_url).toBe(`${PUBLIC_URL}/chat/${body.token}`);
    const stored = await store.byToken(body.token);
    expect(stored).toMatchObject({ id: body.gespraech_id, beratungsstelleId: ids.chat, pseudonym: "Stille Eule 12", thema: "Schulden", status: "wartend" });
    expect(stored?.tokenHash).not.toBe(body.token);
  });

  it("suggests a pseudonym when none is given", async () => {
    const answer = await post({ beratungsstelle_id: ids.chat });
    expect(answer.status).toBe(201);
    const stored = await store.byToken((answer.body as { token: string }).token);
    expect(stored?.pseudonym).toMatch(/^\p{L}+ \p{L}+ \d{2}$/u);
  });

  it("answers 400 with every bad field, also for unknown fields", async () => {
    const invalid = await post({ beratungsstelle_id: "keine-uuid", pseudonym: "<b>x</b>", thema: "x".repeat(61) });
    expect(invalid.status).toBe(400);
    expect((invalid.body as { errors: { pfad: string }[] }).errors.map((e) => e.pfad).sort()).toEqual(["beratungsstelle_id", "pseudonym", "thema"]);
    const extra = await post({ beratungsstelle_id: ids.chat, name: "Echter Name" });
    expect(extra.status).toBe(400);
  });

  it("answers 404 for an unknown or unpublished centre and 422 for a centre without chat", async () => {
    expect((await post({ beratungsstelle_id: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await post({ beratungsstelle_id: ids.entwurf })).status).toBe(404);
    const noChat = await post({ beratungsstelle_id: ids.ohneChat });
    expect(noChat.status).toBe(422);
    expect(noChat.contentType).toContain("application/problem+json");
  });

  it("with an Idempotency-Key a repeat returns the same conversation and token; another body with the key is 422", async () => {
    const key = { "Idempotency-Key": randomBytes(16).toString("hex") };
    const first = await post({ beratungsstelle_id: ids.chat }, key);
    const again = await post({ beratungsstelle_id: ids.chat }, key);
    expect(first.status, first.text).toBe(201);
    expect(again.status, again.text).toBe(201);
    expect(again.body).toEqual(first.body);
    const { prisma } = database();
    const body = first.body as { gespraech_id: string; token: string };
    expect(await prisma.gespraech.count({ where: { beratungsstelleId: ids.chat, id: body.gespraech_id } })).toBe(1);
    const stored = await store.byToken(body.token);
    expect(stored?.id).toBe(body.gespraech_id);
    expect(stored?.idempotenzSchluessel).not.toBe(key["Idempotency-Key"]);
    const other = await post({ beratungsstelle_id: ids.chat, thema: "Miete" }, key);
    expect(other.status).toBe(422);
    // Without a key, two requests are two conversations.
    const a = (await post({ beratungsstelle_id: ids.chat })).body as { gespraech_id: string };
    const b = (await post({ beratungsstelle_id: ids.chat })).body as { gespraech_id: string };
    expect(a.gespraech_id).not.toBe(b.gespraech_id);
  });

  it("answers 400 for an Idempotency-Key shorter than 16 characters (a replay hands out the token)", async () => {
    const answer = await post({ beratungsstelle_id: ids.chat }, { "Idempotency-Key": "1" });
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: { pfad: string }[] }).errors.map((e) => e.pfad)).toEqual(["Idempotency-Key"]);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const answer = await postText(`${server.base}/api/v1/gespraeche`, "beratungsstelle_id=x", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(answer.status).toBe(415);
    expect(validator.answerErrors("/api/v1/gespraeche", "post", answer)).toBe("");
  });
});
