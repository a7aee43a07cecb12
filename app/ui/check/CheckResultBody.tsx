/**
 * The body of a Leistungs-Check result, the same on the live result page and for a result saved
 * in the account: the priority notes (a KERN alert with a real heading, so it is a landmark one
 * can jump to) and the groups of benefit cards, each card with the responsible office of the
 * help seeker's Kommune where it has entered one. The data comes from checkResultView.
 */
import type { Treffer } from "../../domain/kommune/zustaendigkeit";
import { BenefitResultCard } from "./BenefitResultCard";
import type { ResultGroupView } from "./result-view";

export type CheckResultBodyView = {
  vorrang: Array<{ titel: string; text: string }>;
  gruppen: ResultGroupView[];
  zustaendig: Record<string, readonly Treffer[]>;
  plz: string | null;
};

export function CheckResultBody({ vorrang, gruppen, zustaendig, plz }: CheckResultBodyView) {
  return (
    <>
      {vorrang.length > 0 ? (
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
            <BenefitResultCard key={ergebnis.slug} result={ergebnis} zustaendig={zustaendig[ergebnis.slug]} plz={plz ?? undefined} />
          ))}
        </section>
      ))}
    </>
  );
}
