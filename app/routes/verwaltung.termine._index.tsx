/**
 * The appointment agenda of a centre (issue 6, point 4): day or week, one table per calendar
 * (counsellor or room), with the actions staff take on a booking, blocking time and the private
 * calendar feed. Every form posts here and comes back with POST-redirect-GET and a message; a
 * new feed address is the exception — it is shown once in the POST's own answer.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { agendaRange, parseAgendaQuery, parseBlockForm, parseStaffAction, STAFF_ACTION_LABEL, staffActions, STATUS_LABEL, type AgendaRange } from "../domain/booking/agenda";
import { TERMINART_LABEL } from "../domain/booking/types";
import { datesBetween } from "../domain/booking/wall-time";
import { localDateInBerlin } from "../domain/shared/dates";
import { bookingContext } from "../server/api/termine/termine.server";
import { requireStaff } from "../server/auth/guard.server";
import { agendaCentres, applyStaffAction, blockTime, issueCalendarFeed, loadAgenda, revokeCalendarFeed, unblockTime } from "../server/booking/agenda.server";
import { formatDay, formatTime } from "../server/booking/format.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { ErrorSummary, type FormError } from "../ui/kern/ErrorSummary";
import { Field } from "../ui/kern/Field";
import { Select } from "../ui/kern/Select";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Termine – Verwaltung") }, { name: "robots", content: "noindex" }];

const NO_STORE = { "Cache-Control": "no-store" };

/** Messages after an action, by code in the address (POST-redirect-GET). */
const MESSAGES: Record<string, string> = {
  bestaetigen: "Der Termin ist bestätigt.",
  nicht_erschienen: "Der Termin ist als „nicht erschienen“ vermerkt.",
  reaktivieren: "Der Termin ist wieder eingetragen. Die ratsuchende Person wird benachrichtigt, wenn sie eine E-Mail-Adresse angegeben hat.",
  absagen: "Der Termin ist abgesagt. Die ratsuchende Person wird benachrichtigt, wenn sie eine E-Mail-Adresse angegeben hat.",
  verschieben: "Der Termin ist verschoben. Die ratsuchende Person wird benachrichtigt, wenn sie eine E-Mail-Adresse angegeben hat.",
  gesperrt: "Die Zeit ist gesperrt und wird nicht mehr zur Buchung angeboten.",
  entsperrt: "Die Sperre ist aufgehoben.",
  abo_widerrufen: "Die Adresse des Kalender-Abos ist widerrufen und funktioniert nicht mehr.",
};

const REFUSALS: Record<string, string> = {
  termin_status_unzulaessig: "Das geht in diesem Zustand des Termins nicht (mehr). Bitte laden Sie die Seite neu.",
  nicht_mehr_moeglich: "Das ist zu diesem Zeitpunkt nicht möglich: Absagen und Bestätigen gehen nur vor dem Termin, „nicht erschienen“ erst ab seinem Beginn.",
  termin_vergeben: "Die Zeit ist inzwischen anderweitig gebucht. Der Termin kann nicht wieder eingetragen werden.",
};

function messageOf(params: URLSearchParams): string | null {
  const text = MESSAGES[params.get("meldung") ?? ""];
  if (!text) return null;
  const betroffen = Number(params.get("betroffen") ?? "0");
  if (!(betroffen > 0)) return text;
  return betroffen === 1
    ? `${text} Ein gebuchter Termin liegt in dieser Zeit und bleibt bestehen – bitte entscheiden Sie, ob Sie ihn absagen.`
    : `${text} ${betroffen} gebuchte Termine liegen in dieser Zeit und bleiben bestehen – bitte entscheiden Sie, ob Sie sie absagen.`;
}

function agendaHref(query: { stelle: string; datum: string; ansicht: string }, extra: Record<string, string> = {}): string {
  return `/verwaltung/termine?${new URLSearchParams({ stelle: query.stelle, datum: query.datum, ansicht: query.ansicht, ...extra })}`;
}

