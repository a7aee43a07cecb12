/**
 * The result list: one KERN card per centre with what decides whether to go there – distance,
 * address, how to reach it, languages and today's hours. The name links to the centre page.
 * Plain lines with their label in words keep the markup small: the list is the bulk of the page.
 */
import { Link } from "@remix-run/react";
import type { HitView } from "../../server/counselling/hit-view.server";
import { fill } from "../../i18n/template";
import { useMessages } from "../i18n";
import { Badge } from "../kern/Badge";
import { Rich } from "../Rich";
import { DemoBadge } from "./DemoBadge";

export function CentreHitList({ hits, start }: { hits: readonly HitView[]; start: number }) {
  const t = useMessages();
  return (
    <ol className="sp-result-list" start={start}>
      {hits.map((hit) => (
        <li key={hit.slug} className="kern-card sp-hit">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <h3 className="kern-title">
                <Link className="kern-link" to={`/beratungsstellen/${hit.slug}`}>
                  {hit.name}
                </Link>
              </h3>
              {hit.isDemo ? <DemoBadge /> : null}
              {hit.kommunal ? <Badge kind="info">{t.finderHitMunicipal}</Badge> : null}
            </div>
            <div className="kern-card__body sp-hit__body">
              <p className="kern-body">
                <Rich text={hit.traeger} />
              </p>
              <p className="kern-body">{hit.adresse}</p>
              {hit.hinweisVeraltet ? (
                <p className="kern-body">
                  <strong>{t.finderHitNote}</strong> {hit.hinweisVeraltet}
                </p>
              ) : null}
              {hit.bundesweit ? <p className="kern-body">{t.finderHitNationwide}</p> : null}
              <p className="kern-body">{hit.zugang}</p>
              <p className="kern-body">
                {hit.heute}
                {hit.offenJetzt ? <strong>{t.finderHitOpenNow}</strong> : null}
              </p>
              {hit.naechsterTermin ? (
                <p className="kern-body">
                  {t.finderHitNextSlot} {hit.naechsterTermin} –{" "}
                  <Link className="kern-link" to={`/beratungsstellen/${hit.slug}/termin`}>
                    {t.finderHitBook}
                    <span className="kern-sr-only">{fill(t.finderHitBookAt, { name: hit.name })}</span>
                  </Link>
                </p>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
