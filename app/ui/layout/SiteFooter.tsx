import { Link } from "@remix-run/react";
import { useMessages } from "../i18n";
import { FOOTER_NAVIGATION } from "./navigation";

export function SiteFooter() {
  const t = useMessages();
  return (
    <footer className="sp-footer">
      <div className="kern-container">
        <p className="kern-body kern-body--small">{t.footerText}</p>
        <nav aria-label={t.footerNavLabel}>
          <ul className="sp-footer__list">
            {FOOTER_NAVIGATION.map((item) => (
              <li key={item.to}>
                <Link className="kern-link kern-link--small" to={item.to}>
                  {t[item.label]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
