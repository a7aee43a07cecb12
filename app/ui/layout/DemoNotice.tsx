import { Alert } from "../kern/Alert";

/** Shown on every page while demo data is in the database, so nobody mistakes it for real offers. */
export function DemoNotice() {
  return (
    <div className="kern-container sp-demo-notice" lang="de" dir="ltr">
      <Alert kind="warning" title="Demoversion mit erfundenen Daten" live="off">
        <p className="kern-body">
          Alle Beratungsstellen und Träger auf dieser Installation sind erfunden. Bitte nutzen Sie sie nicht, um echte Hilfe zu suchen.
        </p>
      </Alert>
    </div>
  );
}
