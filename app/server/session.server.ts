/**
 * The cookie session for flash messages and, later, the server-side session id. HttpOnly,
 * SameSite=Lax, Secure in production mode or whenever the public URL is https.
 */
import { createCookieSessionStorage, type SessionStorage } from "@remix-run/node";

export type FlashMessage = { kind: "success" | "info" | "warning" | "danger"; text: string };
export type SessionData = Record<string, never>;
export type SessionFlashData = { flash: FlashMessage };
export type AppSessionStorage = SessionStorage<SessionData, SessionFlashData>;

export function createSessionStorage(options: { secret: string; secure: boolean }): AppSessionStorage {
  return createCookieSessionStorage<SessionData, SessionFlashData>({
    cookie: {
      name: "__sp_session",
      httpOnly: true,
      sameSite: "lax",
      secure: options.secure,
      path: "/",
      secrets: [options.secret],
      maxAge: 60 * 60 * 12,
    },
  });
}
