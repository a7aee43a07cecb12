/**
 * The management page of one booking, reached by the link in the confirmation (mail or API
 * answer): shows the appointment, offers the calendar file, moving (its own page,
 * termine.verwalten.$token_.verschieben.tsx) and cancelling. Works without
 * JavaScript; the token in the address is the only key, so the page is never cached.
 */
import { json, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { canManage } from "../domain/booking/status";
import { TERMINART_LABEL } from "../domain/booking/types";
import { cancelAppointment, findByToken } from "../server/booking/booking.server";
import { formatSlotLong } from "../server/booking/format.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { pageTitle } from "../ui/meta";

const NO_STORE = { "Cache-Control": "no-store" };

/** The document too, not only data requests: the page holds a private token or personal data. */
export const headers: HeadersFunction = () => NO_STORE;

export const meta: MetaFunction = () => [{ title: pageTitle("Ihr Termin") }, { name: "robots", content: "noindex" }];

async function bookingOf(context: LoaderFunctionArgs["context"], token: string | undefined) {
  const termin = await findByToken(context.services.db.prisma, token ?? "");
  if (!termin) throw new Response("Nicht gefunden", { status: 404 });
  return termin;
}

export async function loader({ params, context }: LoaderFunctionArgs) {
  const termin = await bookingOf(context, params.token);
  const stelle = await context.services.db.prisma.beratungsstelle.findUnique({
    where: { id: termin.beratungsstelleId },
    select: { name: true, slug: true, strasse: true, plz: true, ort: true },
  });
  return json(
    {
      buchungscode: termin.buchungscode,
      zeit: formatSlotLong(termin.beginn, termin.ende),
      art: TERMINART_LABEL[termin.art],
      storniert: termin.status === "storniert",
      absagbar: canManage(termin.status, termin.beginn, new Date()),
      kalenderUrl: `/termine/verwalten/${encodeURIComponent(params.token ?? "")}/kalender`,
      verschiebenUrl: `/termine/verwalten/${encodeURIComponent(params.token ?? "")}/verschieben`,
      stelle,
    },
    { headers: NO_STORE },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const termin = await bookingOf(context, params.token);
  const form = await request.formData();
  if (form.get("aktion") !== "absagen") throw new Response("Unbekannte Aktion", { status: 400 });
  // Cancelling twice is harmless: the page then shows the cancelled state.
  if (termin.status !== "storniert") await cancelAppointment(context.services.db.prisma, termin, new Date());
  return redirect(`/termine/verwalten/${encodeURIComponent(params.token ?? "")}`, { status: 303, headers: NO_STORE });
}

export default function TerminVerwalten() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Ihr Termin</h1>
      {data.storniert ? (
        <Alert kind="success" title="Der Termin ist abgesagt">
          <p className="kern-body">Die Zeit ist wieder frei. Eine Erinnerung bekommen Sie nicht mehr.</p>
        </Alert>
      ) : null}
      <DescriptionList
        items={[
          { key: "zeit", term: "Wann", value: data.zeit },
          { key: "art", term: "Art", value: data.art },
          ...(data.stelle
            ? [{
                key: "stelle",
                term: "Beratungsstelle",
                value: (
                  <>
                    <Link className="kern-link" to={`/beratungsstellen/${data.stelle.slug}`}>{data.stelle.name}</Link>
                    {data.stelle.strasse ? `, ${data.stelle.strasse}, ${data.stelle.plz} ${data.stelle.ort}` : null}
                  </>
                ),
              }]
            : []),
          { key: "code", term: "Buchungscode", value: <code>{data.buchungscode}</code> },
        ]}
      />
      {!data.storniert ? (
        <p className="kern-body">
          <a className="kern-link" href={data.kalenderUrl} download={`termin-${data.buchungscode}.ics`}>Termin in den Kalender übernehmen (.ics-Datei)</a>
        </p>
      ) : null}
      {data.absagbar ? (
        <section aria-labelledby="verschieben-titel">
          <h2 className="kern-heading-medium" id="verschieben-titel">
            Termin verschieben
          </h2>
          <p className="kern-body">Sie können eine andere freie Zeit derselben Art wählen. Bis Sie die neue Zeit bestätigen, bleibt Ihr Termin, wie er ist.</p>
          <ButtonLink to={data.verschiebenUrl} variant="secondary">
            Andere Zeit wählen
          </ButtonLink>
        </section>
      ) : null}
      {data.absagbar ? (
        <Form method="post" replace>
          <h2 className="kern-heading-medium">Termin absagen</h2>
          <p className="kern-body">Wenn Sie nicht kommen können, sagen Sie bitte ab. Dann kann jemand anderes die Zeit nutzen.</p>
          <input type="hidden" name="aktion" value="absagen" />
          <Button variant="secondary">Termin absagen</Button>
        </Form>
      ) : !data.storniert ? (
        <p className="kern-body">Dieser Termin hat schon begonnen oder ist vorbei und kann hier nicht mehr abgesagt oder verschoben werden.</p>
      ) : null}
    </div>
  );
}
