import type { ReactNode } from "react";

/**
 * A link to another website (an authority, a law text). Marked visibly by the KERN "open in new"
 * icon and for screen readers by text; it opens in the same tab so the back button keeps working.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="kern-link" href={href} rel="external noopener noreferrer">
      <span>
        {children}
        <span className="kern-sr-only"> (externe Seite)</span>
      </span>
      <span className="kern-icon kern-icon--open-in-new kern-icon--small" aria-hidden="true" />
    </a>
  );
}