async function selection(request: Request, context: LoaderFunctionArgs["context"]) {
  const actor = await requireStaff(request, context);
  const { prisma } = context.services.db;
  const now = new Date();
  const query = parseAgendaQuery(new URL(request.url).searchParams, localDateInBerlin(now));
  const centres = await agendaCentres(prisma, actor);
  const stelle = query.stelle ?? (centres.length === 1 ? centres[0]!.id : null);
  return { actor, prisma, now, query, centres, stelle };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { actor, prisma, now, query, centres, stelle } = await selection(request, context);
  const meldung = messageOf(new URL(request.url).searchParams);
  if (!stelle) return data({ centres, agenda: null, meldung }, { headers: NO_STORE });
  const range = agendaRange(query.datum, query.ansicht);
  const { centre, calendars } = await loadAgenda(prisma, actor, stelle, range.von, range.bis);
  const agenda = {
    centre,
    range,
    heute: localDateInBerlin(now),
    tage: datesBetween(range.von, range.bis).map((datum) => ({ datum, label: formatDay(new Date(`${datum}T12:00:00Z`)) })),
    calendars: calendars.map((k) => ({
      id: k.id,
      bezeichnung: k.bezeichnung,
      eigener: k.eigener,
      feedAktiv: k.feedAktiv,
      sperren: k.sperren.map((s) => ({ ...s, label: `${formatDay(new Date(`${s.datum}T12:00:00Z`))}, ${s.von && s.bis ? `${s.von}–${s.bis} Uhr` : "ganzer Tag"}` })),
      termine: k.termine.map((t) => ({
        id: t.id,
        datum: localDateInBerlin(t.beginn),
        zeit: `${formatTime(t.beginn)}–${formatTime(t.ende)}`,
        art: TERMINART_LABEL[t.art],
        status: t.status,
        statusText: STATUS_LABEL[t.status],
        name: t.name,
        kontakt: [t.telefon, t.email].filter(Boolean).join(", "),
        anliegen: t.anliegen,
        stornoGrund: t.stornoGrund,
        aktionen: staffActions(t.status, t.beginn, now),
      })),
    })),
  };
  return data({ centres, agenda, meldung }, { headers: NO_STORE });
}

type ActionAnswer = { errors: FormError[]; values: Record<string, string>; feedUrl?: string; feedKalender?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor, prisma, now, query, stelle } = await selection(request, context);
  const form = Object.fromEntries([...(await request.formData()).entries()].map(([key, value]) => [key, String(value)]));
  const back = (meldung: string, extra: Record<string, string> = {}) =>
    redirect(agendaHref({ stelle: stelle ?? "", datum: query.datum, ansicht: query.ansicht }, { meldung, ...extra }), { status: 303, headers: NO_STORE });
  const refused = (code: string) => data<ActionAnswer>({ errors: [{ fieldId: "agenda", message: REFUSALS[code] ?? REFUSALS.termin_status_unzulaessig! }], values: {} }, { headers: NO_STORE });
  switch (form.formular) {
    case "termin": {
      const parsed = parseStaffAction(form);
      if (!parsed.ok) return data<ActionAnswer>({ errors: Object.entries(parsed.errors).map(([fieldId, message]) => ({ fieldId: "agenda", message: message ?? fieldId })), values: {} }, { headers: NO_STORE });
      const result = await applyStaffAction(bookingContext(context.services, now), actor, parsed.value.terminId, parsed.value.aktion, parsed.value.grund);
      return result.ok ? back(parsed.value.aktion) : refused(result.code);
    }
    case "sperre": {
      const parsed = parseBlockForm(form, localDateInBerlin(now));
      if (!parsed.ok) return data<ActionAnswer>({ errors: Object.entries(parsed.errors).map(([fieldId, message]) => ({ fieldId, message: message ?? "" })), values: form }, { headers: NO_STORE });
      const blocked = await blockTime(prisma, actor, parsed.value);
      return back("gesperrt", blocked.betroffen > 0 ? { betroffen: String(blocked.betroffen) } : {});
    }
    case "entsperren":
      await unblockTime(prisma, actor, form.ausnahmeId ?? "");
      return back("entsperrt");
    case "abo": {
      const kalenderId = form.kalenderId ?? "";
      if (form.aktion === "widerrufen") {
        await revokeCalendarFeed(prisma, actor, kalenderId);
        return back("abo_widerrufen");
      }
      const token = await issueCalendarFeed(prisma, actor, kalenderId);
      return data<ActionAnswer>({ errors: [], values: {}, feedUrl: `${context.services.config.PUBLIC_URL}/termine/kalender-abo/${token}`, feedKalender: kalenderId }, { headers: NO_STORE });
    }
    default:
      throw new Response("Unbekanntes Formular", { status: 400 });
  }
}

