/** Answers of POST /api/v1/gespraeche: zod validation of the body, then the conversation service. */
import { startSchema } from "../../../domain/chat/conversation";
import { chatContext, startConversation } from "../../chat/conversations.server";
import type { Services } from "../../context.server";
import { invalidFactsProblem, problemAnswer, statusProblem, type ApiAnswer } from "../problem.server";
import { idempotencyKeyProblem, zodErrors } from "../termine/termine.server";

/** A replay hands out the conversation's secret token: the key must not be guessable. */
export const IDEMPOTENCY_KEY_MIN_LENGTH = 16;

const NO_STORE = { "Cache-Control": "no-store" };

export const startBody = startSchema.strict();

/** With an Idempotency-Key a repeat of the same request answers with the same conversation (and token). */
export async function startAnswer(services: Services, value: unknown, idempotencyKey: string | null = null): Promise<ApiAnswer> {
  const parsed = startBody.safeParse(value);
  if (!parsed.success) return problemAnswer(invalidFactsProblem(services.config.PUBLIC_URL, zodErrors(parsed.error)));
  const badKey = idempotencyKeyProblem(services.config.PUBLIC_URL, idempotencyKey, IDEMPOTENCY_KEY_MIN_LENGTH);
  if (badKey) return badKey;
  const result = await startConversation(chatContext(services), {
    beratungsstelleId: parsed.data.beratungsstelle_id,
    pseudonym: parsed.data.pseudonym,
    thema: parsed.data.thema,
    idempotencyKey: idempotencyKey ?? undefined,
  });
  if (!result.ok && result.code === "stelle_unbekannt") {
    return problemAnswer(statusProblem(404, "Nicht gefunden", "Diese Beratungsstelle gibt es nicht oder sie ist nicht veröffentlicht."));
  }
  if (!result.ok && result.code === "idempotenz_konflikt") {
    return problemAnswer(statusProblem(422, "Schlüssel schon verwendet", "Dieser Idempotency-Key gehört zu einem Gespräch mit anderen Angaben. Verwenden Sie für ein neues Gespräch einen neuen Schlüssel."));
  }
  if (!result.ok) {
    return problemAnswer(statusProblem(422, "Kein Chat", "Diese Beratungsstelle bietet keine Online-Beratung im Chat an. Die Kontaktwege stehen auf ihrer Seite."));
  }
  return {
    status: 201,
    headers: { "Content-Type": "application/json", ...NO_STORE },
    body: { gespraech_id: result.gespraechId, token: result.token, fortsetzen_url: result.fortsetzenUrl },
  };
}
