/**
 * The result: every benefit evaluated on today's date (Europe/Berlin) from the answers, grouped
 * with the likely ones first, priority notes on top, printable as a clean page.
 */
import "../ui/check/check.css";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { evaluateAll } from "../domain/benefits/engine";
import { parseFacts } from "../domain/benefits/facts";
import { firstIncompleteStep } from "../domain/benefits/questionnaire/flow";
import { toFactsInput } from "../domain/benefits/questionnaire/to-facts";
import { formatGermanDate } from "../domain/shared/dates";
import { optionalHelpSeeker, requireHelpSeeker } from "../server/accounts/guard.server";
import { saveResult } from "../server/accounts/saved-results.server";
import { loadCheck } from "../server/check-session.server";
import { redirectWithFlash } from "../server/chat/pages.server";
import { checkResultView } from "../server/check-result.server";
import { localeFromRequest } from "../server/i18n/locale-cookie.server";
import { CheckResultBody } from "../ui/check/CheckResultBody";
import { DeleteAnswers } from "../ui/check/DeleteAnswers";
import { PrintButton } from "../ui/check/PrintButton";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Ihr Ergebnis – Leistungs-Check") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { stichtag, env, answers } = await loadCheck(request, context.services.checkSessions);
  const open = firstIncompleteStep(answers, env);
  if (open) throw redirect(`/leistungs-check/${open.step.id}`);
  const parsed = parseFacts(toFactsInput(answers, stichtag), stichtag);
  // The questionnaire only produces valid facts (tested); a failure here is a bug, not user input.
  if (!parsed.ok) throw new Error(`Leistungs-Check ergab ungültige Fakten: ${parsed.issues.map((i) => i.path).join(", ")}`);
  const results = evaluateAll(parsed.household);
  const konto = await optionalHelpSeeker(request, context);
  return {
    konto: konto !== null,
    stand: formatGermanDate(stichtag),
    ergebnis: await checkResultView(context.services.db.prisma, results, parsed.household.plz, await localeFromRequest(request)),
  };
}

/** "Ergebnis in meinem Konto speichern" (help seekers with an account only): copies the answers into the account. */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const now = new Date();
  const { stichtag, env, answers } = await loadCheck(request, context.services.checkSessions, now);
  if (firstIncompleteStep(answers, env)) throw redirect("/leistungs-check", { status: 303 });
  const saved = await saveResult(context.services.db.prisma, { benutzerId: actor.benutzerId, answers, stichtag, now });
  if (!saved) throw redirect("/leistungs-check", { status: 303 });
  return redirectWithFlash(request, context, "/konto", "Ihr Ergebnis ist in Ihrem Konto gespeichert.");
}

export default function CheckResult() {
  const { konto, stand, ergebnis } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page sp-check sp-check-print">
      <h1 className="kern-heading-large">Ihr Ergebnis</h1>
      <p className="kern-body kern-body--large">
        Das sind die Leistungen, die nach Ihren Angaben in Frage kommen – mit den Gründen und den nächsten Schritten. Berechnet
        mit den Werten vom {stand}.
      </p>
      <Alert kind="info" title="Eine Einschätzung, kein Bescheid" live="off">
        <p className="kern-body">
          Wir schätzen nach Ihren Angaben. Ob Sie eine Leistung bekommen und wie viel, entscheidet die zuständige Stelle nach
          Ihrem Antrag. Stellen Sie den Antrag lieber einmal zu viel als einmal zu wenig.
        </p>
      </Alert>
      <div className="sp-check-actions">
        <PrintButton />
        <Link className="kern-link sp-no-print" to="/leistungs-check/zusammenfassung">
          Angaben ändern
        </Link>
        {konto ? (
          <Form method="post" className="sp-no-print">
            <Button variant="secondary">Ergebnis in meinem Konto speichern</Button>
          </Form>
        ) : null}
      </div>
      {konto ? null : (
        <p className="kern-body sp-no-print">
          Sie möchten das Ergebnis aufheben? Mit einem freiwilligen{" "}
          <Link className="kern-link" to="/konto/registrieren">
            Konto
          </Link>{" "}
          können Sie es speichern – Pseudonym und Passwort genügen.
        </p>
      )}
      <CheckResultBody {...ergebnis} />
      <DeleteAnswers />
    </div>
  );
}
