/**
 * /termine/verwalten/{token}/verschieben: the help seeker moves a booking to another free time of
 * the same kind. The booking picker's steps (day of a week, then time) are GET forms with their
 * own addresses; the last step confirms the new time with a POST. Success redirects (303) to the
 * confirmation with the new time; a time taken meanwhile shows the nearest free times instead.
 * Works without JavaScript; the token in the address is the only key, so nothing is cached.
 */
import "../ui/booking/booking.css";
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { pickerQuery } from "../domain/booking/booking-form";
import { bookingContext } from "../server/api/termine/termine.server";
import { findByToken } from "../server/booking/booking.server";
import { movePage, movePath, submitMove } from "../server/booking/move-page.server";
import { ChosenSummary, MOVE_STEP_TITLES, PickerSteps, stepHeading } from "../ui/booking/BookingPicker";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { RadioGroup } from "../ui/kern/RadioGroup";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

const NO_STORE = { "Cache-Control": "no-store" };

export const headers: HeadersFunction = () => NO_STORE;

/** The picker's steps 2–4 are this page's steps 1–3 (the kind stays). */
const shownStep = (pickerStep: number) => Math.max(1, pickerStep - 1);

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => {
  const error = loaded?.page.moeglich && loaded.page.view.error ? "Fehler: " : "";
  const heading = loaded?.page.moeglich ? `${stepHeading(shownStep(loaded.page.view.step), MOVE_STEP_TITLES)} – ` : "";
  return [{ title: pageTitle(loaded ? `${error}${heading}Termin verschieben` : "Seite nicht gefunden") }, { name: "robots", content: "noindex" }];
};

async function bookingOf(context: LoaderFunctionArgs["context"], token: string) {
  const termin = await findByToken(context.services.db.prisma, token);
  if (!termin) throw new Response("Nicht gefunden", { status: 404 });
  return termin;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const termin = await bookingOf(context, token);
  const page = await movePage({ db: context.services.db.prisma, now: new Date() }, termin, token, new URL(request.url).searchParams);
  return data({ page, base: movePath(token), verwaltenPfad: `/termine/verwalten/${encodeURIComponent(token)}` }, { headers: NO_STORE });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const termin = await bookingOf(context, token);
  const form = Object.fromEntries([...(await request.formData())].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  const verwaltenPfad = `/termine/verwalten/${encodeURIComponent(token)}`;
  const outcome = await submitMove(bookingContext(context.services, new Date()), termin, token, form);
  if (outcome.kind === "verschoben") return redirect(`${verwaltenPfad}/bestaetigung?verschoben=1`, { status: 303, headers: NO_STORE });
  if (outcome.kind === "nicht_mehr_moeglich") return redirect(verwaltenPfad, { status: 303, headers: NO_STORE });
  if (outcome.kind === "neu_waehlen") return redirect(movePath(token), { status: 303, headers: NO_STORE });
  return data(outcome.state, { headers: NO_STORE });
}

export default function TerminVerschieben() {
  const { page, base, verwaltenPfad } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const location = useLocation();
  const back = (
    <BackLink to={verwaltenPfad}>Zurück zu Ihrem Termin</BackLink>
  );
  const current = <DescriptionList items={[{ key: "aktuell", term: "Bisher gebucht", value: page.aktuell }, { key: "art", term: "Art", value: page.art }]} />;
  if (!page.moeglich) {
    return (
      <div className="kern-container sp-page">
        {back}
        <h1 className="kern-heading-large">Termin verschieben</h1>
        {current}
        <p className="kern-body">Dieser Termin kann nicht mehr verschoben werden: Er ist abgesagt, hat schon begonnen oder die Beratungsstelle bietet keine Online-Termine mehr an.</p>
      </div>
    );
  }
  const { view } = page;
  const pickerStep = state ? 4 : view.step;
  const errors = state ? state.errors : view.error ? [view.error] : [];
  const notice = state ? state.notice : view.notice ? { title: "Bitte wählen Sie neu", text: view.notice } : null;
  const art = view.params.art;
  const error = (field: string) => errors.find((e) => e.fieldId === field)?.message;
  return (
    <div className="kern-container sp-page">
      <ErrorSummary errors={errors} />
      {back}
      <h1 className="kern-heading-large">Termin verschieben</h1>
      <p className="kern-body">Wählen Sie eine neue Zeit. Die Art des Termins bleibt gleich. Bis Sie die neue Zeit bestätigen, bleibt Ihr Termin, wie er ist.</p>
      {current}
      <ChosenSummary chosen={state ? [] : view.chosen} />
      {notice ? (
        <Alert kind="warning" title={notice.title} live="assertive">
          <p className="kern-body">{notice.text}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="schritt-titel">
        <h2 className="kern-heading-medium" id="schritt-titel">
          {stepHeading(shownStep(pickerStep), MOVE_STEP_TITLES)}
        </h2>
        {pickerStep < 4 ? <PickerSteps view={view} base={base} /> : null}
        {pickerStep === 4 ? (
          <Form method="post" action={`${location.pathname}${location.search}`} noValidate>
            <input type="hidden" name="aktion" value="verschieben" />
            {state ? (
              <>
                <input type="hidden" name="alternativen" value="ja" />
                <input type="hidden" name="gewuenscht" value={state.wanted} />
                {state.alternatives.length > 0 ? (
                  <RadioGroup id="zeit" legend="Nächste freie Zeiten" options={state.alternatives} error={error("zeit")} />
                ) : (
                  <p className="kern-body" id="zeit">
                    In der Nähe dieser Zeit ist nichts mehr frei.{" "}
                    <Link className="kern-link" to={`${base}${pickerQuery({ art })}`}>
                      Bitte wählen Sie einen anderen Tag.
                    </Link>
                  </p>
                )}
              </>
            ) : (
              <>
                <input type="hidden" name="zeit" value={view.slot?.start ?? ""} />
                <p className="kern-body">Ihr Termin wird auf die oben gewählte Zeit verschoben. Die bisherige Zeit wird dann für andere frei.</p>
              </>
            )}
            {!state || state.alternatives.length > 0 ? (
              <div className="kern-btn-wrapper">
                <Button>Termin verschieben</Button>
              </div>
            ) : null}
          </Form>
        ) : null}
      </section>
    </div>
  );
}
