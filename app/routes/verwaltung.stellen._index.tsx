/**
 * /verwaltung/stellen: the centres the logged-in account may edit (a centre's management: its
 * centre; a Träger admin: the Träger's centres; platform admins: all), each with its "zuletzt
 * geprüft" date and "Prüfung fällig" after 6 months (data-quality.ts). A GET form filters by name
 * and by "nur fällige"; plain links page through the list – all without JavaScript.
 */
import "../ui/counselling/counselling.css";
import "../ui/verwaltung/verwaltung.css";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatGermanDate, localDateInBerlin } from "../domain/shared/dates";
import { requireStaff } from "../server/auth/guard.server";
import { listEditableCentres } from "../server/counselling/centre-editing.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Pagination } from "../ui/counselling/Pagination";
import { Badge } from "../ui/kern/Badge";
import { Button } from "../ui/kern/Button";
import { CheckboxGroup } from "../ui/kern/CheckboxGroup";
import { Field } from "../ui/kern/Field";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Beratungsstellen – Verwaltung") }];

const PER_PAGE = 50;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const params = new URL(request.url).searchParams;
  const suche = (params.get("suche") ?? "").trim().slice(0, 200);
  const nurFaellig = params.get("faellig") === "ja";
  const seite = Number.parseInt(params.get("seite") ?? "1", 10);
  const list = await listEditableCentres(context.services.db.prisma, actor, {
    heute: localDateInBerlin(new Date()),
    suche,
    nurFaellig,
    seite: Number.isFinite(seite) ? seite : 1,
    proSeite: PER_PAGE,
  });
  return { ...list, suche, nurFaellig, anlegen: canSomewhere(actor, "beratungsstelle.anlegen") };
}

function pageHref(suche: string, nurFaellig: boolean) {
  return (seite: number) => {
    const query = new URLSearchParams();
    if (suche) query.set("suche", suche);
    if (nurFaellig) query.set("faellig", "ja");
    if (seite > 1) query.set("seite", String(seite));
    const text = query.toString();
    return text ? `/verwaltung/stellen?${text}` : "/verwaltung/stellen";
  };
}

export default function CentreList() {
  const { stellen, gesamt, seite, seiten, suche, nurFaellig, anlegen } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Beratungsstellen</h1>
      {anlegen ? (
        <p className="kern-body">
          <Link className="kern-link" to="/verwaltung/stellen/neu">
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            Neue Beratungsstelle
          </Link>
        </p>
      ) : null}
      <Form method="get" className="sp-stellen-filter" aria-label="Beratungsstellen filtern">
        <Field id="suche" label="Name enthält" optional defaultValue={suche} />
        <CheckboxGroup id="faellig" legend="Prüfung" options={[{ value: "ja", label: "Nur Stellen mit fälliger Prüfung" }]} defaultValue={nurFaellig ? ["ja"] : []} />
        <div className="kern-btn-wrapper">
          <Button variant="secondary">Filtern</Button>
        </div>
      </Form>
      <p className="kern-body" role="status">
        {gesamt === 1 ? "1 Beratungsstelle" : `${gesamt.toLocaleString("de-DE")} Beratungsstellen`}
      </p>
      {stellen.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Beratungsstellen, die Sie bearbeiten dürfen</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">Name</th>
                <th className="kern-table__header" scope="col">Ort</th>
                <th className="kern-table__header" scope="col">Träger</th>
                <th className="kern-table__header" scope="col">Veröffentlicht</th>
                <th className="kern-table__header" scope="col">Zuletzt geprüft</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {stellen.map((stelle) => (
                <tr className="kern-table__row" key={stelle.id}>
                  <th className="kern-table__cell" scope="row">
                    <Link className="kern-link" to={`/verwaltung/stellen/${stelle.id}`}>
                      {stelle.name}
                    </Link>
                  </th>
                  <td className="kern-table__cell">{stelle.ort}</td>
                  <td className="kern-table__cell">{stelle.traeger}</td>
                  <td className="kern-table__cell">{stelle.veroeffentlicht ? "Ja" : "Nein"}</td>
                  <td className="kern-table__cell">
                    {stelle.zuletztGeprueft ? formatGermanDate(stelle.zuletztGeprueft) : "Noch nie"}
                    {stelle.pruefungFaellig ? (
                      <>
                        {" "}
                        <Badge kind="warning">Prüfung fällig</Badge>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="kern-body">{suche || nurFaellig ? "Keine Beratungsstelle passt zu diesem Filter." : "Sie dürfen keine Beratungsstellen bearbeiten."}</p>
      )}
      <Pagination page={seite} pages={seiten} href={pageHref(suche, nurFaellig)} />
    </>
  );
}
