/** The "back to …" link above a page's heading: a KERN link with the back arrow, in its own paragraph. */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="kern-body">
      <Link className="kern-link" to={to}>
        <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
        {children}
      </Link>
    </p>
  );
}