function RangeNavigation({ range, stelle, heute }: { range: AgendaRange; stelle: string; heute: string }) {
  const unit = range.ansicht === "tag" ? "Tag" : "Woche";
  const to = (datum: string, ansicht = range.ansicht) => agendaHref({ stelle, datum, ansicht });
  return (
    <nav aria-label="Zeitraum">
      <ul className="kern-list sp-agenda-nav">
        <li><Link className="kern-link" to={to(range.zurueck)}>{range.ansicht === "tag" ? "Vorheriger Tag" : "Vorherige Woche"}</Link></li>
        <li><Link className="kern-link" to={to(heute)}>Heute</Link></li>
        <li><Link className="kern-link" to={to(range.weiter)}>{range.ansicht === "tag" ? "Nächster Tag" : "Nächste Woche"}</Link></li>
        <li>
          {range.ansicht === "tag" ? (
            <Link className="kern-link" to={to(range.datum, "woche")}>Ganze Woche anzeigen</Link>
          ) : (
            <Link className="kern-link" to={to(range.datum, "tag")}>Nur einen Tag anzeigen</Link>
          )}
        </li>
      </ul>
      <p className="kern-body kern-body--small">Ansicht: {unit}</p>
    </nav>
  );
}

export default function Agenda() {
  const { centres, agenda, meldung } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as ActionAnswer | undefined;
  const errors = answer?.errors ?? [];
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  if (!agenda) {
    return (
      <>
        <h1 className="kern-heading-large">Termine</h1>
        {centres.length === 0 ? (
          <p className="kern-body">Für Ihre Beratungsstellen ist noch kein Terminkalender eingerichtet.</p>
        ) : (
          <>
            <p className="kern-body">Bitte wählen Sie die Beratungsstelle, deren Termine Sie sehen möchten.</p>
            <ul className="kern-list">
              {centres.map((c) => (
                <li key={c.id}><Link className="kern-link" to={`/verwaltung/termine?stelle=${c.id}`}>{c.name}</Link></li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }
  const { range, centre } = agenda;
  const heading = range.ansicht === "tag" ? agenda.tage[0]!.label : `${agenda.tage[0]!.label} bis ${agenda.tage[6]!.label}`;
  return (
    <>
      <ErrorSummary errors={errors} title={errors.length === 1 && errors[0]!.fieldId === "agenda" ? "Aktion nicht möglich" : undefined} />
      {meldung ? (
        <Alert kind="success" title="Erledigt">
          <p className="kern-body">{meldung}</p>
        </Alert>
      ) : null}
      {answer?.feedUrl ? (
        <Alert kind="info" title="Ihre Adresse für das Kalender-Abo">
          <p className="kern-body">Tragen Sie diese Adresse in Ihrem Kalenderprogramm als Abo ein. Sie wird nur jetzt angezeigt; wer sie kennt, sieht die Termine dieses Kalenders (ohne Namen und Kontaktdaten).</p>
          <p className="kern-body"><code className="sp-break">{answer.feedUrl}</code></p>
        </Alert>
      ) : null}
      <h1 className="kern-heading-large">Termine: {centre.name}</h1>
      {centres.length > 1 ? (
        <p className="kern-body"><Link className="kern-link" to="/verwaltung/termine">Andere Beratungsstelle wählen</Link></p>
      ) : null}
      <p className="kern-body" id="agenda">{heading}</p>
      <RangeNavigation range={range} stelle={centre.id} heute={agenda.heute} />
      {agenda.calendars.map((kalender) => (
        <section key={kalender.id} aria-labelledby={`kalender-${kalender.id}`}>
          <h2 className="kern-heading-medium" id={`kalender-${kalender.id}`}>{kalender.bezeichnung}{kalender.eigener ? " (Ihr Kalender)" : ""}</h2>
          {kalender.termine.length === 0 ? (
            <p className="kern-body">Keine Termine in diesem Zeitraum.</p>
          ) : (
            <div className="kern-table-responsive">
              <table className="kern-table kern-table--small">
                <caption className="kern-title">Termine von {kalender.bezeichnung}, {heading}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    {range.ansicht === "woche" ? <th className="kern-table__header" scope="col">Tag</th> : null}
                    <th className="kern-table__header" scope="col">Zeit</th>
                    <th className="kern-table__header" scope="col">Name</th>
                    <th className="kern-table__header" scope="col">Art</th>
                    <th className="kern-table__header" scope="col">Kontakt</th>
                    <th className="kern-table__header" scope="col">Anliegen</th>
                    <th className="kern-table__header" scope="col">Status</th>
                    <th className="kern-table__header" scope="col">Aktionen</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {kalender.termine.map((t) => (
                    <tr className="kern-table__row" key={t.id}>
                      {range.ansicht === "woche" ? <td className="kern-table__cell">{agenda.tage.find((d) => d.datum === t.datum)?.label ?? t.datum}</td> : null}
                      <th className="kern-table__header" scope="row">{t.zeit}</th>
                      <td className="kern-table__cell">{t.name}</td>
                      <td className="kern-table__cell">{t.art}</td>
                      <td className="kern-table__cell">{t.kontakt || "keine Angabe"}</td>
                      <td className="kern-table__cell">{t.anliegen ?? "–"}</td>
                      <td className="kern-table__cell">{t.statusText}{t.stornoGrund ? ` (Grund: ${t.stornoGrund})` : ""}</td>
                      <td className="kern-table__cell">
                        <div className="sp-agenda-actions">
                          {t.aktionen.filter((a) => a !== "absagen").map((aktion) => (
                            <Form method="post" key={aktion}>
                              <input type="hidden" name="formular" value="termin" />
                              <input type="hidden" name="terminId" value={t.id} />
                              <input type="hidden" name="aktion" value={aktion} />
                              <button type="submit" className="kern-btn kern-btn--secondary kern-btn--small" aria-label={`${STAFF_ACTION_LABEL[aktion]}: ${t.zeit}, ${t.name}`}>
                                <span className="kern-label">{STAFF_ACTION_LABEL[aktion]}</span>
                              </button>
                            </Form>
                          ))}
                          {t.aktionen.includes("absagen") ? (
                            <Link className="kern-link" to={`/verwaltung/termine/${t.id}`} aria-label={`Absagen oder verschieben: ${t.zeit}, ${t.name}`}>
                              Absagen oder verschieben
                            </Link>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {kalender.sperren.length > 0 ? (
            <>
              <h3 className="kern-heading-small">Gesperrte Zeiten</h3>
              <ul className="kern-list">
                {kalender.sperren.map((s) => (
                  <li key={s.id}>
                    {s.label}
                    {s.fuerAlle ? " (für die ganze Beratungsstelle)" : (
                      <Form method="post" className="sp-inline-form">
                        <input type="hidden" name="formular" value="entsperren" />
                        <input type="hidden" name="ausnahmeId" value={s.id} />
                        <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--small"><span className="kern-label">Sperre aufheben</span></button>
                      </Form>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Form method="post">
            <input type="hidden" name="formular" value="abo" />
            <input type="hidden" name="kalenderId" value={kalender.id} />
            <p className="kern-body">
              Kalender-Abo: {kalender.feedAktiv ? "eingerichtet." : "nicht eingerichtet."}{" "}
              <button type="submit" name="aktion" value="ausgeben" className="kern-btn kern-btn--tertiary kern-btn--small">
                <span className="kern-label">{kalender.feedAktiv ? `Neue Abo-Adresse für ${kalender.bezeichnung} erzeugen` : `Abo-Adresse für ${kalender.bezeichnung} erzeugen`}</span>
              </button>
              {kalender.feedAktiv ? (
                <button type="submit" name="aktion" value="widerrufen" className="kern-btn kern-btn--tertiary kern-btn--small">
                  <span className="kern-label">Abo von {kalender.bezeichnung} widerrufen</span>
                </button>
              ) : null}
            </p>
          </Form>
        </section>
      ))}
      {agenda.calendars.length > 0 ? (
        <Form method="post" noValidate>
          <h2 className="kern-heading-medium">Zeit sperren</h2>
          <p className="kern-body">Gesperrte Zeit wird nicht mehr zur Buchung angeboten. Schon gebuchte Termine in dieser Zeit bleiben bestehen: Sagen Sie sie bei Bedarf einzeln ab.</p>
          <input type="hidden" name="formular" value="sperre" />
          <Select id="kalenderId" label="Kalender" options={agenda.calendars.map((k) => ({ value: k.id, label: k.bezeichnung }))} defaultValue={answer?.values.kalenderId} error={fieldError("kalenderId")} />
          <Field id="sperreDatum" label="Datum" hint="Im Format JJJJ-MM-TT, zum Beispiel 2026-12-24" defaultValue={answer?.values.sperreDatum} error={fieldError("sperreDatum")} />
          <Field id="sperreVon" label="Von" hint="Uhrzeit HH:MM; leer lassen, um den ganzen Tag zu sperren" optional width={4} defaultValue={answer?.values.sperreVon} error={fieldError("sperreVon")} />
          <Field id="sperreBis" label="Bis" hint="Uhrzeit HH:MM" optional width={4} defaultValue={answer?.values.sperreBis} error={fieldError("sperreBis")} />
          <div className="kern-btn-wrapper">
            <Button variant="secondary">Zeit sperren</Button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
