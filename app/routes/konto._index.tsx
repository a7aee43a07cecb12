/**
 * /konto: the help seeker's account – saved Leistungs-Check results, appointments booked while
 * logged in (with their private management link) and conversations started while logged in,
 * plus "Meine Daten herunterladen" and "Konto und alle Daten löschen". Only for a logged-in help
 * seeker (requireHelpSeeker); every action is a plain form (POST-redirect-GET).
 */
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatGermanDate } from "../domain/shared/dates";
import { requireHelpSeeker } from "../server/accounts/guard.server";
import { accountAppointments, accountConversations, reopenConversation } from "../server/accounts/overview.server";
import { deleteResult, listResults } from "../server/accounts/saved-results.server";
import { formatDay, formatTime } from "../server/booking/format.server";
import { formFields, NO_STORE, redirectWithFlash, takeFlash } from "../server/chat/pages.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Mein Konto") }, { name: "robots", content: "noindex" }];
export const headers: HeadersFunction = () => NO_STORE;

const when = (date: Date) => `${formatDay(date)}, ${formatTime(date)} Uhr`;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const { prisma } = context.services.db;
  const now = new Date();
  const [ergebnisse, termine, gespraeche] = await Promise.all([
    listResults(prisma, actor.benutzerId),
    accountAppointments(prisma, context.services.bookingSecret, actor.benutzerId, now),
    accountConversations(prisma, actor.benutzerId),
  ]);
  const { flash, headers } = await takeFlash(request, context);
  return data(
    {
      pseudonym: actor.anzeigename,
      neu: new URL(request.url).searchParams.get("neu") === "1",
      flash,
      ergebnisse: ergebnisse.map((e) => ({ id: e.id, titel: `Ergebnis vom ${formatGermanDate(e.stichtag)}`, gespeichert: when(e.gespeichertAm), wahrscheinlich: e.wahrscheinlich })),
      termine,
      gespraeche: gespraeche.map((g) => ({ ...g, begonnenAm: when(g.begonnenAm) })),
    },
    { headers },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const { prisma } = context.services.db;
  const form = formFields(await request.formData());
  if (form.aktion === "ergebnis_loeschen") {
    const deleted = await deleteResult(prisma, actor.benutzerId, form.id ?? "");
    return redirectWithFlash(request, context, "/konto", deleted ? "Das gespeicherte Ergebnis wurde gelöscht." : "Dieses Ergebnis gibt es nicht mehr.", deleted ? "success" : "info");
  }
  if (form.aktion === "gespraech_oeffnen") {
    const token = await reopenConversation(prisma, actor.benutzerId, form.id ?? "");
    if (!token) return redirectWithFlash(request, context, "/konto", "Dieses Gespräch gibt es nicht mehr.", "info");
    return redirectWithFlash(request, context, `/chat/${encodeURIComponent(token)}`, "Sie haben das Gespräch aus Ihrem Konto geöffnet. Ein früher notierter Link zu diesem Gespräch gilt nicht mehr.", "info");
  }
  throw new Response("Unbekannte Aktion", { status: 400 });
}

