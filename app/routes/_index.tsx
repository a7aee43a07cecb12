import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { plainText } from "../i18n/rich";
import { messagesFor } from "../i18n/messages";
import { LinkCard } from "../ui/kern/Card";
import { localeOfMatches, TRANSLATED, useMessages } from "../ui/i18n";
import { pageTitle } from "../ui/meta";
import { Rich } from "../ui/Rich";

export const handle = TRANSLATED;

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFor(localeOfMatches(matches));
  return [{ title: pageTitle(t.startTitle) }, { name: "description", content: plainText(t.startDescription) }];
};

export default function Index() {
  const t = useMessages();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">
        <Rich text={t.startHeading} />
      </h1>
      <p className="kern-body kern-body--large">
        <Rich text={t.startIntro} />
      </p>
      <p className="kern-body">
        <Rich text={t.startFree} />
      </p>
      <p className="kern-body">
        {/* Both pages are in German (or German Sign Language) whatever the interface language. */}
        <Link className="kern-link" to="/leichte-sprache" hrefLang="de">
          <Rich text={t.startLeichteSprache} />
        </Link>
        {" · "}
        <Link className="kern-link" to="/gebaerdensprache" hrefLang="de">
          <Rich text={t.startGebaerdensprache} />
        </Link>
      </p>
      <div className="sp-entry-points">
        <LinkCard title={t.navLeistungen} to="/leistungen">
          <p className="kern-body">
            <Rich text={t.startCardLeistungen} />
          </p>
        </LinkCard>
        <LinkCard title={t.navBeratung} to="/beratungsstellen">
          <p className="kern-body">
            <Rich text={t.startCardBeratung} />
          </p>
        </LinkCard>
        <LinkCard title={t.navVerwaltung} to="/verwaltung">
          <p className="kern-body">
            <Rich text={t.startCardVerwaltung} />
          </p>
        </LinkCard>
      </div>
    </div>
  );
}
