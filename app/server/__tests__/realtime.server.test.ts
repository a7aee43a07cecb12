import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../logger.server";
import { attachRealtime, isAllowedOrigin, type Realtime } from "../realtime.server";

const logger = createLogger("silent");
const open: Array<{ realtime: Realtime; server: Server }> = [];
const clients: Socket[] = [];

async function startInstance(redisUrl?: string) {
  const server = createServer();
  const realtime = await attachRealtime(server, { publicUrl: "http://localhost:3000", redisUrl, logger });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  open.push({ realtime, server });
  return { realtime, url };
}

function client(url: string, extraHeaders: Record<string, string> = {}) {
  const socket = connect(url, { transports: ["websocket"], extraHeaders, reconnection: false });
  clients.push(socket);
  return socket;
}

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  for (const { realtime } of open.splice(0)) await realtime.close();
});

describe("isAllowedOrigin", () => {
  it.each([
    [undefined, "a:1", true],
    ["http://localhost:3000", "other:1", true],
    ["http://127.0.0.1:4000", "127.0.0.1:4000", true],
    ["https://evil.example", "127.0.0.1:4000", false],
    ["null", "127.0.0.1:4000", false],
  ])("origin %s, host %s → %s", (origin, host, expected) => {
    expect(isAllowedOrigin(origin, host, "http://localhost:3000")).toBe(expected);
  });
});

describe("realtime on one instance", () => {
  it("accepts its own origin and reports memory adapter health", async () => {
    const { realtime, url } = await startInstance();
    const socket = client(url);
    await new Promise<void>((resolve, reject) => {
      socket.on("connect", () => resolve());
      socket.on("connect_error", reject);
    });
    expect(await realtime.health()).toEqual({ ok: true, adapter: "memory" });
  });

  it("refuses a foreign origin at the handshake", async () => {
    const { url } = await startInstance();
    const socket = client(url, { Origin: "https://evil.example" });
    const error = await new Promise<Error>((resolve) => socket.on("connect_error", resolve));
    expect(error.message).toBeTruthy();
    expect(socket.connected).toBe(false);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("realtime across instances with Redis (TEST_REDIS_URL)", () => {
  it("delivers a room broadcast from instance A to a client of instance B", async () => {
    const a = await startInstance(redisUrl);
    const b = await startInstance(redisUrl);
    b.realtime.io.on("connection", (socket) => socket.join("raum-1"));
    const socket = client(b.url);
    await new Promise<void>((resolve) => socket.on("connect", () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const received = new Promise((resolve) => socket.on("hallo", resolve));
    a.realtime.io.to("raum-1").emit("hallo", { von: "A" });
    expect(await received).toEqual({ von: "A" });
    expect(await a.realtime.health()).toEqual({ ok: true, adapter: "redis" });
  });
});
