/** Dashboard of the management area: who is logged in with which roles. Sections add their tiles. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { can } from "../domain/accounts/permissions";
import { localDateInBerlin } from "../domain/shared/dates";
import { requireStaff } from "../server/auth/guard.server";
import { membershipLabels } from "../server/auth/memberships.server";
import { remainingRecoveryCodes } from "../server/auth/recovery-codes.server";
import { RECOVERY_CODES_PATH } from "../server/auth/recovery-display.server";
import { bookingSignals } from "../server/booking/agenda.server";
import { chatContext, inboxSignals } from "../server/chat/conversations.server";
import { counsellingCentreIds } from "../domain/chat/inbox";
import { countDueCentres } from "../server/counselling/centre-editing.server";
import { countOpenErrorReports } from "../server/counselling/error-report-inbox.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { pageTitle } from "../ui/meta";
import { ChatSignals } from "../ui/chat/ChatSignals";
import { DueCentres } from "../ui/verwaltung/DueCentres";

export const meta: MetaFunction = () => [{ title: pageTitle("Übersicht – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const { prisma } = context.services.db;
  const now = new Date();
  const [rollen, wiederherstellungscodes, termine, faelligeStellen, postausgang, offeneMeldungen, gespraeche] = await Promise.all([
    membershipLabels(prisma, actor.memberships),
    remainingRecoveryCodes(prisma, actor.benutzerId),
    canSomewhere(actor, "termine.ansehen") ? bookingSignals(prisma, actor, now) : null,
    canSomewhere(actor, "beratungsstelle.bearbeiten") ? countDueCentres(prisma, actor, localDateInBerlin(now)) : null,
    can(actor, "postausgang.lesen") ? prisma.mailOutbox.count({ where: { gesendetAm: null, verworfenAm: null } }).then((wartend) => ({ wartend })) : null,
    canSomewhere(actor, "fehlermeldung.bearbeiten") ? countOpenErrorReports(prisma, actor) : null,
    counsellingCentreIds(actor).length > 0 ? inboxSignals(chatContext(context.services), actor) : null,
  ]);
  const verwaltung = [
    canSomewhere(actor, "traeger.bearbeiten") ? { to: "/verwaltung/traeger", label: "Träger verwalten" } : null,
    canSomewhere(actor, "personal.verwalten") ? { to: "/verwaltung/personal", label: "Personal verwalten und einladen" } : null,
    canSomewhere(actor, "protokoll.ansehen") ? { to: "/verwaltung/protokoll", label: "Protokoll der Änderungen ansehen" } : null,
  ].filter((link) => link !== null);
  return { rollen, wiederherstellungscodes, codesPfad: RECOVERY_CODES_PATH, termine, faelligeStellen, postausgang, offeneMeldungen, gespraeche, verwaltung };
}

export default function VerwaltungDashboard() {
  const { rollen, wiederherstellungscodes, codesPfad, termine, faelligeStellen, postausgang, offeneMeldungen, gespraeche, verwaltung } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Verwaltung</h1>
      <h2 className="kern-heading-medium">Ihre Rollen</h2>
      <ul className="kern-list">
        {rollen.map((rolle) => (
          <li key={rolle}>{rolle}</li>
        ))}
      </ul>
      {postausgang ? (
        <>
          <h2 className="kern-heading-medium">Postausgang</h2>
          <p className="kern-body">
            <Link className="kern-link" to="/verwaltung/postausgang">
              Postausgang ansehen
            </Link>{" "}
            ({postausgang.wartend === 1 ? "1 Mail wartet" : `${postausgang.wartend} Mails warten`} auf Versand)
          </p>
        </>
      ) : null}
      {verwaltung.length > 0 ? (
        <section aria-labelledby="verwaltung-titel">
          <h2 className="kern-heading-medium" id="verwaltung-titel">Träger, Personal und Protokoll</h2>
          <ul className="kern-list">
            {verwaltung.map((link) => (
              <li key={link.to}>
                <Link className="kern-link" to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {gespraeche ? <ChatSignals {...gespraeche} /> : null}
      {faelligeStellen !== null ? <DueCentres count={faelligeStellen} /> : null}
      {offeneMeldungen !== null ? (
        <section aria-labelledby="meldungen-titel">
          <h2 className="kern-heading-medium" id="meldungen-titel">Fehlermeldungen</h2>
          <p className="kern-body">
            {offeneMeldungen === 1 ? "1 offene Meldung" : `${offeneMeldungen} offene Meldungen`} aus dem Formular „Fehler melden“.{" "}
            <Link className="kern-link" to="/verwaltung/meldungen">Zu den Fehlermeldungen</Link>
          </p>
        </section>
      ) : null}
      {termine ? (
        <section aria-labelledby="termine-titel">
          <h2 className="kern-heading-medium" id="termine-titel">Termine</h2>
          <ul className="kern-list">
            <li>{termine.neu === 1 ? "1 neue Buchung" : `${termine.neu} neue Buchungen`} in den letzten 24 Stunden</li>
            <li>{termine.unbestaetigt === 1 ? "1 kommender Termin ist" : `${termine.unbestaetigt} kommende Termine sind`} noch nicht bestätigt</li>
          </ul>
          <p className="kern-body"><Link className="kern-link" to="/verwaltung/termine">Zur Terminübersicht</Link></p>
        </section>
      ) : null}
      <h2 className="kern-heading-medium">Zwei-Faktor-Anmeldung</h2>
      <p className="kern-body">
        {`Unbenutzte Wiederherstellungscodes: ${wiederherstellungscodes} von 10.`}{" "}
        <Link className="kern-link" to={codesPfad}>
          Wiederherstellungscodes verwalten
        </Link>
        {" · "}
        <Link className="kern-link" to="/anmelden/zweiter-faktor/neu">
          Neue Authenticator-App einrichten
        </Link>
      </p>
    </>
  );
}
