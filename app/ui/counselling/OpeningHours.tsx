/**
 * Opening hours on the centre page: a week table with today's row marked in words ("heute"),
 * in bold and with a background (never by colour alone), today's status, the coming exceptions
 * and emergency hours.
 */
import type { ExceptionRow, TodayHours, WeekRow } from "../../domain/counselling/hours-view";

type Props = { week: readonly WeekRow[]; today: TodayHours; exceptions: readonly ExceptionRow[]; notfallzeiten: string | null };

export function OpeningHours({ week, today, exceptions, notfallzeiten }: Props) {
  const hasRules = week.some((row) => row.zeiten !== "geschlossen");
  return (
    <>
      <p className="kern-body">
        <strong>{today.known ? (today.openNow ? "Jetzt geöffnet." : "Jetzt geschlossen.") : "Keine Öffnungszeiten angegeben."}</strong>
        {today.known ? ` ${today.text}.` : " Bitte fragen Sie telefonisch oder per E-Mail nach einem Termin."}
      </p>
      {hasRules ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small sp-hours">
            <caption className="kern-title kern-title--small">Öffnungszeiten je Woche</caption>
            <thead>
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  Tag
                </th>
                <th className="kern-table__header" scope="col">
                  Zeiten
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {week.map((row) => (
                <tr key={row.wochentag} className={row.heute ? "kern-table__row sp-hours__today" : "kern-table__row"} aria-current={row.heute ? "date" : undefined}>
                  <th className="kern-table__header" scope="row">
                    {row.tag}
                    {row.heute ? " (heute)" : ""}
                  </th>
                  <td className="kern-table__cell">{row.zeiten}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {exceptions.length > 0 ? (
        <>
          <h3 className="kern-heading-small">Abweichende Zeiten</h3>
          <ul className="kern-list">
            {exceptions.map((row) => (
              <li key={row.datum}>
                {row.heute ? <strong>Heute, </strong> : null}
                {row.tag}: {row.zeiten}
                {row.hinweis ? ` (${row.hinweis})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notfallzeiten ? (
        <p className="kern-body">
          <strong>Notfälle:</strong> {notfallzeiten}
        </p>
      ) : null}
    </>
  );
}