export default function Konto() {
  const { pseudonym, neu, flash, ergebnisse, termine, gespraeche } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page">
      {neu ? (
        <Alert kind="success" title="Ihr Konto ist angelegt">
          <p className="kern-body">Sie sind angemeldet. Merken Sie sich Ihr Pseudonym und Ihr Passwort gut.</p>
        </Alert>
      ) : null}
      {flash ? <Alert kind={flash.kind} title={flash.text} /> : null}
      <h1 className="kern-heading-large">Mein Konto</h1>
      <p className="kern-body kern-body--large">Angemeldet als {pseudonym}</p>

      <section aria-labelledby="ergebnisse-titel">
        <h2 className="kern-heading-medium" id="ergebnisse-titel">
          Gespeicherte Ergebnisse des Leistungs-Checks
        </h2>
        {ergebnisse.length === 0 ? (
          <p className="kern-body">
            Noch keine. Am Ende des <Link className="kern-link" to="/leistungs-check">Leistungs-Checks</Link> können Sie Ihr Ergebnis hier speichern.
          </p>
        ) : (
          <ul className="kern-list">
            {ergebnisse.map((e) => (
              <li key={e.id}>
                <h3 className="kern-heading-small">{e.titel}</h3>
                <p className="kern-body">
                  Gespeichert am {e.gespeichert}.{" "}
                  {e.wahrscheinlich.length > 0 ? `Wahrscheinlich: ${e.wahrscheinlich.join(", ")}.` : "Keine Leistung als wahrscheinlich eingeschätzt."}
                </p>
                <div className="sp-check-actions">
                  <Link className="kern-link" to={`/konto/ergebnisse/${e.id}`}>
                    {e.titel} ansehen
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="aktion" value="ergebnis_loeschen" />
                    <input type="hidden" name="id" value={e.id} />
                    <Button variant="secondary">{`${e.titel} löschen`}</Button>
                  </Form>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="termine-titel">
        <h2 className="kern-heading-medium" id="termine-titel">
          Meine Termine
        </h2>
        {termine.kommend.length + termine.vergangen.length === 0 ? (
          <p className="kern-body">
            Noch keine. Termine, die Sie angemeldet bei einer <Link className="kern-link" to="/beratungsstellen">Beratungsstelle</Link> vereinbaren, erscheinen hier.
          </p>
        ) : null}
        {termine.kommend.length > 0 ? <AppointmentList titel="Kommende Termine" termine={termine.kommend} /> : null}
        {termine.vergangen.length > 0 ? <AppointmentList titel="Vergangene Termine" termine={termine.vergangen} /> : null}
      </section>

      <section aria-labelledby="gespraeche-titel">
        <h2 className="kern-heading-medium" id="gespraeche-titel">
          Meine Gespräche
        </h2>
        {gespraeche.length === 0 ? (
          <p className="kern-body">Noch keine. Online-Beratungen, die Sie angemeldet beginnen, erscheinen hier.</p>
        ) : (
          <ul className="kern-list">
            {gespraeche.map((g) => (
              <li key={g.id}>
                <h3 className="kern-heading-small">
                  {g.stelle}
                  {g.thema ? ` – ${g.thema}` : ""}
                </h3>
                <p className="kern-body">
                  Begonnen am {g.begonnenAm} als „{g.pseudonym}“. Stand: {g.status}.
                </p>
                <Form method="post">
                  <input type="hidden" name="aktion" value="gespraech_oeffnen" />
                  <input type="hidden" name="id" value={g.id} />
                  <Button variant="secondary">{`Gespräch mit ${g.stelle} öffnen`}</Button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="daten-titel">
        <h2 className="kern-heading-medium" id="daten-titel">
          Meine Daten
        </h2>
        <p className="kern-body">
          Sie können alles, was wir zu Ihrem Konto gespeichert haben, als Datei herunterladen (JSON) – oder Ihr Konto mit allen Daten löschen.
        </p>
        <div className="sp-check-actions">
          <a className="kern-link" href="/konto/daten" download="meine-daten-sozialplattform.json">
            Meine Daten herunterladen (JSON)
          </a>
          <ButtonLink to="/konto/loeschen" variant="secondary">
            Konto und alle Daten löschen
          </ButtonLink>
        </div>
        <Form method="post" action="/abmelden">
          <Button variant="tertiary">Abmelden</Button>
        </Form>
      </section>
    </div>
  );
}

type Appointment = { id: string; buchungscode: string; zeit: string; art: string; status: string; stelle: string; verwaltenUrl: string };

function AppointmentList({ titel, termine }: { titel: string; termine: Appointment[] }) {
  return (
    <>
      <h3 className="kern-heading-small">{titel}</h3>
      <ul className="kern-list">
        {termine.map((t) => (
          <li key={t.id}>
            <p className="kern-body">
              <strong>{t.zeit}</strong> – {t.stelle} ({t.art}). Buchungscode {t.buchungscode}. Stand: {t.status}.{" "}
              <Link className="kern-link" to={t.verwaltenUrl}>
                Termin am {t.zeit} ansehen
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
