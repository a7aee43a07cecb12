/**
 * No centre matched: concrete next steps as links (a wider radius, the nationwide online and
 * phone offers, fewer filters) and the national crisis lines for someone who needs help now.
 */
import { Link } from "@remix-run/react";
import type { Hotline } from "../../domain/counselling/hotlines";
import { Hotlines } from "./Hotlines";

export type EmptyStateLinks = {
  widerRadius?: { km: number; href: string };
  bundesweit?: string;
  withoutFilters?: string;
  withoutKeyword?: string;
  allTopics?: string;
};

export function EmptyResults({ links, hotlines }: { links: EmptyStateLinks; hotlines: readonly Hotline[] }) {
  const items = [
    links.widerRadius && { href: links.widerRadius.href, text: `Im Umkreis von ${links.widerRadius.km} km suchen` },
    links.bundesweit && { href: links.bundesweit, text: "Online- und Telefonberatung zeigen, die bundesweit erreichbar ist" },
    links.withoutFilters && { href: links.withoutFilters, text: "Ohne Filter suchen" },
    links.withoutKeyword && { href: links.withoutKeyword, text: "Ohne Stichwort suchen" },
    links.allTopics && { href: links.allTopics, text: "In allen Themen suchen" },
  ].filter((item): item is { href: string; text: string } => Boolean(item));
  return (
    <div className="sp-empty-results">
      <p className="kern-body">Wir haben keine passende Beratungsstelle gefunden.</p>
      {items.length > 0 ? (
        <>
          <p className="kern-body">Das können Sie tun:</p>
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
