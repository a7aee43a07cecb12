/** Previous/next links under the result list; plain links, so paging works without JavaScript. */
import { Link } from "@remix-run/react";
import { formatCount } from "./format";

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Seiten der Ergebnisliste" className="sp-pagination">
      {page > 1 ? (
        <Link className="kern-link" to={href(Math.min(page - 1, pages))} rel="prev">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          Vorherige Seite
        </Link>
      ) : null}
      <span className="kern-body">
        Seite {formatCount(page)} von {formatCount(pages)}
      </span>
      {page < pages ? (
        <Link className="kern-link" to={href(page + 1)} rel="next">
          Nächste Seite
          <span className="kern-icon kern-icon--arrow-forward kern-icon--small" aria-hidden="true" />
        </Link>
      ) : null}
    </nav>
  );
}
