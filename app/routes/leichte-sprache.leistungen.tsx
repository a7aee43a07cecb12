/** /leichte-sprache/leistungen: every benefit in Leichte Sprache, each with a link to its full page. */
import "../ui/accessibility/accessibility.css";
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { LS_BENEFITS } from "../domain/benefits/catalog/leichte-sprache";
import { BENEFIT_SLUGS } from "../domain/benefits/slugs";
import { LsSentences } from "../ui/accessibility/LsSections";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Leistungen in Leichter Sprache") },
  { name: "description", content: "Alle Hilfen vom Staat auf der Sozial-Plattform in Leichter Sprache erklärt." },
];

export default function LeistungenLeichteSprache() {
  return (
    <div className="kern-container sp-page" lang="de">
      <p className="kern-body">
        <Link className="kern-link" to="/leichte-sprache">
          Zurück zur Leichten Sprache
        </Link>
      </p>
      <h1 className="kern-heading-large">Leistungen in Leichter Sprache</h1>
      <LsSentences
        sentences={[
          "Leistungen sind Hilfen vom Staat.",
          "Hier stehen alle Leistungen auf dieser Seite.",
          "Zu jeder Leistung gibt es einen kurzen Text.",
          "Sie wollen mehr wissen?",
          "Dann klicken Sie auf den Link unter dem Text.",
          "Der Link führt zu einem Text in schwerer Sprache.",
        ]}
      />
      {BENEFIT_SLUGS.map((slug) => {
        const benefit = LS_BENEFITS[slug];
        return (
          <section key={slug} id={slug} aria-labelledby={`ls-titel-${slug}`} className="sp-ls-benefit">
            <h2 className="kern-heading-medium" id={`ls-titel-${slug}`}>
              {benefit.titel}
            </h2>
            <LsSentences sentences={benefit.saetze} />
            <p className="kern-body">
              <Link className="kern-link" to={`/leistungen/${slug}`}>
                Mehr zu {benefit.titel} in schwerer Sprache
              </Link>
            </p>
          </section>
        );
      })}
    </div>
  );
}
