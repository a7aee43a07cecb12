/** POST-redirect-GET with a one-time message in the cookie session (the management pages' pattern). */
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { FlashMessage } from "../session.server";

export async function redirectWithFlash(request: Request, context: AppLoadContext, to: string, flash: FlashMessage): Promise<Response> {
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  session.flash("flash", flash);
  return redirect(to, { status: 303, headers: { "Set-Cookie": await sessions.commitSession(session) } });
}

/** The flash of this request (once) and the header that clears it; `headers` is undefined without a flash. */
export async function readFlash(request: Request, context: AppLoadContext): Promise<{ flash: FlashMessage | null; headers?: HeadersInit }> {
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  const flash = session.get("flash") ?? null;
  if (!flash) return { flash: null };
  return { flash, headers: { "Set-Cookie": await sessions.commitSession(session) } };
}
