import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { LinkCard } from "../ui/kern/Card";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Startseite") },
  {
    name: "description",
    content: "Finden Sie heraus, welche Sozialleistungen Ihnen zustehen könnten, und finden Sie eine Beratungsstelle in Ihrer Nähe.",
  },
];

export default function Index() {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Hilfe finden, die Ihnen zusteht</h1>
      <p className="kern-body kern-body--large">
        Auf der Sozialplattform finden Sie heraus, welche Sozialleistungen Sie bekommen könnten – zum Beispiel Wohngeld,
        Kinderzuschlag oder Grundsicherung. Sie finden Beratungsstellen in Ihrer Nähe, können dort einen Termin vereinbaren
        und sich im Chat oder per Video beraten lassen, auf Wunsch anonym.
      </p>
      <p className="kern-body">
        Die Nutzung ist kostenlos. Sie brauchen kein Konto. Wir fragen nur, was für Ihre Frage nötig ist.
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/leichte-sprache">
          Die Sozialplattform in Leichter Sprache erklärt
        </Link>
        {" · "}
        <Link className="kern-link" to="/gebaerdensprache">
          Informationen in Deutscher Gebärdensprache
        </Link>
      </p>
      <div className="sp-entry-points">
        <LinkCard title="Leistungen finden" to="/leistungen">
          <p className="kern-body">
            Beantworten Sie einige Fragen und erfahren Sie, welche Leistungen in Frage kommen, wie viel es ungefähr sein kann
            und wo Sie den Antrag stellen.
          </p>
        </LinkCard>
        <LinkCard title="Beratung finden" to="/beratungsstellen">
          <p className="kern-body">
            Suchen Sie eine Beratungsstelle nach Thema und Ort, etwa zu Schulden, Sucht oder Geldsorgen – vor Ort, am Telefon,
            im Chat oder per Video.
          </p>
        </LinkCard>
        <LinkCard title="Für Beratungsstellen und Kommunen" to="/verwaltung">
          <p className="kern-body">
            Pflegen Sie Ihre Angebote, Termine und Chats selbst und zeigen Sie, welche Stelle vor Ort zuständig ist.
          </p>
        </LinkCard>
      </div>
    </div>
  );
}
