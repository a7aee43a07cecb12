/**
 * Showing new recovery codes exactly once, with POST-redirect-GET and without JavaScript: the
 * action that makes them puts them, sealed with AES-256-GCM (the TOTP key) and bound to the
 * account, into a short-lived HttpOnly cookie; the page that shows them reads and deletes it.
 * The database keeps only hashes, so after that response nobody can see the codes again.
 */
import { createCookie, type Cookie } from "@remix-run/node";
import type { TotpSecretBox } from "./totp-secret.server";

const MAX_AGE_SECONDS = 10 * 60;

/** The page that shows new codes once, their count and offers new ones. */
export const RECOVERY_CODES_PATH = "/anmelden/wiederherstellungscodes";

/** Path /anmelden: sent to /anmelden/wiederherstellungscodes and its .data requests only below /anmelden. */
export function recoveryDisplayCookie(secure: boolean): Cookie {
  return createCookie(secure ? "__Secure-sp_codes" : "sp_codes", { httpOnly: true, sameSite: "lax", secure, path: "/anmelden", maxAge: MAX_AGE_SECONDS });
}

export async function sealCodesForDisplay(cookie: Cookie, box: TotpSecretBox, benutzerId: string, codes: string[]): Promise<string> {
  return cookie.serialize(box.seal(JSON.stringify({ benutzerId, codes })));
}

/** The codes in the request's cookie if they belong to `benutzerId`, else null. */
export async function openDisplayedCodes(cookie: Cookie, box: TotpSecretBox, request: Request, benutzerId: string): Promise<string[] | null> {
  const value: unknown = await cookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "string" || value.length === 0) return null;
  try {
    const payload = JSON.parse(box.open(value)) as { benutzerId?: unknown; codes?: unknown };
    if (payload.benutzerId !== benutzerId || !Array.isArray(payload.codes)) return null;
    return payload.codes.filter((code): code is string => typeof code === "string");
  } catch {
    return null;
  }
}

export async function clearDisplayedCodes(cookie: Cookie): Promise<string> {
  return cookie.serialize("", { maxAge: 0, expires: new Date(0) });
}
