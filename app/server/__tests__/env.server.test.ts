import { describe, expect, it } from "vitest";
import { formatEnvErrors, parseEnv } from "../env.server";

const parse = (raw: Record<string, string>) => parseEnv(raw, "/srv/app");

describe("parseEnv", () => {
  it("runs on embedded defaults with nothing set", () => {
    const result = parse({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        PORT: 3000,
        DATA_DIR: "/srv/app/data",
        DEMO_DATA: true,
        PUBLIC_URL: "http://localhost:3000",
        productionMode: false,
        E2E_TEST_ROUTES: false,
      },
    });
  });

  it("turns demo data off by default with an external database, and lets DEMO_DATA override", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/sozial";
    expect(parse({ DATABASE_URL: url })).toMatchObject({ ok: true, config: { DEMO_DATA: false } });
    expect(parse({ DATABASE_URL: url, DEMO_DATA: "true" })).toMatchObject({ ok: true, config: { DEMO_DATA: true } });
    expect(parse({ DEMO_DATA: "false" })).toMatchObject({ ok: true, config: { DEMO_DATA: false } });
  });

  it.each([
    ["PORT", "abc", "PORT: erwartet eine ganze Zahl"],
    ["PORT", "70000", "PORT: erwartet eine ganze Zahl"],
    ["DATABASE_URL", "nonsense", "DATABASE_URL: erwartet eine URL wie postgresql://"],
    ["DATABASE_URL", "mysql://x@y/z", "DATABASE_URL: erwartet eine URL wie postgresql://"],
    ["REDIS_URL", "localhost:6379", "REDIS_URL: erwartet eine URL wie redis://"],
    ["DEMO_DATA", "ja", "DEMO_DATA: erwartet true oder false"],
    ["SESSION_SECRET", "zu-kurz", "SESSION_SECRET: erwartet mindestens 32 Zeichen"],
    ["LOG_LEVEL", "loud", "LOG_LEVEL: erwartet fatal"],
    ["BARRIEREFREIHEIT_EMAIL", "keine-adresse", "BARRIEREFREIHEIT_EMAIL: erwartet eine E-Mail-Adresse"],
    ["DGS_VIDEO_PATH", "https://cdn.example.org/dgs.mp4", "DGS_VIDEO_PATH: erwartet einen Pfad auf dieser Website"],
    ["DGS_CAPTIONS_PATH", "//cdn.example.org/dgs.vtt", "DGS_CAPTIONS_PATH: erwartet einen Pfad auf dieser Website"],
  ])("rejects %s=%s naming the variable and what is expected", (name, value, message) => {
    const result = parse({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("; ")).toContain(message);
  });

  it("lists every bad variable at once, on one line", () => {
    const result = parse({ PORT: "abc", DATABASE_URL: "nonsense" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    const line = formatEnvErrors(result.errors);
    expect(line).not.toContain("\n");
    expect(line).toMatch(/^Ungültige Konfiguration – PORT: .*; DATABASE_URL: .*\. Siehe \.env\.example\.$/);
  });

  it("requires secrets in production mode with an external database", () => {
    const raw = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/sozial" };
    expect(parse(raw)).toMatchObject({ ok: false, errors: [expect.stringContaining("SESSION_SECRET")] });
    expect(parse({ ...raw, SESSION_SECRET: "x".repeat(32) })).toMatchObject({ ok: false, errors: [expect.stringContaining("MESSAGE_KEY")] });
    const messageKey = Buffer.alloc(32, 7).toString("base64");
    expect(parse({ ...raw, SESSION_SECRET: "x".repeat(32), MESSAGE_KEY: messageKey })).toMatchObject({ ok: false, errors: [expect.stringContaining("TOTP_KEY")] });
    const totpKey = Buffer.alloc(32, 9).toString("base64");
    expect(parse({ ...raw, SESSION_SECRET: "x".repeat(32), MESSAGE_KEY: messageKey, TOTP_KEY: totpKey })).toMatchObject({ ok: true, config: { productionMode: true } });
    expect(parse({ TOTP_KEY: "zu-kurz" })).toMatchObject({ ok: false, errors: [expect.stringContaining("TOTP_KEY")] });
    expect(parse({ MESSAGE_KEY: "zu-kurz" })).toMatchObject({ ok: false, errors: [expect.stringContaining("MESSAGE_KEY")] });
    expect(parse({ ICE_SERVERS: '[{"urls":"stun:stun.example.org"}]' })).toMatchObject({ ok: true, config: { ICE_SERVERS: [{ urls: "stun:stun.example.org" }] } });
    expect(parse({ ICE_SERVERS: "{" })).toMatchObject({ ok: false, errors: [expect.stringContaining("ICE_SERVERS")] });
  });

  it("does not require secrets in production on embedded defaults", () => {
    expect(parse({ NODE_ENV: "production" })).toMatchObject({ ok: true, config: { productionMode: false } });
  });

  it("treats empty values as unset and strips a trailing slash from PUBLIC_URL", () => {
    expect(parse({ PORT: "", PUBLIC_URL: "https://sozial.example.org/" })).toMatchObject({
      ok: true,
      config: { PORT: 3000, PUBLIC_URL: "https://sozial.example.org" },
    });
  });
});

describe("SMTP_FROM", () => {
  it("accepts an address or a name with an address and names the field otherwise", () => {
    for (const value of ["noreply@example.org", "Sozialplattform <noreply@example.org>"]) {
      const result = parse({ SMTP_FROM: value });
      expect(result.ok && result.config.SMTP_FROM).toBe(value);
    }
    const bad = parse({ SMTP_FROM: "kein Absender" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toContain("SMTP_FROM: erwartet eine Absenderadresse");
  });
});
