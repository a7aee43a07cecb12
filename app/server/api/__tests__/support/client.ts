/** Small HTTP helpers for the contract tests: send, and read the answer with its parsed JSON body. */
import type { Answer } from "./openapi-validator";

export type FullAnswer = Answer & { headers: Headers; text: string };

export async function send(url: string, init: RequestInit = {}): Promise<FullAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  const contentType = response.headers.get("content-type");
  const isJson = contentType !== null && /^application\/(problem\+)?json\b/.test(contentType);
  return { status: response.status, contentType, headers: response.headers, text, body: isJson ? JSON.parse(text) : undefined };
}

/** POSTs raw bytes or text, as given, with a JSON content type unless the headers say otherwise. */
export function postText(url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Promise<FullAnswer> {
  return send(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body });
}

export function postJson(url: string, value: unknown, headers: Record<string, string> = {}): Promise<FullAnswer> {
  return postText(url, JSON.stringify(value), headers);
}

/** A deep copy of `value` with the field at a dotted path ("personen.0.alter") set, or removed for undefined. */
export function withField<T>(value: T, path: string, field: unknown): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = path.split(".");
  const last = parts.pop()!;
  let node: Record<string, unknown> = copy;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  if (field === undefined) delete node[last];
  else node[last] = field;
  return copy as T;
}
