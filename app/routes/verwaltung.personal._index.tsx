/**
 * /verwaltung/personal: the staff the logged-in account may manage (a Träger admin: memberships at
 * its Träger and its centres; a Stellenleitung: its centre; platform admins: all), each with its
 * roles and state, a link to the person's page and to the invitation form. Without the
 * permission "personal.verwalten" anywhere: 403.
 */
import "../ui/verwaltung/verwaltung.css";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "../server/auth/guard.server";
import { listStaff } from "../server/accounts/staff.server";
import { readFlash } from "../server/accounts/flash.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Alert } from "../ui/kern/Alert";
import { Badge } from "../ui/kern/Badge";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Personal – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "personal.verwalten")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  const personen = await listStaff(context.services.db.prisma, actor);
  const { flash, headers } = await readFlash(request, context);
  return data({ personen, flash }, headers ? { headers } : undefined);
}

export default function StaffList() {
  const { personen, flash } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Personal</h1>
      {flash ? (
        <Alert kind={flash.kind} title={flash.kind === "success" ? "Erledigt" : "Nicht möglich"}>
          <p className="kern-body">{flash.text}</p>
        </Alert>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to="/verwaltung/personal/einladen">
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          Person einladen
        </Link>
      </p>
      <p className="kern-body" role="status">
        {personen.length === 1 ? "1 Person" : `${personen.length} Personen`}
      </p>
      {personen.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Personal, das Sie verwalten</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">Name</th>
                <th className="kern-table__header" scope="col">E-Mail-Adresse</th>
                <th className="kern-table__header" scope="col">Rollen</th>
                <th className="kern-table__header" scope="col">Status</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {personen.map((person) => (
                <tr className="kern-table__row" key={person.id}>
                  <th className="kern-table__cell" scope="row">
                    <Link className="kern-link" to={`/verwaltung/personal/${person.id}`}>
                      {person.anzeigename}
                    </Link>
                    {person.selbst ? " (Sie)" : null}
                  </th>
                  <td className="kern-table__cell">{person.email}</td>
                  <td className="kern-table__cell">
                    <ul className="kern-list">
                      {person.mitgliedschaften.map((m) => (
                        <li key={m.id}>
                          {m.rolleLabel} – {m.ort}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="kern-table__cell">
                    {!person.aktiv ? <Badge kind="danger">Deaktiviert</Badge> : person.eingeladen ? <Badge kind="info">Eingeladen</Badge> : "Aktiv"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="kern-body">Noch keine Personen.</p>
      )}
    </>
  );
}
