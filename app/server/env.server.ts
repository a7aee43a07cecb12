/**
 * The one configuration module. `parseEnv` reads the environment once at boot and either
 * returns a typed config or the list of bad variables, each named with what is expected, so
 * the process can stop with one clear line (see index.server.ts). Nothing else reads
 * `process.env`.
 */
import path from "node:path";
import { z } from "zod";

const bool = (fallback?: boolean) =>
  z
    .enum(["true", "false"], { error: "erwartet true oder false" })
    .transform((v) => v === "true")
    .optional()
    .transform((v) => v ?? fallback);

const urlWithProtocols = (protocols: string[], example: string) =>
  z
    .string()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { error: `erwartet eine URL wie ${example}` },
    )
    .optional();

// Media must come from this site (CSP media-src 'self'): a path, not a URL on another host.
const sameOriginPath = (example: string) =>
  z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/, { error: `erwartet einen Pfad auf dieser Website wie ${example}` })
    .optional();

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      error: "erwartet development, production oder test",
    })
    .default("development"),
  PORT: z
    .string()
    .regex(/^\d+$/, { error: "erwartet eine ganze Zahl von 0 bis 65535" })
    .transform(Number)
    .refine((n) => n <= 65535, { error: "erwartet eine ganze Zahl von 0 bis 65535" })
    .default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: urlWithProtocols(["postgres:", "postgresql:"], "postgresql://user@host:5432/db"),
  MEILI_HOST: urlWithProtocols(["http:", "https:"], "http://127.0.0.1:7700"),
  MEILI_API_KEY: z.string().min(1).optional(),
  REDIS_URL: urlWithProtocols(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
  SMTP_URL: urlWithProtocols(["smtp:", "smtps:"], "smtp://user:pass@mail.example.org:587"),
  /** Sender of outgoing mail; default "Sozialplattform <noreply@host of PUBLIC_URL>". */
  SMTP_FROM: z
    .string()
    .regex(/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/, { error: "erwartet eine Absenderadresse wie Sozialplattform <noreply@example.org>" })
    .optional(),
  SESSION_SECRET: z.string().min(32, { error: "erwartet mindestens 32 Zeichen" }).optional(),
  PUBLIC_URL: urlWithProtocols(["http:", "https:"], "https://sozialplattform.example.org"),
  DATA_DIR: z.string().min(1).default("./data"),
  DEMO_DATA: bool(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "erwartet fatal, error, warn, info, debug, trace oder silent",
    })
    .default("info"),
  TRUST_PROXY: z
    .string()
    .regex(/^\d+$/, { error: "erwartet die Anzahl vertrauenswürdiger Proxys (0, 1, 2 …)" })
    .transform(Number)
    .default(0),
  RATE_LIMIT_PER_MINUTE: z
    .string()
    .regex(/^[1-9]\d*$/, { error: "erwartet eine positive ganze Zahl" })
    .transform(Number)
    .default(600),
  E2E_TEST_ROUTES: bool(false),
  BARRIEREFREIHEIT_EMAIL: z.email({ error: "erwartet eine E-Mail-Adresse wie barrierefreiheit@example.org" }).optional(),
  DGS_VIDEO_PATH: sameOriginPath("/medien/dgs-startseite.mp4"),
  DGS_CAPTIONS_PATH: sameOriginPath("/medien/dgs-startseite.vtt"),
  MESSAGE_KEY: z
    .string()
    .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32, {
      error: "erwartet 32 Bytes in Base64 (z. B. openssl rand -base64 32)",
    })
    .optional(),
  TOTP_KEY: z
    .string()
    .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32, {
      error: "erwartet 32 Bytes in Base64 (z. B. openssl rand -base64 32)",
    })
    .optional(),
  CHAT_DELETE_CLOSED_AFTER_HOURS: z.string().regex(/^[1-9]\d*$/, { error: "erwartet eine positive ganze Zahl (Stunden)" }).transform(Number).default(48),
  CHAT_DELETE_IDLE_AFTER_DAYS: z.string().regex(/^[1-9]\d*$/, { error: "erwartet eine positive ganze Zahl (Tage)" }).transform(Number).default(30),
  ICE_SERVERS: z
    .string()
    .transform((value, ctx) => {
      try {
        const parsed: unknown = JSON.parse(value);
        if (Array.isArray(parsed) && parsed.every((entry) => typeof entry === "object" && entry !== null && "urls" in entry)) {
          return parsed as Array<{ urls: string | string[]; username?: string; credential?: string }>;
        }
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: 'erwartet JSON wie [{"urls":"stun:stun.example.org:3478"}]' });
      return z.NEVER;
    })
    .default([]),
});

type Raw = z.infer<typeof schema>;

export type Config = Omit<Raw, "DEMO_DATA" | "DATA_DIR" | "PUBLIC_URL" | "E2E_TEST_ROUTES"> & {
  DATA_DIR: string;
  DEMO_DATA: boolean;
  PUBLIC_URL: string;
  E2E_TEST_ROUTES: boolean;
  /** NODE_ENV=production with DATABASE_URL: a real deployment. Secrets must come from the environment, cookies are Secure. */
  productionMode: boolean;
};

export type EnvResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Empty strings count as unset, as in most .env tooling. */
function withoutEmpty(raw: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
}

export function parseEnv(raw: Record<string, string | undefined>, cwd = process.cwd()): EnvResult {
  const parsed = schema.safeParse(withoutEmpty(raw));
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    return { ok: false, errors };
  }
  const env = parsed.data;
  const productionMode = env.NODE_ENV === "production" && env.DATABASE_URL !== undefined;
  if (productionMode && !env.SESSION_SECRET) {
    return {
      ok: false,
      errors: ["SESSION_SECRET: in Produktion mit DATABASE_URL erforderlich (mindestens 32 Zeichen)"],
    };
  }
  if (productionMode && !env.MESSAGE_KEY) {
    return { ok: false, errors: ["MESSAGE_KEY: in Produktion mit DATABASE_URL erforderlich (32 Bytes Base64)"] };
  }
  if (productionMode && !env.TOTP_KEY) {
    return { ok: false, errors: ["TOTP_KEY: in Produktion mit DATABASE_URL erforderlich (32 Bytes Base64)"] };
  }
  return {
    ok: true,
    config: {
      ...env,
      DATA_DIR: path.resolve(cwd, env.DATA_DIR),
      DEMO_DATA: env.DEMO_DATA ?? env.DATABASE_URL === undefined,
      PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
      E2E_TEST_ROUTES: env.E2E_TEST_ROUTES ?? false,
      productionMode,
    },
  };
}

export function formatEnvErrors(errors: string[]): string {
  return `Ungültige Konfiguration – ${errors.join("; ")}. Siehe .env.example.`;
}
