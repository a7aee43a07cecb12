/** /leichte-sprache: the site explained in Leichte Sprache (BITV 2.0 § 4), with the Leistungs-Check. */
import "../ui/accessibility/accessibility.css";
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { LS_CHECK, LS_START } from "../domain/accessibility/leichte-sprache";
import { LsSections } from "../ui/accessibility/LsSections";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Leichte Sprache") },
  { name: "description", content: "Die Sozial-Plattform in Leichter Sprache erklärt." },
];

export default function LeichteSprache() {
  return (
    <div className="kern-container sp-page" lang="de">
      <h1 className="kern-heading-large">Informationen in Leichter Sprache</h1>
      <LsSections sections={LS_START} />
      <ul className="kern-list kern-list--bullet">
        <li>
          <Link className="kern-link" to="/barrierefreiheit">
            Zur Erklärung zur Barriere-Freiheit
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/barrierefreiheit#rueckmeldung">
            Zum Formular: Schreiben Sie uns
          </Link>
        </li>
      </ul>
      <LsSections sections={LS_CHECK} />
      <p className="kern-body kern-body--large">
        <Link className="kern-link" to="/leistungs-check">
          Zum Leistungs-Check
        </Link>
      </p>
      <h2 className="kern-heading-medium">Mehr in Leichter Sprache</h2>
      <ul className="kern-list kern-list--bullet">
        <li>
          <Link className="kern-link" to="/leichte-sprache/leistungen">
            Alle Leistungen in Leichter Sprache
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/gebaerdensprache">
            Informationen in Gebärden-Sprache
          </Link>
        </li>
      </ul>
    </div>
  );
}
