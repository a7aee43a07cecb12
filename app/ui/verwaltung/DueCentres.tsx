import { Link } from "@remix-run/react";

/** Data quality: centres whose data was last confirmed more than 6 months ago (or never). */
export function DueCentres({ count }: { count: number }) {
  return (
    <section aria-labelledby="abschnitt-datenpflege">
      <h2 className="kern-heading-medium" id="abschnitt-datenpflege">
        Datenpflege
      </h2>
      {count === 0 ? (
        <p className="kern-body">Alle Ihre Beratungsstellen sind in den letzten 6 Monaten geprüft worden.</p>
      ) : (
        <p className="kern-body">
          {count === 1 ? "Bei 1 Beratungsstelle ist die Prüfung fällig" : `Bei ${count.toLocaleString("de-DE")} Beratungsstellen ist die Prüfung fällig`}: Bitte
          bestätigen oder korrigieren Sie die Angaben.{" "}
          <Link className="kern-link" to="/verwaltung/stellen?faellig=ja">
            Fällige Prüfungen ansehen
          </Link>
        </p>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/verwaltung/stellen">
          Alle Beratungsstellen bearbeiten
        </Link>
      </p>
    </section>
  );
}
