/**
 * Calling route modules' loaders and actions directly in server tests, as Remix would:
 *
 *   const result = await answer(loader({ request: get("/verwaltung", cookie), context, params: {} }));
 *   expect(result.status).toBe(200);
 *
 * `answer` turns whatever comes back — a thrown or returned Response (redirects, 403/404), a
 * single-fetch `data()` object or a plain object — into status, headers and body.
 */
export const TEST_BASE = "http://localhost";

export function get(path: string, cookie?: string): Request {
  return new Request(`${TEST_BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

/**
 * A form POST: application/x-www-form-urlencoded from fields (repeated names as entry pairs), or
 * multipart/form-data from a FormData (file uploads; the boundary is set by Request itself).
 */
export function post(path: string, fields: Record<string, string> | Array<[string, string]> | FormData, cookie?: string): Request {
  const multipart = fields instanceof FormData;
  return new Request(`${TEST_BASE}${path}`, {
    method: "POST",
    body: multipart ? fields : new URLSearchParams(fields),
    headers: { ...(multipart ? {} : { "Content-Type": "application/x-www-form-urlencoded" }), ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export type Answer = { status: number; headers: Headers; body?: unknown };

export async function answer(value: unknown): Promise<Answer> {
  try {
    value = await value;
  } catch (thrown) {
    value = thrown;
  }
  if (value instanceof Response) return { status: value.status, headers: value.headers };
  // Single-fetch `data()` objects carry `init`; plain loader objects are the body themselves.
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    const result = value as { init: { status?: number; headers?: HeadersInit } | null; data: unknown };
    return { status: result.init?.status ?? 200, headers: new Headers(result.init?.headers), body: result.data };
  }
  return { status: 200, headers: new Headers(), body: value };
}
