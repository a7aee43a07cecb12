/**
 * The result: every benefit evaluated on today's date (Europe/Berlin) from the answers, grouped
 * with the likely ones first, priority notes on top, printable as a clean page.
 */
import "../ui/check/check.css";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { evaluateAll } from "../domain/benefits/engine";
import { parseFacts } from "../domain/benefits/facts";
import { firstIncompleteStep } from "../domain/benefits/questionnaire/flow";
import { toFactsInput } from "../domain/benefits/questionnaire/to-facts";
import { formatGermanDate } from "../domain/shared/dates";
import { loadCheck } from "../server/check-session.server";
import { BenefitResultCard } from "../ui/check/BenefitResultCard";
import { DeleteAnswers } from "../ui/check/DeleteAnswers";
import { PrintButton } from "../ui/check/PrintButton";
import { priorityNotes, resultGroups } from "../ui/check/result-view";
import { Alert } from "../ui/kern/Alert";
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
  return {
    stand: formatGermanDate(stichtag),
    vorrang: priorityNotes(results),
    gruppen: resultGroups(results, parsed.household.plz),
  };
}

export default function CheckResult() {
  const { stand, vorrang, gruppen } = useLoaderData<typeof loader>();
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
      </div>
      {vorrang.length > 0 ? (
        // KERN alert markup with a real heading, so the priority notes are a landmark one can jump to.
        <section className="kern-alert kern-alert--warning" aria-labelledby="vorrang-titel">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title" id="vorrang-titel">
              Wichtig: Welche Leistung zuerst kommt
            </h2>
          </div>
          <div className="kern-alert__body">
            <ul className="kern-list kern-list--bullet">
              {vorrang.map((note, index) => (
                <li key={index}>
                  <strong>{note.titel}:</strong> {note.text}
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
      {gruppen.map((gruppe) => (
        <section className="sp-check-group" key={gruppe.einschaetzung} aria-labelledby={`gruppe-${gruppe.einschaetzung}`}>
          <h2 className="kern-heading-large" id={`gruppe-${gruppe.einschaetzung}`}>
            {gruppe.titel}
          </h2>
          <p className="kern-body">{gruppe.text}</p>
          {gruppe.ergebnisse.map((ergebnis) => (
            <BenefitResultCard key={ergebnis.slug} result={ergebnis} />
          ))}
        </section>
      ))}
      <DeleteAnswers />
    </div>
  );
}
