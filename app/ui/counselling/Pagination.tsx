/** Previous/next links under the result list; plain links, so paging works without JavaScript. */
import { Link } from "@remix-run/react";
import { formatNumber } from "../../i18n/format";
import { fill } from "../../i18n/template";
import { useContentLocale, useContentMessages } from "../i18n";

/** In the page content's language: translated on translated pages, German on staff pages. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const locale = useContentLocale();
  const t = useContentMessages();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.pagingLabel} className="sp-pagination">
      {page > 1 ? (
        <Link className="kern-link" to={href(Math.min(page - 1, pages))} rel="prev">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t.pagingPrevious}
        </Link>
      ) : null}
      <span className="kern-body">
        {fill(t.pagingPage, { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}
      </span>
      {page < pages ? (
        <Link className="kern-link" to={href(page + 1)} rel="next">
          {t.pagingNext}
          <span className="kern-icon kern-icon--arrow-forward kern-icon--small" aria-hidden="true" />
        </Link>
      ) : null}
    </nav>
  );
}
