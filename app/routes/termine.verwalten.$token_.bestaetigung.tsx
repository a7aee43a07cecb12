/**
 * /termine/verwalten/{token}/bestaetigung: the confirmation right after booking (and, with
 * `?verschoben=1`, right after moving: the same page with the new time). Shows when,
 * how (address, who calls whom, video access), the booking code, the private management link
 * and the calendar file; without an e-mail address it says plainly to keep code and link. The
 * token is in the address like on the management page: never cached, never indexed, the
 * Referrer-Policy (same-origin) keeps it from other sites, and the access log masks it.
 */
import "../ui/booking/booking.css";
import { data, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { meetingDetails } from "../domain/booking/confirmation";
import { TERMINART_LABEL } from "../domain/booking/types";
import { findByToken } from "../server/booking/booking.server";
import { formatDay, formatTime } from "../server/booking/format.server";
import { Alert } from "../ui/kern/Alert";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { pageTitle } from "../ui/meta";

const NO_STORE = { "Cache-Control": "no-store" };

/** The document too, not only data requests: the page holds a private token or personal data. */
export const headers: HeadersFunction = () => NO_STORE;

const headingOf = (verschoben: boolean | undefined) => (verschoben ? "Ihr Termin ist verschoben" : "Ihr Termin ist gebucht");

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: pageTitle(headingOf(loaded?.verschoben)) }, { name: "robots", content: "noindex" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { prisma } = context.services.db;
  const token = params.token ?? "";
  const termin = await findByToken(prisma, token);
  if (!termin) throw new Response("Nicht gefunden", { status: 404 });
  const verwaltenPfad = `/termine/verwalten/${encodeURIComponent(token)}`;
  if (termin.status === "storniert") throw redirect(verwaltenPfad, { headers: NO_STORE });
  const stelle = await prisma.beratungsstelle.findUnique({
    where: { id: termin.beratungsstelleId },
    select: { name: true, slug: true, strasse: true, plz: true, ort: true, telefon: true, email: true },
  });
  if (!stelle) throw new Response("Nicht gefunden", { status: 404 });
  return data(
    {
      verschoben: new URL(request.url).searchParams.get("verschoben") === "1",
      buchungscode: termin.buchungscode,
      tag: formatDay(termin.beginn),
      uhrzeit: `${formatTime(termin.beginn)} bis ${formatTime(termin.ende)} Uhr`,
      art: TERMINART_LABEL[termin.art],
      details: meetingDetails(termin.art, stelle, { email: termin.email, telefon: termin.telefon }),
      mitEmail: termin.email !== null,
      stelle: { name: stelle.name, slug: stelle.slug },
      verwaltenPfad,
      verwaltenUrl: `${context.services.config.PUBLIC_URL}${verwaltenPfad}`,
      kalenderUrl: `${verwaltenPfad}/kalender`,
    },
    { headers: NO_STORE },
  );
}

export default function BookingConfirmation() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">{headingOf(page.verschoben)}</h1>
      {page.verschoben ? (
        <Alert kind="success" title="Verschoben">
          <p className="kern-body">
            Ihr Termin bei <Link className="kern-link" to={`/beratungsstellen/${page.stelle.slug}`}>{page.stelle.name}</Link> ist auf die neue Zeit eingetragen. Die
            bisherige Zeit ist wieder frei.
            {page.mitEmail ? " Eine Bestätigung der neuen Zeit und einen Tag vorher eine Erinnerung schicken wir an Ihre E-Mail-Adresse." : ""} Bitte laden Sie die
            Kalenderdatei neu herunter, wenn Sie den Termin in Ihren Kalender übernommen haben.
          </p>
        </Alert>
      ) : (
        <Alert kind="success" title="Gebucht">
          <p className="kern-body">
            Ihr Termin bei <Link className="kern-link" to={`/beratungsstellen/${page.stelle.slug}`}>{page.stelle.name}</Link> ist fest eingetragen.
            {page.mitEmail ? " Eine Bestätigung und einen Tag vorher eine Erinnerung schicken wir an Ihre E-Mail-Adresse." : ""}
          </p>
        </Alert>
      )}
      <DescriptionList
        items={[
          { key: "tag", term: "Datum", value: page.tag },
          { key: "uhrzeit", term: "Uhrzeit", value: page.uhrzeit },
          { key: "art", term: "Art", value: page.art },
          { key: "details", term: page.details.term, value: page.details.lines.map((line) => <span key={line} className="sp-line">{line}</span>) },
          { key: "code", term: "Buchungscode", value: <code>{page.buchungscode}</code> },
        ]}
      />
      {!page.mitEmail ? (
        <Alert kind="warning" title="Bitte Buchungscode und Link aufbewahren" live="off">
          <p className="kern-body">
            Sie haben keine E-Mail-Adresse angegeben, darum bekommen Sie keine Bestätigung und keine Erinnerung. Nur mit dem persönlichen Link unten können Sie
            den Termin absagen oder verschieben. Bitte speichern Sie ihn als Lesezeichen, schreiben Sie ihn ab oder laden Sie die Kalenderdatei herunter – und notieren Sie
            den Buchungscode <code>{page.buchungscode}</code>.
          </p>
        </Alert>
      ) : null}
      <section aria-labelledby="verwalten-titel">
        <h2 className="kern-heading-medium" id="verwalten-titel">
          Ihr persönlicher Link
        </h2>
        <p className="kern-body">Über diesen Link sehen Sie Ihren Termin und können ihn absagen oder verschieben. Geben Sie ihn nicht weiter: Wer ihn kennt, kann den Termin ändern.</p>
        <p className="kern-body sp-break">
          <Link className="kern-link" to={page.verwaltenPfad}>
            {page.verwaltenUrl}
          </Link>
        </p>
        <p className="kern-body">
          <a className="kern-link" href={page.kalenderUrl} download={`termin-${page.buchungscode}.ics`}>
            Termin in den Kalender übernehmen (.ics-Datei)
          </a>
        </p>
      </section>
    </div>
  );
}
