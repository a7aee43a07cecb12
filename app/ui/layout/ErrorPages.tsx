import { Link } from "@remix-run/react";
import { useMessages } from "../i18n";

export function NotFoundPage() {
  const t = useMessages();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">{t.notFoundTitle}</h1>
      <p className="kern-body">{t.notFoundBody}</p>
      <ul className="kern-list">
        <li><Link className="kern-link" to="/">{t.toStart}</Link></li>
        <li><Link className="kern-link" to="/leistungen">{t.navLeistungen}</Link></li>
        <li><Link className="kern-link" to="/beratungsstellen">{t.navBeratung}</Link></li>
      </ul>
    </div>
  );
}

export function ServerErrorPage({ requestId }: { requestId?: string }) {
  const t = useMessages();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">{t.serverErrorTitle}</h1>
      <p className="kern-body">{t.serverErrorBody}</p>
      {requestId ? (
        <p className="kern-body kern-body--small">
          {t.serverErrorReference} <code>{requestId}</code>
        </p>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to="/">{t.toStart}</Link>
      </p>
    </div>
  );
}

export function ForbiddenPage({ message }: { message?: string }) {
  const t = useMessages();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Kein Zugriff</h1>
      <p className="kern-body">{message || "Dafür fehlt Ihnen die Berechtigung."}</p>
      <p className="kern-body">
        Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich an die Administration Ihres Trägers oder Ihrer Kommune.
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/">{t.toStart}</Link>
      </p>
    </div>
  );
}
