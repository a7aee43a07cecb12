/**
 * /verwaltung/meldungen: the "Fehler melden" reports of the account's centres (stellenleitung,
 * the Träger's traeger_admin, platform admins: "fehlermeldung.bearbeiten"), open ones first,
 * 50 per page. Each report opens on its own page, where it is resolved or rejected with a note.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "../server/auth/guard.server";
import { listErrorReports } from "../server/counselling/error-report-inbox.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Table } from "../ui/kern/Table";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Fehlermeldungen – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "fehlermeldung.bearbeiten")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403, statusText: "Forbidden" });
  const seite = Number.parseInt(new URL(request.url).searchParams.get("seite") ?? "1", 10);
  return listErrorReports(context.services.db.prisma, actor, Number.isFinite(seite) ? seite : 1);
}

export default function Fehlermeldungen() {
  const { items, offen, gesamt, seite, seiten } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Fehlermeldungen</h1>
      <p className="kern-body">
        Meldungen aus dem öffentlichen Formular „Fehler in den Angaben melden“ zu Ihren Beratungsstellen:{" "}
        {offen === 1 ? "1 offene" : `${offen} offene`} von {gesamt === 1 ? "1 Meldung" : `${gesamt} Meldungen`}.
      </p>
      {items.length === 0 ? (
        <p className="kern-body">Es sind keine Meldungen eingegangen.</p>
      ) : (
        <Table
          caption={seiten > 1 ? `Meldungen, offene zuerst – Seite ${seite} von ${seiten}` : "Meldungen, offene zuerst"}
          columns={[
            { key: "meldung", label: "Meldung" },
            { key: "stelle", label: "Beratungsstelle" },
            { key: "eingegangen", label: "Eingegangen" },
            { key: "status", label: "Status" },
          ]}
          rows={items.map((item) => ({
            key: item.id,
            cells: [
              <Link key="meldung" className="kern-link" to={`/verwaltung/meldungen/${item.id}`}>
                {item.auszug}
              </Link>,
              item.stelle,
              item.eingegangen,
              item.statusLabel,
            ],
          }))}
        />
      )}
      {seiten > 1 ? (
        <nav aria-label="Seiten der Fehlermeldungen">
          <ul className="kern-list">
            {seite > 1 ? (
              <li>
                <Link className="kern-link" to={`?seite=${seite - 1}`}>
                  Vorherige Seite
                </Link>
              </li>
            ) : null}
            {seite < seiten ? (
              <li>
                <Link className="kern-link" to={`?seite=${seite + 1}`}>
                  Nächste Seite
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
