import "../ui/benefits/benefits.css";
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { benefitsByGroup } from "../domain/benefits/catalog";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { LinkCard } from "../ui/kern/Card";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Sozialleistungen im Überblick") },
  { name: "description", content: "Sozialleistungen kurz erklärt: was es gibt, wer es bekommt, wie viel und wo Sie den Antrag stellen." },
];

export function loader() {
  return {
    gruppen: benefitsByGroup().map(({ gruppe, leistungen }) => ({
      gruppe,
      leistungen: leistungen.map(({ slug, titel, kurzbeschreibung }) => ({ slug, titel, kurzbeschreibung })),
    })),
  };
}

export default function Leistungen() {
  const { gruppen } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page sp-benefit-overview">
      <h1 className="kern-heading-large">Sozialleistungen im Überblick</h1>
      <p className="kern-body kern-body--large sp-benefit__lead">
        Hier finden Sie die wichtigsten Leistungen, die Ihnen in schwierigen Zeiten helfen können. Jede Seite erklärt, wer
        die Leistung bekommt, wie viel es ungefähr ist und wo Sie den Antrag stellen.
      </p>
      <section className="sp-benefit__check" aria-labelledby="leistungs-check">
        <h2 className="kern-heading-medium" id="leistungs-check">
          Was steht Ihnen zu?
        </h2>
        <p className="kern-body">
          Beantworten Sie im Leistungs-Check einige kurze Fragen. Sie erfahren, welche Leistungen für Sie in Frage kommen und
          wie viel es ungefähr sein kann. Sie brauchen kein Konto.
        </p>
        <p>
          <ButtonLink to="/leistungs-check">Zum Leistungs-Check</ButtonLink>
        </p>
      </section>
      {gruppen.map(({ gruppe, leistungen }, index) => (
        <section key={gruppe} aria-labelledby={`gruppe-${index}`}>
          <h2 className="kern-heading-medium" id={`gruppe-${index}`}>
            {gruppe}
          </h2>
          <div className="sp-entry-points">
            {leistungen.map((leistung) => (
              <LinkCard key={leistung.slug} title={leistung.titel} to={`/leistungen/${leistung.slug}`} headingLevel={3}>
                <p className="kern-body">{leistung.kurzbeschreibung}</p>
              </LinkCard>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
