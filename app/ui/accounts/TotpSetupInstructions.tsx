/**
 * How to add the account to an authenticator app: the QR code, the secret in groups of four and
 * the otpauth link (drawn on the server, works without JavaScript). Used by the first set-up
 * (/anmelden/zweiter-faktor) and by replacing the app (/anmelden/zweiter-faktor/neu).
 */
import type { TotpEnrolment } from "../../server/auth/totp-enrolment.server";

export function TotpSetupInstructions({ einrichtung }: { einrichtung: TotpEnrolment }) {
  return (
    <>
      <h2 className="kern-heading-medium">QR-Code scannen</h2>
      <p className="kern-body">
        <img
          src={einrichtung.qrCode}
          width={220}
          height={220}
          alt="QR-Code zum Einrichten der Zwei-Faktor-Anmeldung in Ihrer Authenticator-App. Er enthält denselben Schlüssel, der darunter als Text steht."
        />
      </p>
      <h2 className="kern-heading-medium">Schlüssel von Hand eingeben</h2>
      <p className="kern-body">
        <code className="sp-secret" aria-label={`Schlüssel: ${einrichtung.gruppen.split("").join(" ")}`}>
          {einrichtung.gruppen}
        </code>
      </p>
      <p className="kern-body">Art: zeitbasiert (TOTP), 6 Stellen, alle 30 Sekunden neu.</p>
      <h2 className="kern-heading-medium">Oder als Link</h2>
      <p className="kern-body">
        <code className="sp-secret-uri">{einrichtung.uri}</code>
      </p>
    </>
  );
}
