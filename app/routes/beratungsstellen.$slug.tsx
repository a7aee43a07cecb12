/**
 * /beratungsstellen/<slug>: one published centre with everything known about it, and the form
 * "Fehler in den Angaben melden" (POST here; stored for the centre's editors, rate-limited,
 * POST-redirect-GET with a flash). Unknown or unpublished slugs are 404.
 */
import "../ui/counselling/counselling.css";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CATALOG } from "../domain/benefits/catalog";
import { reachabilityText } from "../domain/chat/inbox";
import { staleHint } from "../domain/counselling/data-quality";
import { readErrorReport } from "../domain/counselling/error-report";
import { todayHours, upcomingExceptions, weekRows } from "../domain/counselling/hours-view";
import { VERBAND_LABELS } from "../domain/counselling/labels";
import { localMoment } from "../domain/counselling/opening-hours";
import { relatedBenefits, topicLabel } from "../domain/counselling/topics";
import { formatNextSlot } from "../server/booking/format.server";
import { nextFreeSlot } from "../server/booking/next-slot.server";
import { absenceNoteOf, reachabilityOf } from "../server/chat/conversations.server";
import { findPublishedCentre } from "../server/counselling/centre-read.server";
import { errorReports } from "../server/counselling/error-reports.server";
import { AccessibilitySection, ContactSection, DataSection, LocationSection, MoreSection } from "../ui/counselling/CentreSections";
import { DemoBadge } from "../ui/counselling/DemoBadge";
import { ErrorReportForm, ErrorReportProblems, type ErrorReportFeedback } from "../ui/counselling/ErrorReportForm";
import { OpeningHours } from "../ui/counselling/OpeningHours";
import { Alert } from "../ui/kern/Alert";
import { Badge } from "../ui/kern/Badge";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { pageTitle } from "../ui/meta";
import { AbsenceNotice } from "../ui/chat/AbsenceNotice";

export const meta: MetaFunction<typeof loader, never> = ({ data: loaded }) => [
  { title: pageTitle(loaded ? `${loaded.centre.name} – Beratung finden` : "Seite nicht gefunden") },
];

async function centreOr404(context: LoaderFunctionArgs["context"], slug: string | undefined) {
  const centre = await findPublishedCentre(context.services.db.prisma, { slug: slug ?? "" });
  if (!centre) throw new Response("Diese Beratungsstelle gibt es nicht (mehr).", { status: 404 });
  return centre;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const centre = await centreOr404(context, params.slug);
  const now = new Date();
  const moment = localMoment(now);
  const next = await nextFreeSlot(context.services.db.prisma, centre.id, now);
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  const flash = session.get("flash") ?? null;
  const benefits = [...new Set(centre.themen.flatMap((thema) => relatedBenefits(thema)))].map((slug) => ({ slug, titel: CATALOG[slug].titel }));
  return data(
    {
      centre,
      hours: {
        week: weekRows(centre.oeffnungszeiten, moment),
        today: todayHours(centre.oeffnungszeiten, centre.ausnahmen, moment),
        exceptions: upcomingExceptions(centre.ausnahmen, moment),
      },
      benefits,
      termin: next.bookable ? { naechster: next.slot ? formatNextSlot(next.slot) : null, href: `/beratungsstellen/${centre.slug}/termin` } : null,
      staleHint: staleHint(centre.zuletztGeprueft, moment.datum),
      chat: centre.kanaele.includes("chat")
        ? { erreichbar: reachabilityText(reachabilityOf(centre, now)), abwesenheit: await absenceNoteOf(context.services.db.prisma, centre.id, now) }
        : null,
      sent: flash?.kind === "success" ? flash.text : null,
    },
    flash ? { headers: { "Set-Cookie": await sessions.commitSession(session) } } : undefined,
  );
}

