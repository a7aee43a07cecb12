/**
 * /barrierefreiheit: the Erklärung zur Barrierefreiheit (BITV 2.0 § 7, EU model statement) with
 * its feedback form (POST here; queued for the operator, confirmed to the sender, rate-limited,
 * POST-redirect-GET with a flash).
 */
import "../ui/accessibility/accessibility.css";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFeedback } from "../domain/accessibility/feedback";
import { KONFORMITAET_TEXT, STATEMENT } from "../domain/accessibility/statement";
import { formatGermanDate } from "../domain/shared/dates";
import { feedbackInbox } from "../server/accessibility/feedback.server";
import { FeedbackForm, FeedbackProblems, type FeedbackState } from "../ui/accessibility/FeedbackForm";
import { ExternalLink } from "../ui/kern/ExternalLink";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Erklärung zur Barrierefreiheit") },
  { name: "description", content: "Wie barrierefrei die Sozialplattform ist, was noch nicht geht und wie Sie uns Barrieren melden." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { sessions, config } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  const flash = session.get("flash") ?? null;
  return data(
    { sent: flash?.kind === "success" ? flash.text : null, kontakt: config.BARRIEREFREIHEIT_EMAIL ?? null },
    flash ? { headers: { "Set-Cookie": await sessions.commitSession(session) } } : undefined,
  );
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FeedbackState | Response> {
  const form = await request.formData();
  const fields = Object.fromEntries([...form].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  const reading = readFeedback(fields);
  if (reading.kind === "invalid") return { errors: reading.errors, values: reading.values };
  if (reading.kind === "ok") {
    const verdict = await feedbackInbox.submit(context.services.db.prisma, {
      feedback: reading.feedback,
      operatorAddress: context.services.config.BARRIEREFREIHEIT_EMAIL,
      clientAddress: context.clientIp,
      now: new Date(),
    });
    if (!verdict.queued) {
      const { nachricht, seite, email } = reading.feedback;
      return {
        errors: {},
        values: { nachricht, seite: seite ?? "", email: email ?? "" },
        refused: `Von Ihrem Anschluss kamen in der letzten Stunde schon viele Rückmeldungen. Bitte versuchen Sie es in ${verdict.retryAfterMinutes} Minuten noch einmal. Ihr Text steht noch im Formular.`,
      };
    }
  }
  // A filled honeypot gets the same answer as a person, so a bot learns nothing.
  const { sessions } = context.services;
  const session = await sessions.getSession(request.headers.get("Cookie"));
  session.flash("flash", {
    kind: "success",
    text: "Ihre Rückmeldung ist angekommen. Wenn Sie eine E-Mail-Adresse angegeben haben, bekommen Sie eine Bestätigung und innerhalb eines Monats eine Antwort.",
  });
  return redirect("/barrierefreiheit#rueckmeldung", { status: 303, headers: { "Set-Cookie": await sessions.commitSession(session) } });
}

export default function Barrierefreiheit() {
  const { sent, kontakt } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const state = feedback instanceof Response ? undefined : feedback;
  const stelle = STATEMENT.schlichtungsstelle;
  return (
    <div className="kern-container sp-page">
      <FeedbackProblems state={state} />
      <h1 className="kern-heading-large">Erklärung zur Barrierefreiheit</h1>
      <p className="kern-body kern-body--large">
        Die Sozialplattform soll für alle Menschen gut nutzbar sein. Diese Erklärung gilt für die gesamte Website der Sozialplattform. Sie folgt § 12b
        des Behindertengleichstellungsgesetzes (BGG), § 7 der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und dem Muster der
        EU-Kommission (Durchführungsbeschluss (EU) 2018/1523).
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/leichte-sprache">
          Informationen in Leichter Sprache
        </Link>{" "}
        ·{" "}
        <Link className="kern-link" to="/gebaerdensprache">
          Informationen in Gebärdensprache
        </Link>
      </p>

      <section aria-labelledby="stand">
        <h2 className="kern-heading-medium" id="stand">Stand der Vereinbarkeit mit den Anforderungen</h2>
        <p className="kern-body">
          Diese Website ist mit den Anforderungen der {STATEMENT.standard} <strong>{KONFORMITAET_TEXT[STATEMENT.konformitaet]}</strong>. Die
          folgenden Inhalte sind nicht barrierefrei.
        </p>
      </section>

      <section aria-labelledby="nicht-barrierefrei">
        <h2 className="kern-heading-medium" id="nicht-barrierefrei">Nicht barrierefreie Inhalte</h2>
        <ul className="kern-list kern-list--bullet">
          {STATEMENT.nichtBarrierefrei.map((item) => (
            <li key={item} className="kern-body">{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="erstellung">
        <h2 className="kern-heading-medium" id="erstellung">Erstellung dieser Erklärung</h2>
        <p className="kern-body">Diese Erklärung wurde am {formatGermanDate(STATEMENT.erstelltAm)} erstellt und zuletzt überprüft.</p>
        <p className="kern-body">Methode: {STATEMENT.methode}</p>
      </section>

      <section aria-labelledby="rueckmeldung">
        <h2 className="kern-heading-medium" id="rueckmeldung" tabIndex={-1}>Barrieren melden: Feedback und Kontakt</h2>
        <p className="kern-body">
          Sind Ihnen Barrieren aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns. Wir antworten innerhalb eines
          Monats. Sie müssen keine Angaben über sich machen.
        </p>
        {kontakt ? (
          <p className="kern-body">
            E-Mail: <a className="kern-link" href={`mailto:${kontakt}`}>{kontakt}</a>
          </p>
        ) : null}
        <FeedbackForm state={state} sent={sent} />
      </section>

      <section aria-labelledby="schlichtung">
        <h2 className="kern-heading-medium" id="schlichtung">Schlichtungsverfahren</h2>
        <p className="kern-body">
          Haben wir auf Ihre Rückmeldung nicht oder nicht zufriedenstellend geantwortet, können Sie einen Antrag auf ein Schlichtungsverfahren stellen.
          Die Schlichtungsstelle nach § 16 BGG hilft, einen Streit ohne Gericht zu lösen. Das Verfahren kostet nichts. Sie brauchen keinen Rechtsbeistand.
        </p>
        <address className="kern-body">
          {stelle.name}
          <br />
          {stelle.anschrift.join(", ")}
          <br />
          Telefon: {stelle.telefon}
          <br />
          E-Mail: <a className="kern-link" href={`mailto:${stelle.email}`}>{stelle.email}</a>
          <br />
          <ExternalLink href={stelle.web}>Website der Schlichtungsstelle</ExternalLink>
        </address>
        <p className="kern-body kern-body--small">Quelle: {stelle.quelle}.</p>
      </section>
    </div>
  );
}
