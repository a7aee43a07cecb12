/**
 * What the login routes share: answering a refused attempt (429 with Retry-After), starting a
 * rotated session and the redirect after it.
 */
import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { authCookie, sessionToken } from "./guard.server";
import { createSession, deleteSession } from "./sessions.server";

export type FormFeedback = { values: Record<string, string>; errors: { fieldId: string; message: string }[] };

/** "in 3 Minuten" / "in einer Minute" for the Retry-After wait. */
export function waitText(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return minutes === 1 ? "in einer Minute" : `in ${minutes} Minuten`;
}

/** 429 with Retry-After; the page says the same in words on the given field. */
export function tooManyAttempts(fieldId: string, retryAfterSeconds: number, values: Record<string, string>) {
  const message = `Zu viele Anmeldeversuche. Bitte versuchen Sie es ${waitText(retryAfterSeconds)} erneut.`;
  return data<FormFeedback>({ values, errors: [{ fieldId, message }] }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/**
 * The form again with what was typed and the errors. Status 200: it is a normal page for the
 * browser (a 4xx would be logged as a failed load); only the limit answers 429.
 */
export function invalidForm(values: Record<string, string>, errors: FormFeedback["errors"]) {
  return data<FormFeedback>({ values, errors }, { status: 200 });
}

/**
 * Replaces the request's session (if any) by a new one and redirects: session fixation is
 * impossible because every step of the login gets a fresh token.
 */
export async function startSession(
  request: Request,
  context: AppLoadContext,
  input: { benutzerId: string; zweiterFaktor: boolean; now: Date; absolutAblauf?: Date; to: string; extraCookies?: string[] },
) {
  const { prisma } = context.services.db;
  const previous = await sessionToken(request, context);
  if (previous) await deleteSession(prisma, previous);
  const token = await createSession(prisma, input);
  const headers = new Headers();
  headers.append("Set-Cookie", await authCookie(context).serialize(token));
  for (const cookie of input.extraCookies ?? []) headers.append("Set-Cookie", cookie);
  return redirect(input.to, { status: 303, headers });
}

/** Secure cookies in production mode or behind https (as the session cookie). */
export function secureCookies(context: AppLoadContext): boolean {
  const { config } = context.services;
  return config.productionMode || config.PUBLIC_URL.startsWith("https:");
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
