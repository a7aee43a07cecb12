/**
 * One benefit on the result page: verdict, amount, reasons, what is missing, next steps, and the
 * responsible office of the help seeker's Kommune when it has entered one (`zustaendig`).
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Treffer } from "../../domain/kommune/zustaendigkeit";
import { ExternalLink } from "../kern/ExternalLink";
import { ZustaendigeStellen } from "../kommune/ZustaendigeStelle";
import type { ResultView, StepView } from "./result-view";

const BADGE = { wahrscheinlich: "kern-badge--success", moeglich: "kern-badge--info", unklar: "kern-badge--warning", unwahrscheinlich: "" } as const;

function Step({ step }: { step: StepView }) {
  switch (step.art) {
    case "extern":
      return <ExternalLink href={step.url}>{step.text}</ExternalLink>;
    case "intern":
      return (
        <Link className="kern-link" to={step.url}>
          {step.text}
        </Link>
      );
    case "text":
      return <>{step.text}</>;
  }
}

function List({ titel, items, id }: { titel: string; items: readonly ReactNode[]; id: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="kern-heading-small sp-check-result__subheading" id={id}>
        {titel}
      </h4>
      <ul className="kern-list kern-list--bullet" aria-labelledby={id}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}

export function BenefitResultCard({ result, zustaendig = [], plz }: { result: ResultView; zustaendig?: readonly Treffer[]; plz?: string }) {
  const id = `leistung-${result.slug}`;
  return (
    <article className="sp-check-result" aria-labelledby={id}>
      <h3 className="kern-heading-medium" id={id}>
        {result.titel}
      </h3>
      <p className="sp-check-result__verdict">
        <span className={`kern-badge ${BADGE[result.einschaetzung]}`}>
          <span className="kern-label">
            <span className="kern-sr-only">Einschätzung: </span>
            {result.einschaetzungText}
          </span>
        </span>
      </p>
      {result.betrag ? <p className="kern-body kern-body--large kern-body--bold">{result.betrag}</p> : null}
      {result.betragHinweis ? <p className="kern-body kern-body--small">{result.betragHinweis}</p> : null}
      <List titel="Warum?" id={`${id}-gruende`} items={result.gruende} />
      <List titel="Das fehlt uns noch" id={`${id}-fehlend`} items={result.fehlend} />
      <List titel="Nächste Schritte" id={`${id}-schritte`} items={result.schritte.map((step, index) => <Step key={index} step={step} />)} />
      {zustaendig.length > 0 ? <ZustaendigeStellen stellen={zustaendig} headingLevel={4} idPrefix={`${id}-zustaendig`} /> : null}
      <p className="kern-body sp-no-print">
        <Link className="kern-link" to={zustaendig.length > 0 && plz ? `/leistungen/${result.slug}?${new URLSearchParams({ plz }).toString()}` : `/leistungen/${result.slug}`}>
          Mehr über {result.titel}
        </Link>
      </p>
    </article>
  );
}
