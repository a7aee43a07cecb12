/** The summary before the result: all answers, each with an "Ändern" link to its step. */
import "../ui/check/check.css";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { activeSteps, firstIncompleteStep } from "../domain/benefits/questionnaire/flow";
import { loadCheck } from "../server/check-session.server";
import { answerText } from "../ui/check/answer-text";
import { AnswerSummary } from "../ui/check/AnswerSummary";
import { DeleteAnswers } from "../ui/check/DeleteAnswers";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Ihre Angaben prüfen – Leistungs-Check") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { env, answers } = await loadCheck(request, context.services.checkSessions);
  const open = firstIncompleteStep(answers, env);
  if (open) throw redirect(`/leistungs-check/${open.step.id}`);
  const steps = activeSteps(answers, env);
  return {
    lastStepUrl: `/leistungs-check/${steps[steps.length - 1]!.step.id}`,
    sections: steps.map(({ step, questions }) => ({
      schrittId: step.id,
      titel: step.title,
      angaben: questions.map((q) => ({ id: q.id, frage: q.label, antwort: answerText(q, answers[q.id]!) })),
    })),
  };
}

export default function CheckSummary() {
  const { lastStepUrl, sections } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page sp-check">
      <p className="kern-body">
        <Link className="kern-link" to={lastStepUrl}>
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          Zurück
        </Link>
      </p>
      <h1 className="kern-heading-large">Ihre Angaben prüfen</h1>
      <p className="kern-body">
        Bitte sehen Sie Ihre Angaben noch einmal durch. Mit „Ändern“ kommen Sie zur Frage zurück und danach wieder hierher.
      </p>
      <AnswerSummary sections={sections} />
      <div className="sp-check-actions">
        <ButtonLink to="/leistungs-check/ergebnis">Ergebnis anzeigen</ButtonLink>
      </div>
      <DeleteAnswers />
    </div>
  );
}
