import { Link, NavLink } from "@remix-run/react";
import { useMessages } from "../i18n";
import { SERVICE_NAME } from "../meta";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { PRIMARY_NAVIGATION } from "./navigation";

export function SiteHeader() {
  const t = useMessages();
  return (
    <header className="sp-header">
      <div className="kern-container">
        <LanguageSwitcher />
      </div>
      <div className="kern-container sp-header__inner">
        <Link to="/" className="sp-header__brand kern-link kern-link--no-visited-state">
          <span lang="de">{SERVICE_NAME}</span>
          <span className="sp-header__claim">{t.claim}</span>
        </Link>
        <nav aria-label={t.navLabel} className="sp-nav">
          <ul className="sp-nav__list">
            {PRIMARY_NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="sp-nav__link kern-link kern-link--no-visited-state">
                  {t[item.label]}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
