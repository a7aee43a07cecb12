/**
 * The edge of every JSON API handler: the body size limit (enforced before Remix by the Express
 * middleware in app.server.ts), reading a JSON body with the right content type, and turning a
 * truly unexpected error into a logged 500 problem instead of Remix's plain-text error.
 */
import type { AppLoadContext } from "@remix-run/node";
import { problemResponse, statusProblem } from "./problem.server";

/** Largest request body the API accepts; a household's facts need a few kilobytes. */
export const API_MAX_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** True for "application/json", optionally with "charset=utf-8"; other charsets are refused. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [mediaType, ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json") return false;
  return parameters.every((parameter) => !parameter.startsWith("charset=") || parameter.replace(/"/g, "") === "charset=utf-8");
}

export async function readJsonBody(request: Request): Promise<JsonBody> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return {
      ok: false,
      response: problemResponse(
        statusProblem(415, "Falscher Inhaltstyp", "Bitte senden Sie die Angaben als JSON mit Content-Type: application/json (UTF-8)."),
        { "Accept-Post": "application/json" },
      ),
    };
  }
  let text: string;
  try {
    text = utf8.decode(await request.arrayBuffer());
  } catch {
    return { ok: false, response: invalidJson("Der Inhalt ist kein gültiger UTF-8-Text.") };
  }
  if (text.trim() === "") return { ok: false, response: invalidJson("Der Inhalt ist leer. Erwartet wird ein JSON-Objekt.") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: invalidJson("Der Inhalt ist kein gültiges JSON.") };
  }
}

function invalidJson(detail: string): Response {
  return problemResponse(statusProblem(400, "Ungültiges JSON", detail));
}

/**
 * Runs an API handler. Expected failures are already problem responses; anything thrown is a
 * bug: logged with the request id (never the body, which holds personal data) and answered 500.
 */
export async function answerApi(context: AppLoadContext, handler: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    context.services.logger.error({ reqId: context.requestId, err: error instanceof Error ? error.message : String(error) }, "api");
    return problemResponse(
      statusProblem(500, "Technischer Fehler", "Die Anfrage konnte wegen eines Fehlers bei uns nicht beantwortet werden. Bitte versuchen Sie es später noch einmal."),
    );
  }
}
