/** The counsellor inbox's tables: waiting list (with "Annehmen") and open conversations with unread counts. */
import { Form, Link } from "@remix-run/react";
import type { InboxEntry } from "../../server/chat/conversations.server";
import { Button } from "../kern/Button";
import { formatMessageTime } from "./MessageList";

function Entry({ entry, wartend }: { entry: InboxEntry; wartend: boolean }) {
  const name = `${entry.pseudonym}${entry.thema ? ` (${entry.thema})` : ""}`;
  return (
    <tr className="kern-table__row">
      <td className="kern-table__cell">
        <Link className="kern-link" to={`/verwaltung/gespraeche/${entry.id}`}>
          {name}
        </Link>
      </td>
      <td className="kern-table__cell">{formatMessageTime(wartend ? entry.begonnenAm : entry.letzteAktivitaet)}</td>
      <td className="kern-table__cell kern-table__cell--numeric">{entry.ungelesen}</td>
      <td className="kern-table__cell">
        {wartend ? (
          <Form method="post">
            <input type="hidden" name="aktion" value="annehmen" />
            <input type="hidden" name="gespraech_id" value={entry.id} />
            <Button variant="secondary">
              Annehmen<span className="kern-sr-only">: {name}</span>
            </Button>
          </Form>
        ) : entry.eigenes ? (
          "Sie"
        ) : (
          entry.berater ?? "–"
        )}
      </td>
    </tr>
  );
}

export function EntryTable({ caption, entries, wartend }: { caption: string; entries: InboxEntry[]; wartend: boolean }) {
  if (entries.length === 0) return <p className="kern-body">{wartend ? "Niemand wartet." : "Keine offenen Gespräche."}</p>;
  return (
    <div className="kern-table-responsive">
    <table className="kern-table sp-chat-inbox">
      <caption className="kern-title">{caption}</caption>
      <thead className="kern-table__head">
        <tr className="kern-table__row">
          <th className="kern-table__header" scope="col">Pseudonym (Thema)</th>
          <th className="kern-table__header" scope="col">{wartend ? "Wartet seit" : "Letzte Aktivität"}</th>
          <th className="kern-table__header kern-table__header--numeric" scope="col">Ungelesen</th>
          <th className="kern-table__header" scope="col">{wartend ? "Aktion" : "Beratung"}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} wartend={wartend} />
        ))}
      </tbody>
    </table>
    </div>
  );
}

