/**
 * Structured logs (pino). Request logs carry the request id, method, path without query,
 * status and duration — never query strings, bodies, cookies or form contents, which may hold
 * personal or special-category data (ARCHITECTURE.md rule 8).
 */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "sozialplattform" },
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.token"], remove: true },
  });
}
