/**
 * Password policy (issue 5, following NIST SP 800-63B section 5.1.1.2 and the BSI
 * IT-Grundschutz ORP.4.A23): at least 12 characters, at most 128, no composition rules (no
 * "one digit, one capital"), any Unicode character including spaces, and the password must not
 * be in the list of common passwords nor equal the account's own e-mail address or pseudonym.
 *
 * Length counts Unicode code points of the NFC form, so "ä" is one character however it was
 * typed. The common-password list (zxcvbn, MIT licence, data/common-passwords.generated.ts) is
 * compared case-insensitively and turned into a Set once, on first use.
 *
 * Failures are values with stable codes; the codes double as keys of PASSWORD_POLICY_MESSAGES.
 */
import { COMMON_PASSWORDS_TEXT } from "./data/common-passwords.generated";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordPolicyCode = "passwort_fehlt" | "passwort_zu_kurz" | "passwort_zu_lang" | "passwort_zu_haeufig" | "passwort_gleich_kennung";

export type PasswordVerdict = { ok: true } | { ok: false; code: PasswordPolicyCode };

export const PASSWORD_POLICY_MESSAGES: Record<PasswordPolicyCode, string> = {
  passwort_fehlt: "Bitte geben Sie ein neues Passwort ein.",
  passwort_zu_kurz: `Das Passwort ist zu kurz. Bitte verwenden Sie mindestens ${PASSWORD_MIN_LENGTH} Zeichen – zum Beispiel mehrere Wörter hintereinander.`,
  passwort_zu_lang: `Das Passwort ist zu lang. Bitte verwenden Sie höchstens ${PASSWORD_MAX_LENGTH} Zeichen.`,
  passwort_zu_haeufig: "Dieses Passwort ist sehr verbreitet und deshalb leicht zu erraten. Bitte wählen Sie ein anderes.",
  passwort_gleich_kennung: "Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihr Pseudonym sein. Bitte wählen Sie ein anderes.",
};

/** The hint shown under every new-password field. */
export const PASSWORD_HINT = `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen. Leerzeichen, Umlaute und Sonderzeichen sind erlaubt, aber nicht vorgeschrieben. Gut merkbar sind mehrere Wörter hintereinander.`;

function normalise(value: string): string {
  return value.normalize("NFC").toLowerCase();
}

/** Number of Unicode code points (not UTF-16 units), after NFC. */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

let common: ReadonlySet<string> | undefined;

/** The common-password list as a Set, built on first use. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split("\n"));
  return common;
}

export function isCommonPassword(password: string, list: ReadonlySet<string> = commonPasswords()): boolean {
  return list.has(normalise(password));
}

/**
 * Checks a new password. `identifiers`: the account's e-mail address and/or pseudonym (compared
 * case-insensitively, ignoring surrounding spaces). `list` is for tests; by default the common list.
 */
export function checkPassword(password: string, options: { identifiers?: readonly (string | null | undefined)[]; list?: ReadonlySet<string> } = {}): PasswordVerdict {
  if (password.length === 0) return { ok: false, code: "passwort_fehlt" };
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: "passwort_zu_kurz" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: "passwort_zu_lang" };
  const candidate = normalise(password);
  const own = (options.identifiers ?? []).filter((value): value is string => Boolean(value && value.trim())).map((value) => normalise(value.trim()));
  if (own.some((identifier) => identifier === candidate || identifier === candidate.trim())) return { ok: false, code: "passwort_gleich_kennung" };
  if (isCommonPassword(password, options.list)) return { ok: false, code: "passwort_zu_haeufig" };
  return { ok: true };
}
