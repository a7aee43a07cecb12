/**
 * The edge of every JSON API handler: the body size limit (enforced by the Express middleware in
 * app.server.ts before any handler runs), reading a JSON body with the right content type, and
 * turning a truly unexpected error into a logged 500 problem instead of a crash.
 */
import type { Logger } from "../logger.server";
import { problemAnswer, statusProblem, type ApiAnswer } from "./problem.server";

/** Largest request body the API accepts; a household's facts need a few kilobytes. */
export const API_MAX_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; answer: ApiAnswer };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** True for "application/json", optionally with "charset=utf-8"; other charsets are refused. */
export function isJsonContentType(header: string | null | undefined): boolean {
  if (header === null || header === undefined) return false;
  const [mediaType, ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json") return false;
  return parameters.every((parameter) => !parameter.startsWith("charset=") || parameter.replace(/"/g, "") === "charset=utf-8");
}

/** The body's bytes as JSON, given the request's Content-Type header. */
export function readJsonBody(contentType: string | null | undefined, bytes: Uint8Array): JsonBody {
  if (!isJsonContentType(contentType)) {
    return {
      ok: false,
      answer: problemAnswer(
        statusProblem(415, "Falscher Inhaltstyp", "Bitte senden Sie die Angaben als JSON mit Content-Type: application/json (UTF-8)."),
        { "Accept-Post": "application/json" },
      ),
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, answer: invalidJson("Der Inhalt ist kein gültiger UTF-8-Text.") };
  }
  if (text.trim() === "") return { ok: false, answer: invalidJson("Der Inhalt ist leer. Erwartet wird ein JSON-Objekt.") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, answer: invalidJson("Der Inhalt ist kein gültiges JSON.") };
  }
}

function invalidJson(detail: string): ApiAnswer {
  return problemAnswer(statusProblem(400, "Ungültiges JSON", detail));
}

/**
 * Runs an API handler. Expected failures are already problem answers; anything thrown is a
 * bug: logged with the request id (never the body, which holds personal data) and answered 500.
 */
export async function answerApi(
  log: { logger: Pick<Logger, "error">; requestId: string },
  handler: () => Promise<ApiAnswer> | ApiAnswer,
): Promise<ApiAnswer> {
  try {
    return await handler();
  } catch (error) {
    log.logger.error({ reqId: log.requestId, err: error instanceof Error ? error.message : String(error) }, "api");
    return problemAnswer(
      statusProblem(500, "Technischer Fehler", "Die Anfrage konnte wegen eines Fehlers bei uns nicht beantwortet werden. Bitte versuchen Sie es später noch einmal."),
    );
  }
}
