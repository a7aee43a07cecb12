/**
 * "Zuständige Stelle": the office of the help seeker's Kommune for one benefit (name, address,
 * opening hours, phone, e-mail, online application), on /leistungen/<slug> and in the
 * Leistungs-Check result. `headingLevel` fits the heading into the page's outline.
 */
import type { Treffer } from "../../domain/kommune/zustaendigkeit";
import { DescriptionList } from "../kern/DescriptionList";
import { ExternalLink } from "../kern/ExternalLink";

export function ZustaendigeStellen({ stellen, headingLevel, idPrefix }: { stellen: readonly Treffer[]; headingLevel: 2 | 3 | 4; idPrefix: string }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      {stellen.map((stelle, index) => {
        const id = `${idPrefix}-${index}`;
        const items = [
          { key: "adresse", term: "Adresse", value: `${stelle.adresse.strasse}, ${stelle.adresse.plz} ${stelle.adresse.ort}` },
          ...(stelle.oeffnungszeiten ? [{ key: "zeiten", term: "Öffnungszeiten", value: stelle.oeffnungszeiten }] : []),
          ...(stelle.telefon ? [{ key: "telefon", term: "Telefon", value: <a className="kern-link" href={`tel:${stelle.telefon.replace(/[^0-9+]/g, "")}`}>{stelle.telefon}</a> }] : []),
          ...(stelle.email ? [{ key: "email", term: "E-Mail", value: <a className="kern-link" href={`mailto:${stelle.email}`}>{stelle.email}</a> }] : []),
          ...(stelle.onlineAntrag ? [{ key: "antrag", term: "Online-Antrag", value: <ExternalLink href={stelle.onlineAntrag}>Antrag online stellen</ExternalLink> }] : []),
        ];
        return (
          <section className="sp-zustaendige-stelle" aria-labelledby={id} key={id}>
            <Heading className="kern-heading-small" id={id}>
              Zuständige Stelle: {stelle.name}
            </Heading>
            <p className="kern-body kern-body--small">Angegeben von der Kommune {stelle.kommune}.</p>
            <DescriptionList items={items} />
          </section>
        );
      })}
    </>
  );
}
