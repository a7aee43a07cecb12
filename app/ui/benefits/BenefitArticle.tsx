import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { BenefitPage } from "../../domain/benefits/catalog";
import { formatGermanDate } from "../../domain/shared/dates";
import { ExternalLink } from "../kern/ExternalLink";
import { Kennzahlen } from "./Kennzahlen";

const SECTIONS = [
  ["was-ist-das", "Was ist das?"],
  ["wer", "Wer kann es bekommen?"],
  ["wie-viel", "Wie viel?"],
  ["antrag", "So beantragen Sie"],
  ["unterlagen", "Diese Unterlagen brauchen Sie meist"],
  ["verwandt", "Verwandte Leistungen und Vorrang"],
  ["beratung", "Beratung in Ihrer Nähe"],
  ["quellen", "Quellen"],
] as const;

type SectionId = (typeof SECTIONS)[number][0];

/**
 * The page of one benefit: all catalog sections under one h1, each an h2 section. `zustaendig`
 * (the PLZ form and the responsible office of the help seeker's Kommune) ends the "So beantragen
 * Sie" section.
 */
export function BenefitArticle({ page, zustaendig }: { page: BenefitPage; zustaendig?: ReactNode }) {
  return (
    <article className="kern-container sp-page sp-benefit">
      <p>
        <Link className="kern-link" to="/leistungen">
          Alle Leistungen
        </Link>
        {" · "}
        <Link className="kern-link" to={`/leichte-sprache/leistungen#${page.slug}`}>
          {page.titel} in Leichter Sprache
        </Link>
      </p>
      <h1 className="kern-heading-large">{page.titel}</h1>
      <p className="kern-body kern-body--large sp-benefit__lead">{page.kurzbeschreibung}</p>
      <p className="kern-body kern-body--small">
        Rechtsgrundlage: {page.rechtsgrundlage}. Stand der Informationen: {formatGermanDate(page.stand)}.
      </p>

      <nav className="sp-benefit__toc" aria-label="Inhalt dieser Seite">
        <ul className="kern-list kern-list--bullet">
          {SECTIONS.map(([id, heading]) => (
            <li key={id}>
              <a className="kern-link" href={`#${id}`}>
                {heading}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="was-ist-das">
        <Paragraphs texts={page.wasIstDas} />
      </Section>

      <Section id="wer">
        <BulletList items={page.werKannEsBekommen} />
      </Section>

      <Section id="wie-viel">
        <Paragraphs texts={page.wieViel} />
        {page.kennzahlen.length > 0 ? <Kennzahlen kennzahlen={page.kennzahlen} /> : null}
      </Section>

      <Section id="antrag">
        <p className="kern-body">
          Zuständig: <strong>{page.antrag.stellenart}</strong>
        </p>
        {page.antrag.onlineAntrag ? (
          <p className="kern-body">
            <ExternalLink href={page.antrag.onlineAntrag.url}>{page.antrag.onlineAntrag.titel}</ExternalLink>
          </p>
        ) : null}
        <Paragraphs texts={page.antrag.wege} />
        {zustaendig}
      </Section>

      <Section id="unterlagen">
        <BulletList items={page.unterlagen} />
      </Section>

      <Section id="verwandt">
        <ul className="kern-list kern-list--bullet">
          {page.verwandt.map((v) => (
            <li key={v.slug}>
              <Link className="kern-link" to={`/leistungen/${v.slug}`}>
                {v.titel}
              </Link>
              : {v.hinweis}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="beratung">
        <p className="kern-body">
          Beratungsstellen helfen Ihnen, Ihren Anspruch zu klären und den Antrag zu stellen. Die Beratung ist in der Regel
          kostenlos und vertraulich.
        </p>
        <p className="kern-body">
          <Link className="kern-link" to={`/beratungsstellen?thema=${encodeURIComponent(page.beratungsthema)}`}>
            Beratungsstellen zum Thema {page.beratungsthemaLabel} in Ihrer Nähe
          </Link>
        </p>
      </Section>

      <Section id="quellen">
        <ul className="kern-list kern-list--bullet">
          {page.quellen.map((quelle) => (
            <li key={quelle.url}>
              <ExternalLink href={quelle.url}>{quelle.titel}</ExternalLink>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const heading = SECTIONS.find(([sectionId]) => sectionId === id)![1];
  return (
    <section aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

function Paragraphs({ texts }: { texts: string[] }) {
  return (
    <>
      {texts.map((text) => (
        <p className="kern-body" key={text}>
          {text}
        </p>
      ))}
    </>
  );
}

function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="kern-list kern-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
