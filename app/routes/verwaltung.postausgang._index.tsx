/** The mail outbox for platform admins (issue 5): newest first, 50 per page, each mail readable. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { assertCan } from "../domain/accounts/permissions";
import { requireStaff } from "../server/auth/guard.server";
import { listOutbox } from "../server/mail/postausgang.server";
import { Alert } from "../ui/kern/Alert";
import { Table } from "../ui/kern/Table";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Postausgang – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  assertCan(actor, "postausgang.lesen");
  const seite = Number.parseInt(new URL(request.url).searchParams.get("seite") ?? "1", 10);
  const page = await listOutbox(context.services.db.prisma, Number.isFinite(seite) ? seite : 1);
  return { ...page, smtp: Boolean(context.services.config.SMTP_URL) };
}

export default function Postausgang() {
  const { items, seite, seiten, gesamt, wartend, smtp } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Postausgang</h1>
      {smtp ? null : (
        <Alert kind="info" title="Kein Mailserver eingerichtet" live="off">
          <p className="kern-body">Ohne SMTP_URL werden Mails nicht versendet. Sie bleiben hier lesbar.</p>
        </Alert>
      )}
      <p className="kern-body">
        {gesamt === 1 ? "1 Mail" : `${gesamt} Mails`}, davon {wartend} wartend.
      </p>
      {items.length === 0 ? (
        <p className="kern-body">Der Postausgang ist leer.</p>
      ) : (
        <Table
          caption={seiten > 1 ? `Mails, neueste zuerst – Seite ${seite} von ${seiten}` : "Mails, neueste zuerst"}
          columns={[
            { key: "betreff", label: "Betreff" },
            { key: "an", label: "Empfänger" },
            { key: "status", label: "Status" },
            { key: "erstellt", label: "Erstellt" },
            { key: "gesendet", label: "Gesendet" },
          ]}
          rows={items.map((mail) => ({
            key: mail.id,
            cells: [
              <Link key="betreff" className="kern-link" to={`/verwaltung/postausgang/${mail.id}`}>
                {mail.betreff}
              </Link>,
              mail.an,
              mail.status,
              mail.erstellt,
              mail.gesendet ?? "–",
            ],
          }))}
        />
      )}
      {seiten > 1 ? (
        <nav aria-label="Seiten des Postausgangs">
          <ul className="kern-list">
            {seite > 1 ? (
              <li>
                <Link className="kern-link" to={`?seite=${seite - 1}`}>
                  Neuere Mails
                </Link>
              </li>
            ) : null}
            {seite < seiten ? (
              <li>
                <Link className="kern-link" to={`?seite=${seite + 1}`}>
                  Ältere Mails
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
