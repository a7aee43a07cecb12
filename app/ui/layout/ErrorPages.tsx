import { Link } from "@remix-run/react";

export function NotFoundPage() {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Seite nicht gefunden</h1>
      <p className="kern-body">
        Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder die Adresse enthält einen Tippfehler.
      </p>
      <ul className="kern-list">
        <li><Link className="kern-link" to="/">Zur Startseite</Link></li>
        <li><Link className="kern-link" to="/leistungen">Leistungen finden</Link></li>
        <li><Link className="kern-link" to="/beratungsstellen">Beratung finden</Link></li>
      </ul>
    </div>
  );
}

export function ServerErrorPage({ requestId }: { requestId?: string }) {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Technischer Fehler</h1>
      <p className="kern-body">
        Leider ist bei uns ein Fehler aufgetreten. Ihre Eingaben wurden nicht gespeichert. Bitte versuchen Sie es in einigen Minuten noch einmal.
      </p>
      {requestId ? (
        <p className="kern-body kern-body--small">
          Wenn Sie uns den Fehler melden, nennen Sie bitte diese Kennung: <code>{requestId}</code>
        </p>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to="/">Zur Startseite</Link>
      </p>
    </div>
  );
}

export function ForbiddenPage({ message }: { message?: string }) {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Kein Zugriff</h1>
      <p className="kern-body">{message || "Dafür fehlt Ihnen die Berechtigung."}</p>
      <p className="kern-body">
        Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich an die Administration Ihres Trägers oder Ihrer Kommune.
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/">Zur Startseite</Link>
      </p>
    </div>
  );
}
