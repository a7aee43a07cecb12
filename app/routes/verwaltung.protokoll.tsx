/**
 * /verwaltung/protokoll: the audit log – who changed what and when – as far as the logged-in
 * account may read it (app/server/accounts/audit-log.server.ts), newest first, 50 per page, with
 * a GET filter by object type; plain links page through it, all without JavaScript.
 */
import "../ui/counselling/counselling.css";
import "../ui/verwaltung/verwaltung.css";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { objektTypLabel } from "../domain/accounts/audit-labels";
import { listAuditLog } from "../server/accounts/audit-log.server";
import { requireStaff } from "../server/auth/guard.server";
import { Pagination } from "../ui/counselling/Pagination";
import { Button } from "../ui/kern/Button";
import { Select } from "../ui/kern/Select";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Protokoll – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const params = new URL(request.url).searchParams;
  const typ = (params.get("typ") ?? "").trim().slice(0, 60);
  const seite = Number.parseInt(params.get("seite") ?? "1", 10);
  const page = await listAuditLog(context.services.db.prisma, actor, { objektTyp: typ || undefined, seite: Number.isFinite(seite) ? seite : 1 });
  if (!page) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403 });
  return { ...page, typ, typOptionen: page.typen.map((t) => ({ value: t, label: objektTypLabel(t) })) };
}

function pageHref(typ: string) {
  return (seite: number) => {
    const query = new URLSearchParams();
    if (typ) query.set("typ", typ);
    if (seite > 1) query.set("seite", String(seite));
    const text = query.toString();
    return text ? `/verwaltung/protokoll?${text}` : "/verwaltung/protokoll";
  };
}

export default function AuditLog() {
  const { eintraege, gesamt, seite, seiten, typ, typOptionen } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Protokoll</h1>
      <p className="kern-body">Wer wann was geändert hat – neueste Einträge zuerst.</p>
      <Form method="get" aria-label="Protokoll filtern">
        <Select id="typ" label="Art des Eintrags" options={[{ value: "", label: "Alle" }, ...typOptionen]} defaultValue={typ} />
        <div className="kern-btn-wrapper">
          <Button variant="secondary">Filtern</Button>
        </div>
      </Form>
      <p className="kern-body" role="status">
        {gesamt === 1 ? "1 Eintrag" : `${gesamt.toLocaleString("de-DE")} Einträge`}
      </p>
      {eintraege.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Protokolleinträge</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">Zeitpunkt</th>
                <th className="kern-table__header" scope="col">Wer</th>
                <th className="kern-table__header" scope="col">Was</th>
                <th className="kern-table__header" scope="col">Betrifft</th>
                <th className="kern-table__header" scope="col">Änderungen</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {eintraege.map((e) => (
                <tr className="kern-table__row" key={e.id}>
                  <td className="kern-table__cell">
                    <time dateTime={e.zeitpunkt}>{e.zeitpunktText}</time>
                  </td>
                  <td className="kern-table__cell">{e.akteur}</td>
                  <th className="kern-table__cell" scope="row">
                    {e.aktion}
                  </th>
                  <td className="kern-table__cell">
                    {e.objektTyp}
                    {e.person ? `: ${e.person}` : null}
                  </td>
                  <td className="kern-table__cell">
                    {e.aenderungen.length > 0 ? (
                      <ul className="kern-list">
                        {e.aenderungen.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="kern-body">{typ ? "Keine Einträge dieser Art." : "Noch keine Einträge."}</p>
      )}
      <Pagination page={seite} pages={seiten} href={pageHref(typ)} />
    </>
  );
}
