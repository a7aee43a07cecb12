import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** KERN card whose title is a link; the whole card is clickable via kern-link--stretched. */
export function LinkCard({ title, to, children, headingLevel = 2 }: { title: string; to: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="kern-card kern-card--interactive">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <Heading className="kern-title">
            <Link className="kern-link kern-link--stretched" to={to}>
              {title}
            </Link>
          </Heading>
        </div>
        <div className="kern-card__body">{children}</div>
      </div>
    </div>
  );
}
