import { Link } from "@remix-run/react";

export function SiteFooter() {
  return (
    <footer className="sp-footer">
      <div className="kern-container">
        <p className="kern-body kern-body--small">
          Sozialplattform – ein offenes Angebot für Menschen, die Hilfe suchen, und für die Stellen, die sie beraten. Quelltext unter der EUPL 1.2.
        </p>
        <nav aria-label="Informationen zur Plattform">
          <ul className="sp-footer__list">
            <li>
              <Link className="kern-link kern-link--small" to="/lizenzen">
                Lizenzen und Datenquellen
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
