/**
 * After a client-side page change (JavaScript on), screen readers hear nothing by themselves: a
 * full page load announces the new title, a Remix navigation does not. This announces the new
 * page's title in a polite live region and, when the focus was lost with the old page (it sits
 * on <body> or outside the content, e.g. on a header link), moves it to the content (`main`), so
 * Tab continues there as after a page load. A page that placed the focus itself (a form step
 * focusing its heading) keeps it. Changes of the query alone (a search) are announced by the
 * page's own status region, not here.
 */
import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

export const ROUTE_ANNOUNCER_ID = "seitenwechsel";

export function RouteAnnouncer({ contentId = "inhalt" }: { contentId?: string }) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const content = document.getElementById(contentId);
    const active = document.activeElement;
    if (content && (!active || active === document.body || !content.contains(active))) content.focus({ preventScroll: true });
    // Set after the commit, when <Meta> has written the new title; a repeated title still re-announces.
    setMessage("");
    const timer = setTimeout(() => setMessage(document.title), 50);
    return () => clearTimeout(timer);
  }, [pathname, contentId]);

  return (
    <div id={ROUTE_ANNOUNCER_ID} className="kern-sr-only" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
