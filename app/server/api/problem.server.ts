/**
 * Error answers of the public JSON API as problem details (RFC 9457, `application/problem+json`).
 * Every problem has `type`, `title`, `status` and `detail`; invalid facts add `errors`, one entry
 * per bad field with its path in the request (`personen.0.alter`) and a German message, so a
 * client can show the message next to the field. Answers that only repeat the HTTP status use
 * the type "about:blank"; invalid facts have their own type, documented in the OpenAPI document.
 */

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Path inside the OpenAPI document that describes invalid facts; the type URI points there. */
export const UNGUELTIGE_ANGABEN_POINTER = "/components/schemas/UngueltigeAngaben";

export type FeldFehler = { pfad: string; meldung: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FeldFehler[];
};

/** A problem that adds nothing to the HTTP status but a German title and an explanation. */
export function statusProblem(status: number, title: string, detail: string): Problem {
  return { type: "about:blank", title, status, detail };
}

/** 400 for a well-formed JSON body whose facts do not fit the schema. `publicUrl` makes the type absolute. */
export function invalidFactsProblem(publicUrl: string, errors: FeldFehler[]): Problem {
  return {
    type: `${publicUrl}/api/v1/openapi.json#${UNGUELTIGE_ANGABEN_POINTER}`,
    title: "Ungültige Angaben",
    status: 400,
    detail:
      errors.length === 1
        ? "Eine Angabe passt nicht. Die Liste errors nennt das Feld."
        : `${errors.length} Angaben passen nicht. Die Liste errors nennt jedes Feld.`,
    errors,
  };
}

/**
 * What an API handler answers: status, headers (with Content-Type) and a body that the API router
 * (router.server.ts) serialises once as JSON straight onto the socket.
 */
export type ApiAnswer = { status: number; headers: Record<string, string>; body: unknown };

export function jsonAnswer(body: unknown, headers: Record<string, string>): ApiAnswer {
  return { status: 200, headers: { "Content-Type": "application/json", ...headers }, body };
}

export function problemAnswer(problem: Problem, headers: Record<string, string> = {}): ApiAnswer {
  return { status: problem.status, headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers }, body: problem };
}

/** The same problem as a Fetch Response, for the Remix catch-all under /api (routes/api.$.ts). */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  const answer = problemAnswer(problem, headers);
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
}

export function methodNotAllowed(allowed: string[]): ApiAnswer {
  return problemAnswer(
    statusProblem(405, "Methode nicht erlaubt", `Diese Adresse nimmt nur ${allowed.join(" und ")} an.`),
    { Allow: allowed.join(", ") },
  );
}
