import { describe, expect, it } from "vitest";
import {
  checkPassword,
  commonPasswords,
  isCommonPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_POLICY_MESSAGES,
  passwordLength,
  type PasswordPolicyCode,
} from "../password-policy";

const cases: Array<[string, string, PasswordPolicyCode | "ok", { identifiers?: string[] }?]> = [
  ["empty", "", "passwort_fehlt"],
  ["11 characters", "abcdefghijk", "passwort_zu_kurz"],
  ["12 characters, only lower case (no composition rules)", "pferdbatterie", "ok"],
  ["exactly 12", "kürbissuppen", "ok"],
  ["spaces are characters", "drei kleine wörter", "ok"],
  ["11 code points although 12 UTF-16 units (emoji)", "🙂abcdefghij", "passwort_zu_kurz"],
  ["12 code points with an emoji", "🙂abcdefghijk", "ok"],
  ["decomposed umlauts count once (NFC)", "a\u0308a\u0308a\u0308a\u0308a\u0308a\u0308bbbbb", "passwort_zu_kurz"],
  ["at the maximum", "x".repeat(PASSWORD_MAX_LENGTH - 1) + "y", "ok"],
  ["over the maximum", "x".repeat(PASSWORD_MAX_LENGTH + 1), "passwort_zu_lang"],
  ["common password", "qwerty123456", "passwort_zu_haeufig"],
  ["common password in other case", "QWERTY123456", "passwort_zu_haeufig"],
  ["common password, mixed case", "LeaveMeAlone", "passwort_zu_haeufig"],
  ["own e-mail address", "erika.demo@example.org", "passwort_gleich_kennung", { identifiers: ["erika.demo@example.org"] }],
  ["own e-mail in other case", "Erika.Demo@Example.org", "passwort_gleich_kennung", { identifiers: ["erika.demo@example.org"] }],
  ["own pseudonym", "sonnenblume-77", "passwort_gleich_kennung", { identifiers: [null as unknown as string, "Sonnenblume-77"] }],
  ["someone else's address is fine", "erika.demo@example.org", "ok", { identifiers: ["max.demo@example.org"] }],
];

describe("checkPassword", () => {
  it.each(cases)("%s", (_name, password, expected, options) => {
    const verdict = checkPassword(password, options);
    expect(verdict.ok ? "ok" : verdict.code).toBe(expected);
  });

  it("has a German message for every code", () => {
    for (const [, , code] of cases) {
      if (code !== "ok") expect(PASSWORD_POLICY_MESSAGES[code]).toMatch(/[A-ZÄÖÜ].+\.$/);
    }
    expect(PASSWORD_POLICY_MESSAGES.passwort_zu_kurz).toContain(String(PASSWORD_MIN_LENGTH));
  });
});

describe("common-password list", () => {
  it("is the real zxcvbn list with more than 10,000 entries, loaded once", () => {
    expect(commonPasswords().size).toBeGreaterThan(10_000);
    expect(commonPasswords()).toBe(commonPasswords());
    expect(commonPasswords().has("password")).toBe(true);
    expect(commonPasswords().has("123456")).toBe(true);
  });

  it("compares case-insensitively", () => {
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(isCommonPassword("eine ziemlich lange Wortfolge")).toBe(false);
  });

  it("accepts a custom list", () => {
    expect(checkPassword("Demo-Passwort-Liste", { list: new Set(["demo-passwort-liste"]) })).toEqual({ ok: false, code: "passwort_zu_haeufig" });
  });

  it("counts code points", () => {
    expect(passwordLength("🙂")).toBe(1);
    expect(passwordLength("a\u0308")).toBe(1);
  });
});
