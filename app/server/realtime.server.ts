/**
 * Socket.io on the same HTTP server and port as the pages. One instance keeps rooms in memory;
 * with REDIS_URL the Redis adapter relays events between instances, so several instances
 * behind a load balancer act as one (docs/operations.md). Foreign origins are refused at the
 * handshake. Namespaces and handlers (chat) register themselves on `io`.
 */
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { Server } from "socket.io";
import type { Logger } from "./logger.server";

export type RealtimeHealth = { ok: boolean; adapter: "memory" | "redis" };

export type Realtime = {
  io: Server;
  adapter: RealtimeHealth["adapter"];
  health(): Promise<RealtimeHealth>;
  close(): Promise<void>;
};

const REDIS_TIMEOUT_MS = 2_000;

export function isAllowedOrigin(origin: string | undefined, host: string | undefined, publicUrl: string): boolean {
  if (origin === undefined) return true; // not a browser: nothing for a foreign page to abuse
  try {
    return origin === new URL(publicUrl).origin || (host !== undefined && new URL(origin).host === host);
  } catch {
    return false; // "null" or garbage
  }
}

async function connectRedis(url: string, logger: Logger) {
  const pub = createClient({ url, socket: { connectTimeout: REDIS_TIMEOUT_MS } });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) {
    client.on("error", (error: Error) => logger.warn({ err: error.message }, "Redis-Verbindung gestört"));
  }
  await Promise.all([pub.connect(), sub.connect()]);
  return { pub, sub };
}

export async function attachRealtime(
  server: HttpServer,
  options: { publicUrl: string; redisUrl?: string; logger: Logger },
): Promise<Realtime> {
  const io = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, callback) => {
      const allowed = isAllowedOrigin(req.headers.origin, req.headers.host, options.publicUrl);
      callback(allowed ? null : "Ursprung nicht erlaubt", allowed);
    },
  });

  if (!options.redisUrl) {
    return {
      io,
      adapter: "memory",
      health: async () => ({ ok: true, adapter: "memory" }),
      close: () => new Promise((resolve) => io.close(() => resolve())),
    };
  }

  const { pub, sub } = await connectRedis(options.redisUrl, options.logger);
  io.adapter(createAdapter(pub, sub));
  return {
    io,
    adapter: "redis",
    async health() {
      try {
        const pong = await Promise.race([
          pub.ping(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), REDIS_TIMEOUT_MS)),
        ]);
        return { ok: pong === "PONG", adapter: "redis" };
      } catch {
        return { ok: false, adapter: "redis" };
      }
    },
    async close() {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
