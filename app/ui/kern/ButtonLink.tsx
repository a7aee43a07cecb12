import { Link } from "@remix-run/react";

/** A navigation link that looks like a KERN button, for the one main action of a page. */
export function ButtonLink({ to, children, variant = "primary" }: { to: string; children: string; variant?: "primary" | "secondary" }) {
  return (
    <Link className={`kern-btn kern-btn--${variant}`} to={to}>
      <span className="kern-label">{children}</span>
    </Link>
  );
}
