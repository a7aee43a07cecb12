/** /konto/geloescht: the confirmation after "Konto und alle Daten löschen" (no login needed, nothing personal shown). */
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Alert } from "../ui/kern/Alert";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Konto gelöscht") }, { name: "robots", content: "noindex" }];

export default function AccountDeleted() {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Ihr Konto ist gelöscht</h1>
      <Alert kind="success" title="Alle Daten Ihres Kontos sind gelöscht" live="off">
        <p className="kern-body">Ihre kommenden Termine sind abgesagt. Auf diesem Gerät sind keine Anmeldedaten mehr gespeichert.</p>
      </Alert>
      <p className="kern-body">
        Sie können die Sozialplattform weiter ohne Konto nutzen:{" "}
        <Link className="kern-link" to="/leistungs-check">
          Leistungs-Check
        </Link>{" "}
        oder{" "}
        <Link className="kern-link" to="/beratungsstellen">
          Beratungsstellen finden
        </Link>
        .
      </p>
    </div>
  );
}
