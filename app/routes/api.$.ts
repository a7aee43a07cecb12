/**
 * Any address under /api that no endpoint of the API router (app/server/api/router.server.ts)
 * serves: a 404 as problem details, not the HTML page people get.
 */
import { problemResponse, statusProblem } from "../server/api/problem.server";

const notFound = () =>
  problemResponse(
    statusProblem(404, "Nicht gefunden", "Diese Adresse gibt es in der Schnittstelle nicht. Alle Adressen nennt /api/v1/openapi.json."),
  );

export const loader = notFound;
export const action = notFound;
