import { Link, NavLink } from "@remix-run/react";
import { SERVICE_NAME } from "../meta";
import { PRIMARY_NAVIGATION } from "./navigation";

export function SiteHeader() {
  return (
    <header className="sp-header">
      <div className="kern-container sp-header__inner">
        <Link to="/" className="sp-header__brand kern-link kern-link--no-visited-state">
          {SERVICE_NAME}
          <span className="sp-header__claim">Hilfe finden. Beratung bekommen.</span>
        </Link>
        <nav aria-label="Hauptnavigation" className="sp-nav">
          <ul className="sp-nav__list">
            {PRIMARY_NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="sp-nav__link kern-link kern-link--no-visited-state">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
