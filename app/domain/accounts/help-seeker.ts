/**
 * The optional account of a help seeker (role ratsuchend, issue 5 point 5): what registration
 * accepts, and the values that replace personal data when the account is deleted (DSGVO Art. 17).
 * Pure: the form fields in, a verdict with German messages out.
 *
 * A pseudonym is the login name, so it must not look like an e-mail address (the login tells the
 * two apart by "@"), and it is compared lower-cased and trimmed (as the database stores it).
 */
import { z } from "zod";
import { checkPassword, PASSWORD_POLICY_MESSAGES } from "./password-policy";

export const KONTO_PSEUDONYM_MIN_LENGTH = 3;
export const KONTO_PSEUDONYM_MAX_LENGTH = 40;

/** Where a logged-in help seeker lands (login, registration). */
export const KONTO_PATH = "/konto";

/** Name written into an appointment whose help seeker deleted the account. */
export const GELOESCHT_NAME = "Gelöscht";
/** Cancellation reason the centre sees for a future appointment cancelled by an account deletion. */
export const STORNO_GRUND_KONTO_GELOESCHT = "Abgesagt, weil die ratsuchende Person ihr Konto gelöscht hat.";

export type RegistrationFieldId = "pseudonym" | "email" | "passwort" | "passwortWiederholung" | "datenschutz";
export type RegistrationError = { fieldId: RegistrationFieldId; message: string };
export type RegistrationValues = { pseudonym: string; email: string; datenschutz: string };

export type RegistrationReading =
  | { ok: true; values: RegistrationValues; pseudonym: string; anzeigename: string; email: string | null; passwort: string }
  | { ok: false; values: RegistrationValues; errors: RegistrationError[] };

const PSEUDONYM_CHARS = /^[\p{L}\p{N} ._-]+$/u;
const emailSchema = z.email().max(200);

/** Lower-cased and trimmed, as stored in benutzer.pseudonym and looked up by the login. */
export function normalisePseudonym(value: string): string {
  return value.trim().toLowerCase();
}

function pseudonymError(pseudonym: string): string | null {
  const length = [...pseudonym].length;
  if (length === 0) return "Bitte wählen Sie ein Pseudonym. Mit ihm melden Sie sich an.";
  if (length < KONTO_PSEUDONYM_MIN_LENGTH) return `Das Pseudonym ist zu kurz. Bitte verwenden Sie mindestens ${KONTO_PSEUDONYM_MIN_LENGTH} Zeichen.`;
  if (length > KONTO_PSEUDONYM_MAX_LENGTH) return `Das Pseudonym ist zu lang. Bitte verwenden Sie höchstens ${KONTO_PSEUDONYM_MAX_LENGTH} Zeichen.`;
  if (!PSEUDONYM_CHARS.test(pseudonym)) return "Bitte verwenden Sie im Pseudonym nur Buchstaben, Ziffern, Leerzeichen, Punkt, Binde- und Unterstrich.";
  return null;
}

/** Reads the registration form. Passwords are never echoed back in `values`. */
export function readRegistration(form: Record<string, string | undefined>): RegistrationReading {
  const anzeigename = (form.pseudonym ?? "").trim().replace(/\s+/g, " ");
  const email = (form.email ?? "").trim();
  const passwort = form.passwort ?? "";
  const wiederholung = form.passwortWiederholung ?? "";
  const values: RegistrationValues = { pseudonym: anzeigename, email, datenschutz: form.datenschutz === "ja" ? "ja" : "" };
  const errors: RegistrationError[] = [];
  const pseudonymProblem = pseudonymError(anzeigename);
  if (pseudonymProblem) errors.push({ fieldId: "pseudonym", message: pseudonymProblem });
  if (email && !emailSchema.safeParse(email).success) errors.push({ fieldId: "email", message: "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org – oder lassen Sie das Feld leer." });
  const verdict = checkPassword(passwort, { identifiers: [anzeigename, email] });
  if (!verdict.ok) errors.push({ fieldId: "passwort", message: verdict.code === "passwort_fehlt" ? "Bitte wählen Sie ein Passwort." : PASSWORD_POLICY_MESSAGES[verdict.code] });
  else if (wiederholung !== passwort) errors.push({ fieldId: "passwortWiederholung", message: "Die beiden Passwörter stimmen nicht überein. Bitte geben Sie es zweimal gleich ein." });
  if (values.datenschutz !== "ja") errors.push({ fieldId: "datenschutz", message: "Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben." });
  if (errors.length > 0) return { ok: false, values, errors };
  return { ok: true, values, pseudonym: normalisePseudonym(anzeigename), anzeigename, email: email ? email.toLowerCase() : null, passwort };
}

/** The personal fields of an appointment after its help seeker deleted the account. */
export function anonymisedAppointmentFields() {
  return { name: GELOESCHT_NAME, email: null, telefon: null, anliegen: null, benutzerId: null, idempotenzKey: null, anfrageHash: null } as const;
}
