/**
 * No centre matched: concrete next steps as links (a wider radius, the nationwide online and
 * phone offers, fewer filters) and the national crisis lines for someone who needs help now.
 */
import { Link } from "@remix-run/react";
import type { Hotline } from "../../domain/counselling/hotlines";
import { fill } from "../../i18n/template";
import { useMessages } from "../i18n";
import { Hotlines } from "./Hotlines";

export type EmptyStateLinks = {
  widerRadius?: { km: number; href: string };
  bundesweit?: string;
  withoutFilters?: string;
  withoutKeyword?: string;
  allTopics?: string;
};

export function EmptyResults({ links, hotlines }: { links: EmptyStateLinks; hotlines: readonly Hotline[] }) {
  const t = useMessages();
  const items = [
    links.widerRadius && { href: links.widerRadius.href, text: fill(t.finderEmptyWider, { km: links.widerRadius.km }) },
    links.bundesweit && { href: links.bundesweit, text: t.finderEmptyNationwide },
    links.withoutFilters && { href: links.withoutFilters, text: t.finderEmptyWithoutFilters },
    links.withoutKeyword && { href: links.withoutKeyword, text: t.finderEmptyWithoutKeyword },
    links.allTopics && { href: links.allTopics, text: t.finderEmptyAllTopics },
  ].filter((item): item is { href: string; text: string } => Boolean(item));
  return (
    <div className="sp-empty-results">
      <p className="kern-body">{t.finderEmpty}</p>
      {items.length > 0 ? (
        <>
          <p className="kern-body">{t.finderEmptyWhatNow}</p>
          <ul className="kern-list kern-list--bullet">
            {items.map((item) => (
              <li key={item.href}>
                <Link className="kern-link" to={item.href}>
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Hotlines hotlines={hotlines} />
    </div>
  );
}
