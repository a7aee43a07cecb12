/** The summary before the result: every answer per step, each with an "Ändern" link back to its field. */
import { Link } from "@remix-run/react";
import { DescriptionList } from "../kern/DescriptionList";

export type SummarySection = { schrittId: string; titel: string; angaben: Array<{ id: string; frage: string; antwort: string }> };

/** The step page, told to come back to the summary afterwards, scrolled to the question. */
const changeLink = (schrittId: string, questionId: string) => `/leistungs-check/${schrittId}?aendern=1#${questionId}`;

export function AnswerSummary({ sections }: { sections: readonly SummarySection[] }) {
  return (
    <div className="sp-check-summary">
      {sections.map((section) => (
        <section className="kern-summary" key={section.schrittId} aria-labelledby={`abschnitt-${section.schrittId}`}>
          <div className="kern-summary__header">
            <h2 className="kern-title" id={`abschnitt-${section.schrittId}`}>
              {section.titel}
            </h2>
          </div>
          <div className="kern-summary__body">
            <DescriptionList
              items={section.angaben.map((angabe) => ({
                key: angabe.id,
                term: angabe.frage,
                value: (
                  <span className="sp-check-summary__answer">
                    <span>{angabe.antwort}</span>
                    <Link className="kern-link sp-no-print" to={changeLink(section.schrittId, angabe.id)}>
                      Ändern<span className="kern-sr-only"> – {angabe.frage}</span>
                    </Link>
                  </span>
                ),
              }))}
            />
          </div>
        </section>
      ))}
    </div>
  );
}
