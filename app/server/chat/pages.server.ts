/**
 * What the chat pages share at the edge: form fields as strings, the flash message after
 * POST-redirect-GET, and never caching a page whose address or content is private.
 */
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { FlashMessage } from "../session.server";

export const NO_STORE = { "Cache-Control": "no-store" };

export function formFields(form: FormData): Record<string, string> {
  return Object.fromEntries([...form].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
}

/** 303 to `to` with a flash (success unless said otherwise) shown once on the next page. */
export async function redirectWithFlash(request: Request, context: AppLoadContext, to: string, text: string, kind: FlashMessage["kind"] = "success") {
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  session.flash("flash", { kind, text });
  return redirect(to, { status: 303, headers: { ...NO_STORE, "Set-Cookie": await sessions.commitSession(session) } });
}

/** The flash (if any) and the headers that clear it, plus no-store. */
export async function takeFlash(request: Request, context: AppLoadContext): Promise<{ flash: FlashMessage | null; headers: Record<string, string> }> {
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  const flash = session.get("flash");
  if (!flash) return { flash: null, headers: NO_STORE };
  return { flash, headers: { ...NO_STORE, "Set-Cookie": await sessions.commitSession(session) } };
}
