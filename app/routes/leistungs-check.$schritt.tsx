/**
 * One step of the Leistungs-Check. GET shows the step's questions with the answers so far; POST
 * validates them and redirects (POST-redirect-GET): to the next step, back to the summary when the
 * user came to change an answer, or – with errors – to this step again, whose errors and typed
 * values travel once through the check cookie.
 */
import "../ui/check/check.css";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { firstIncompleteStep, locateStep, pruneAnswers } from "../domain/benefits/questionnaire/flow";
import { toInputValue } from "../domain/benefits/questionnaire/parse-input";
import { STEPS } from "../domain/benefits/questionnaire/steps";
import { readStepForm, type FormInput } from "../domain/benefits/questionnaire/validate";
import { loadCheck } from "../server/check-session.server";
import { DeleteAnswers } from "../ui/check/DeleteAnswers";
import { QuestionField } from "../ui/check/QuestionField";
import { StepProgress } from "../ui/check/StepProgress";
import { useFocusOnChange } from "../ui/check/useFocusOnChange";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";

const SUMMARY = "/leistungs-check/zusammenfassung";
const stepUrl = (id: string, fromSummary: boolean) => `/leistungs-check/${id}${fromSummary ? "?aendern=1" : ""}`;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: pageTitle("Leistungs-Check") }];
  const errors = Object.keys(data.errors).length > 0 ? "Fehler: " : "";
  return [{ title: pageTitle(`${errors}${data.step.title} – Schritt ${data.number} von ${data.total} – Leistungs-Check`) }];
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  if (!STEPS.some((step) => step.id === params.schritt)) throw new Response("Unbekannter Schritt", { status: 404 });
  const { session, env, answers } = await loadCheck(request, context.services.checkSessions);
  const position = locateStep(params.schritt!, answers, env);
  const open = firstIncompleteStep(answers, env);
  const fromSummary = new URL(request.url).searchParams.get("aendern") === "1";
  // A step that does not apply, or one beyond the first unanswered step, leads to where the user stands.
  if (!position || (open && locateStep(open.step.id, answers, env)!.number < position.number)) {
    throw redirect(open ? stepUrl(open.step.id, fromSummary) : SUMMARY);
  }
  const rueckmeldung = session.rueckmeldung?.schritt === position.step.id ? session.rueckmeldung : undefined;
  return data(
    {
      step: { id: position.step.id, title: position.step.title, intro: position.step.intro },
      number: position.number,
      total: position.total,
      previousUrl: position.previousId ? stepUrl(position.previousId, fromSummary) : fromSummary ? SUMMARY : "/leistungs-check",
      fromSummary,
      questions: position.questions,
      values: Object.fromEntries(position.questions.map((q) => [q.id, rueckmeldung ? (rueckmeldung.values[q.id] ?? "") : toInputValue(q, answers[q.id])])),
      errors: rueckmeldung?.errors ?? {},
    },
    // Reading the flashed errors consumes them; the cookie must say so.
    session.rueckmeldung ? { headers: { "Set-Cookie": await session.commit() } } : undefined,
  );
}

function formInput(form: FormData): FormInput {
  const input: Record<string, string[]> = {};
  for (const [name, value] of form) if (typeof value === "string") (input[name] ??= []).push(value);
  return input;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, env, answers } = await loadCheck(request, context.services.checkSessions);
  const position = locateStep(params.schritt ?? "", answers, env);
  if (!position) throw redirect("/leistungs-check", 303);
  const form = await request.formData();
  const fromSummary = form.get("aendern") === "1";
  const reading = readStepForm(position.questions, formInput(form));
  if (!reading.ok) {
    const cookie = await session.saveFeedback({ schritt: position.step.id, ...reading.feedback });
    return redirect(stepUrl(position.step.id, fromSummary), { status: 303, headers: { "Set-Cookie": cookie } });
  }
  const next = pruneAnswers({ ...answers, ...reading.answers }, env);
  const cookie = await session.save(next);
  const open = firstIncompleteStep(next, env);
  const nextId = fromSummary ? open?.step.id : locateStep(position.step.id, next, env)?.nextId;
  return redirect(nextId ? stepUrl(nextId, fromSummary) : SUMMARY, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function CheckStep() {
  const { step, number, total, previousUrl, fromSummary, questions, values, errors } = useLoaderData<typeof loader>();
  const errorList = questions.filter((q) => errors[q.id]).map((q) => ({ fieldId: q.id, message: errors[q.id]! }));
  const heading = useFocusOnChange<HTMLHeadingElement>(step.id, errorList.length === 0);
  return (
    <div className="kern-container sp-page sp-check">
      <ErrorSummary errors={errorList} />
      <p className="kern-body">
        <Link className="kern-link" to={previousUrl}>
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          Zurück
        </Link>
      </p>
      <StepProgress number={number} total={total} />
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
        {step.title}
      </h1>
      <p className="kern-body">{step.intro}</p>
      {/* key: a new step gets fresh uncontrolled fields instead of the previous step's values. */}
      <Form method="post" noValidate className="sp-check-form" key={step.id}>
        {fromSummary ? <input type="hidden" name="aendern" value="1" /> : null}
        {questions.map((question) => (
          <QuestionField key={question.id} question={question} value={values[question.id] ?? ""} error={errors[question.id]} />
        ))}
        <div className="kern-btn-wrapper">
          <Button>{fromSummary ? "Speichern und weiter" : "Weiter"}</Button>
        </div>
      </Form>
      <DeleteAnswers />
    </div>
  );
}
