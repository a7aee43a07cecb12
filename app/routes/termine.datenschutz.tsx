/** /termine/datenschutz: the privacy notice of the appointment booking, linked from the booking form's consent. */
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Datenschutzhinweise zur Terminbuchung") }];

export default function BookingPrivacy() {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Datenschutzhinweise zur Terminbuchung</h1>
      <h2 className="kern-heading-medium">Welche Angaben gespeichert werden</h2>
      <p className="kern-body">
        Für einen Termin speichern wir die gewählte Zeit und Art des Termins, Ihren Namen oder Ihr Pseudonym und – nur wenn Sie sie angeben – Ihre
        E-Mail-Adresse, Ihre Telefonnummer, das Thema und Ihre kurze Nachricht. Ein Konto brauchen Sie nicht.
      </p>
      <h2 className="kern-heading-medium">Wofür und wer sie sieht</h2>
      <p className="kern-body">
        Die Angaben dienen nur dazu, den Termin mit der Beratungsstelle durchzuführen. Sie sieht nur die Beratungsstelle, bei der Sie den Termin buchen.
        Die E-Mail-Adresse nutzen wir nur für die Bestätigung und eine Erinnerung einen Tag vor dem Termin. Die Beratung selbst unterliegt der Schweigepflicht.
      </p>
      <h2 className="kern-heading-medium">Wie lange</h2>
      <p className="kern-body">Die Angaben werden nur so lange aufbewahrt, wie sie für den Termin und seine Nachbereitung gebraucht werden. Wenn Sie den Termin absagen, ist die Zeit sofort wieder frei; eine Erinnerung wird dann nicht mehr verschickt.</p>
      <h2 className="kern-heading-medium">Ihre Rechte</h2>
      <p className="kern-body">
        Sie können den Termin jederzeit über Ihren persönlichen Link absagen oder verschieben. Sie können Ihre Einwilligung widerrufen und Auskunft, Berichtigung oder
        Löschung verlangen; wenden Sie sich dafür an die Beratungsstelle. Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren.
      </p>
    </div>
  );
}
