/**
 * Where the answers of the Leistungs-Check live: only in the user's browser, in a signed
 * cookie of its own (HttpOnly, SameSite=Lax, Secure like the app session). Nothing is stored on
 * the server. The answers expire 24 hours after the first answer – absolutely, not renewed by
 * use – checked here on every read and by the cookie's expiry date in the browser.
 */
import { createHmac } from "node:crypto";
import { createCookieSessionStorage, type Session, type SessionStorage } from "@remix-run/node";
import { z } from "zod";
import { questionnaireEnv } from "../domain/benefits/questionnaire/env";
import { pruneAnswers } from "../domain/benefits/questionnaire/flow";
import type { Answers, QuestionnaireEnv } from "../domain/benefits/questionnaire/types";
import { localDateInBerlin, type LocalDate } from "../domain/shared/dates";
import type { StepFeedback } from "../domain/benefits/questionnaire/validate";

export const CHECK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Validation feedback of a step, shown once after the redirect back to it. */
export type Rueckmeldung = StepFeedback & { schritt: string };

type CheckData = { startedAt: number; answers: Answers };
type CheckFlash = { rueckmeldung: Rueckmeldung };
export type CheckSessionStorage = SessionStorage<CheckData, CheckFlash>;

/**
 * The cookie is signed with a key derived from the session secret, so a value of the app
 * session cookie can never pass as check answers or the other way round.
 */
export function createCheckSessionStorage(options: { secret: string; secure: boolean }): CheckSessionStorage {
  return createCookieSessionStorage<CheckData, CheckFlash>({
    cookie: {
      name: "__sp_check",
      httpOnly: true,
      sameSite: "lax",
      secure: options.secure,
      // "/" and not "/leistungs-check": client navigation loads "/leistungs-check.data", outside that path.
      path: "/",
      secrets: [createHmac("sha256", options.secret).update("leistungs-check").digest("base64url")],
    },
  });
}

// The cookie is signed, but its shape may come from an older release: read it defensively.
const storedAnswers = z.record(
  z.string().max(40),
  z.union([z.string().max(20), z.number().int().nonnegative(), z.array(z.string().max(20)).max(10), z.null()]),
);
const storedFeedback = z.object({
  schritt: z.string().max(40),
  errors: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});

export type CheckSession = {
  /** The answers so far; empty when there are none or they have expired. */
  answers: Answers;
  /** Errors of the last submitted step, if it failed; read once. */
  rueckmeldung?: Rueckmeldung;
  /** Set-Cookie storing new answers; the first answers start the 24 hours. */
  save(answers: Answers): Promise<string>;
  /** Set-Cookie that keeps the answers and shows a step's errors once on the next page. */
  saveFeedback(rueckmeldung: Rueckmeldung): Promise<string>;
  /** Set-Cookie after a flash was read, so it does not show again. */
  commit(): Promise<string>;
  /** Set-Cookie removing everything at once. */
  destroy(): Promise<string>;
};

export async function openCheckSession(request: Request, storage: CheckSessionStorage, now: Date): Promise<CheckSession> {
  const session: Session<CheckData, CheckFlash> = await storage.getSession(request.headers.get("Cookie"));
  const startedAt = session.get("startedAt");
  const alive = startedAt !== undefined && now.getTime() - startedAt < CHECK_LIFETIME_MS;
  if (!alive) session.unset("answers");
  const answers = alive ? storedAnswers.safeParse(session.get("answers")) : undefined;
  const feedback = storedFeedback.safeParse(session.get("rueckmeldung"));

  const commit = () => {
    const begin = alive ? startedAt : now.getTime();
    session.set("startedAt", begin);
    return storage.commitSession(session, { expires: new Date(begin + CHECK_LIFETIME_MS) });
  };
  return {
    answers: answers?.success ? answers.data : {},
    rueckmeldung: feedback.success ? feedback.data : undefined,
    save(next) {
      session.set("answers", next);
      return commit();
    },
    saveFeedback(rueckmeldung) {
      session.flash("rueckmeldung", rueckmeldung);
      return commit();
    },
    commit,
    destroy: () => storage.destroySession(session),
  };
}

export type LoadedCheck = {
  session: CheckSession;
  /** Today in Europe/Berlin: the Stichtag of the estimate. */
  stichtag: LocalDate;
  env: QuestionnaireEnv;
  /** The stored answers, pruned to the questions that still apply. */
  answers: Answers;
};

/** What every Leistungs-Check route starts with. */
export async function loadCheck(request: Request, storage: CheckSessionStorage, now = new Date()): Promise<LoadedCheck> {
  const session = await openCheckSession(request, storage, now);
  const stichtag = localDateInBerlin(now);
  const env = questionnaireEnv(stichtag);
  return { session, stichtag, env, answers: pruneAnswers(session.answers, env) };
}