export async function action({ request, params, context }: ActionFunctionArgs): Promise<ErrorReportFeedback | Response> {
  const centre = await centreOr404(context, params.slug);
  const form = await request.formData();
  const fields = Object.fromEntries([...form].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  const reading = readErrorReport(fields);
  if (reading.kind === "invalid") return { errors: reading.errors, values: reading.values };
  if (reading.kind === "ok") {
    const verdict = await errorReports.store(context.services.db.prisma, {
      centreId: centre.id,
      report: reading.report,
      clientAddress: context.clientIp,
      now: new Date(),
      publicUrl: context.services.config.PUBLIC_URL,
    });
    if (!verdict.stored) {
      const wer = verdict.reason === "address" ? "Von Ihrem Anschluss kamen" : "Zu dieser Beratungsstelle kamen";
      return {
        errors: {},
        values: { nachricht: reading.report.nachricht, kontakt: reading.report.kontakt ?? "" },
        refused: `${wer} in der letzten Stunde schon viele Meldungen. Bitte versuchen Sie es in ${verdict.retryAfterMinutes} ${verdict.retryAfterMinutes === 1 ? "Minute" : "Minuten"} noch einmal. Ihr Text steht noch im Formular.`,
      };
    }
  }
  // A bot that filled the honeypot gets the same answer as a person, so it learns nothing.
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  session.flash("flash", { kind: "success", text: "Ihre Meldung ist angekommen. Die Redaktion prüft die Angaben und korrigiert sie, wenn nötig." });
  return redirect(`/beratungsstellen/${centre.slug}#fehler-melden`, { status: 303, headers: { "Set-Cookie": await sessions.commitSession(session) } });
}

export default function CentrePage() {
  const { centre, hours, benefits, termin, staleHint: hint, sent, chat } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const ort = centre.einzugsgebiet.bundesweit ? "" : `&ort=${centre.adresse.plz}`;
  const problems = feedback instanceof Response ? undefined : feedback;
  return (
    <div className="kern-container sp-page sp-centre">
      <ErrorReportProblems feedback={problems} />
      <p className="kern-body">
        <Link className="kern-link" to="/beratungsstellen">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          Zur Suche
        </Link>
      </p>
      <h1 className="kern-heading-large">{centre.name}</h1>
      {centre.isDemo ? <DemoBadge long /> : null}
      {centre.traeger.verband === "kommunal" ? <Badge kind="info">Kommunales Angebot</Badge> : null}
      {hint ? (
        <Alert kind="warning" title="Angaben möglicherweise nicht mehr aktuell" live="off">
          <p className="kern-body">{hint}</p>
        </Alert>
      ) : null}
      <p className="kern-body kern-body--large">
        {centre.traeger.name} ({VERBAND_LABELS[centre.traeger.verband]})
      </p>
      {centre.beschreibung ? <p className="kern-body">{centre.beschreibung}</p> : null}
      <p className="kern-body">
        Themen:{" "}
        {centre.themen.map((thema, index) => (
          <span key={thema}>
            {index > 0 ? ", " : ""}
            <Link className="kern-link" to={`/beratungsstellen?thema=${thema}${ort}`}>
              {topicLabel(thema) ?? thema}
            </Link>
          </span>
        ))}
      </p>

      {termin ? (
        <section aria-labelledby="abschnitt-termin">
          <h2 className="kern-heading-medium" id="abschnitt-termin">Termin online vereinbaren</h2>
          <p className="kern-body">
            {termin.naechster ? (
              <>
                Nächster freier Termin: <strong>{termin.naechster}</strong>
              </>
            ) : (
              "Zurzeit ist online kein Termin frei. Bitte sehen Sie später noch einmal nach oder nehmen Sie direkt Kontakt auf."
            )}
          </p>
          {termin.naechster ? (
            <div className="kern-btn-wrapper">
              <ButtonLink to={termin.href}>Termin vereinbaren</ButtonLink>
            </div>
          ) : null}
        </section>
      ) : null}
      {chat ? (
        <section aria-labelledby="abschnitt-online-beratung">
          <h2 className="kern-heading-medium" id="abschnitt-online-beratung">Online-Beratung</h2>
          <p className="kern-body">Schreiben Sie der Beratungsstelle anonym, ohne Konto. {chat.erreichbar}</p>
          {chat.abwesenheit ? <AbsenceNotice note={chat.abwesenheit} /> : null}
          <div className="kern-btn-wrapper">
            <ButtonLink to={`/chat/starten/${centre.slug}`}>Online-Beratung starten</ButtonLink>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="abschnitt-kontakt">
        <h2 className="kern-heading-medium" id="abschnitt-kontakt">Kontakt</h2>
        <ContactSection centre={centre} />
      </section>
      <section aria-labelledby="abschnitt-oeffnungszeiten">
        <h2 className="kern-heading-medium" id="abschnitt-oeffnungszeiten">Öffnungszeiten</h2>
        <OpeningHours week={hours.week} today={hours.today} exceptions={hours.exceptions} notfallzeiten={centre.notfallzeiten} />
      </section>
      <section aria-labelledby="abschnitt-barrierefreiheit">
        <h2 className="kern-heading-medium" id="abschnitt-barrierefreiheit">Barrierefreiheit</h2>
        <AccessibilitySection barrierefreiheit={centre.barrierefreiheit} />
      </section>
      <section aria-labelledby="abschnitt-weitere-angaben">
        <h2 className="kern-heading-medium" id="abschnitt-weitere-angaben">Weitere Angaben</h2>
        <MoreSection centre={centre} />
      </section>
      {centre.geo ? (
        <section aria-labelledby="abschnitt-lage">
          <h2 className="kern-heading-medium" id="abschnitt-lage">Lage</h2>
          <LocationSection geo={centre.geo} name={centre.name} />
        </section>
      ) : null}
      {benefits.length > 0 ? (
        <section aria-labelledby="abschnitt-leistungen">
          <h2 className="kern-heading-medium" id="abschnitt-leistungen">Leistungen, bei denen die Beratung hilft</h2>
          <ul className="kern-list">
            {benefits.map((benefit) => (
              <li key={benefit.slug}>
                <Link className="kern-link" to={`/leistungen/${benefit.slug}`}>
                  {benefit.titel}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="abschnitt-datenstand">
        <h2 className="kern-heading-medium" id="abschnitt-datenstand">Über diese Angaben</h2>
        <DataSection centre={centre} />
        <p className="kern-body">
          <Link className="kern-link" to={`/beratungsstellen?traeger=${centre.traeger.id}`}>
            Weitere Beratungsstellen dieses Trägers
          </Link>
        </p>
      </section>
      <section aria-labelledby="fehler-melden" id="fehler-melden-bereich">
        <h2 className="kern-heading-medium" id="fehler-melden" tabIndex={-1}>
          Fehler in den Angaben melden
        </h2>
        <ErrorReportForm feedback={problems} sent={sent} />
      </section>
    </div>
  );
}
