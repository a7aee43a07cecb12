/**
 * /beratungsstellen/<slug>/termin: booking an appointment without account and without e-mail.
 * Steps 1–3 (kind, day of a week, time) are GET forms, so every state has its own address;
 * step 4 is the short form, POSTed here and booked through the same service as the API. Success
 * redirects (303) to the private confirmation page; errors and a time taken meanwhile render the
 * form again with everything typed.
 */
import "../ui/booking/booking.css";
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { pickerQuery, readPickerParams } from "../domain/booking/booking-form";
import { topicLabel } from "../domain/counselling/topics";
import { bookingContext } from "../server/api/termine/termine.server";
import { currentLogin } from "../server/auth/guard.server";
import { centreCalendars, pickerView } from "../server/booking/booking-page.server";
import { newFormKey, submitBookingForm } from "../server/booking/booking-submit.server";
import { findPublishedCentre } from "../server/counselling/centre-read.server";
import { BookingForm } from "../ui/booking/BookingForm";
import { ChosenSummary, PickerSteps, stepHeading } from "../ui/booking/BookingPicker";
import { Alert } from "../ui/kern/Alert";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { pageTitle } from "../ui/meta";

const NO_STORE = { "Cache-Control": "no-store" };

/** The document too, not only data requests: the page holds a private token or personal data. */
export const headers: HeadersFunction = () => NO_STORE;

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: pageTitle(loaded ? `${loaded.view.error ? "Fehler: " : ""}${stepHeading(loaded.view.step)} – Termin vereinbaren` : "Seite nicht gefunden") },
  { name: "robots", content: "noindex" },
];

async function bookableCentre(context: LoaderFunctionArgs["context"], slug: string | undefined, now: Date) {
  const { prisma } = context.services.db;
  const centre = await findPublishedCentre(prisma, { slug: slug ?? "" });
  const calendars = centre ? await centreCalendars(prisma, centre.id, now) : null;
  if (!centre || !calendars) throw new Response("Bei dieser Beratungsstelle kann man keinen Termin online vereinbaren.", { status: 404 });
  return { centre, calendars, base: `/beratungsstellen/${centre.slug}/termin` };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const now = new Date();
  const { centre, calendars, base } = await bookableCentre(context, params.slug, now);
  const picked = readPickerParams(new URL(request.url).searchParams, calendars.arten);
  const view = await pickerView(context.services.db.prisma, centre.id, picked, calendars, now, base);
  return data(
    {
      centre: { name: centre.name, slug: centre.slug },
      topics: centre.themen.map((slug) => ({ value: slug, label: topicLabel(slug) ?? slug })),
      view,
      formKey: newFormKey(),
      base,
    },
    { headers: NO_STORE },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const now = new Date();
  const { centre, calendars, base } = await bookableCentre(context, params.slug, now);
  const form = Object.fromEntries([...(await request.formData())].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  const login = await currentLogin(request, context, now);
  const outcome = await submitBookingForm(bookingContext(context.services, now), {
    centre,
    offered: calendars.arten,
    form,
    benutzerId: login && !login.actor.istPersonal ? login.actor.benutzerId : undefined,
    base,
  });
  if (outcome.kind === "gebucht") return redirect(`/termine/verwalten/${encodeURIComponent(outcome.token)}/bestaetigung`, { status: 303, headers: NO_STORE });
  if (outcome.kind === "neu_beginnen") return redirect(base, { status: 303 });
  return data(outcome.state, { headers: NO_STORE });
}

export default function BookingPicker() {
  const { centre, topics, view, formKey, base } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const location = useLocation();
  const step = state ? 4 : view.step;
  const chosen = state ? state.chosen : view.chosen;
  const errors = state ? state.errors : view.error ? [view.error] : [];
  const notice = state ? state.notice : view.notice ? { title: "Bitte wählen Sie neu", text: view.notice } : null;
  const art = state?.art ?? view.params.art;
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      <p className="kern-body">
        <Link className="kern-link" to={`/beratungsstellen/${centre.slug}`}>
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          Zurück zu {centre.name}
        </Link>
      </p>
      <h1 className="kern-heading-large">Termin vereinbaren</h1>
      <p className="kern-body kern-body--large">{centre.name}</p>
      <p className="kern-body">Sie brauchen kein Konto und keine E-Mail-Adresse. Ein Name oder ein Pseudonym genügt.</p>
      <ChosenSummary chosen={chosen} />
      {notice ? (
        <Alert kind="warning" title={notice.title} live="assertive">
          <p className="kern-body">{notice.text}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="schritt-titel">
        <h2 className="kern-heading-medium" id="schritt-titel">
          {stepHeading(step)}
        </h2>
        {step < 4 ? <PickerSteps view={view} base={base} /> : null}
        {step === 4 && art ? (
          <BookingForm
            action={`${location.pathname}${location.search}`}
            daysHref={`${base}${pickerQuery({ art })}`}
            art={art}
            zeit={state ? state.zeit : view.slot?.start ?? null}
            alternatives={state?.alternatives ?? null}
            values={state?.values ?? { name: "", email: "", telefon: "", thema: "", notiz: "", einwilligung: "", schluessel: formKey }}
            errors={errors}
            topics={topics}
          />
        ) : null}
      </section>
    </div>
  );
}
