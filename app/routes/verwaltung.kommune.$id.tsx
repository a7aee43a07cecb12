/**
 * /verwaltung/kommune/<id>: one Kommune for its editors (kommune_redaktion of this Kommune,
 * platform admins; everyone else 403, unknown ids 404): its Zuständigkeiten per benefit with
 * links to change them and a button to delete each, and its local offers ("Kommunales Angebot")
 * with links to the centre editor.
 *
 * POST `aktion=loeschen` with `zustaendigkeit`: deletes that Zuständigkeit of this Kommune (audit
 * entry in the same transaction) and redirects here with a flash (POST-redirect-GET).
 */
import "../ui/verwaltung/verwaltung.css";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CATALOG } from "../domain/benefits/catalog";
import { readFlash, redirectWithFlash } from "../server/accounts/flash.server";
import { editableKommune } from "../server/kommune/guard.server";
import { deleteZustaendigkeit, loadZustaendigkeit } from "../server/kommune/kommunen.server";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: pageTitle(loaded ? `${loaded.kommune.name} – Verwaltung` : "Kommune – Verwaltung") }];

export async function loader(args: LoaderFunctionArgs) {
  const { kommune } = await editableKommune(args);
  const { flash, headers } = await readFlash(args.request, args.context);
  return data(
    {
      kommune: { id: kommune.id, name: kommune.name, ags: kommune.ags, plz: kommune.plz },
      zustaendigkeiten: kommune.zustaendigkeiten.map((z) => ({ id: z.id, leistung: CATALOG[z.leistung]?.titel ?? z.leistung, name: z.name, ort: `${z.plz} ${z.ort}` })),
      angebote: kommune.angebote,
      flash,
    },
    headers ? { headers } : undefined,
  );
}

export async function action(args: ActionFunctionArgs) {
  const { actor, kommune } = await editableKommune(args);
  const { request, context } = args;
  const form = await request.formData();
  if (form.get("aktion") !== "loeschen") throw new Response("Unbekannte Aktion.", { status: 400 });
  const zustaendigkeit = await loadZustaendigkeit(context.services.db.prisma, kommune.id, String(form.get("zustaendigkeit") ?? ""));
  if (!zustaendigkeit) throw new Response("Diese Zuständigkeit gibt es nicht.", { status: 404 });
  await deleteZustaendigkeit(context.services.db.prisma, actor, zustaendigkeit);
  return redirectWithFlash(request, context, `/verwaltung/kommune/${kommune.id}`, { kind: "success", text: `Die zuständige Stelle „${zustaendigkeit.name}“ ist gelöscht.` });
}

export default function KommunePage() {
  const { kommune, zustaendigkeiten, angebote, flash } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/verwaltung/kommune">Alle Kommunen</BackLink>
      <h1 className="kern-heading-large">{kommune.name}</h1>
      <p className="kern-body">
        Amtlicher Gemeindeschlüssel {kommune.ags} · Postleitzahlen: {kommune.plz.join(", ") || "keine"}
      </p>
      {flash ? (
        <Alert kind={flash.kind} title="Erledigt">
          <p className="kern-body">{flash.text}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="abschnitt-zustaendigkeiten">
        <h2 className="kern-heading-medium" id="abschnitt-zustaendigkeiten">
          Zuständige Stellen
        </h2>
        <p className="kern-body">
          Wer in einer dieser Postleitzahlen wohnt, sieht die zuständige Stelle auf der Seite der Leistung und im Ergebnis des Leistungs-Checks.
        </p>
        <p className="kern-body">
          <Link className="kern-link" to={`/verwaltung/kommune/${kommune.id}/zustaendigkeiten/neu`}>
            Neue zuständige Stelle eintragen
          </Link>
        </p>
        {zustaendigkeiten.length > 0 ? (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">Zuständige Stellen je Leistung</caption>
              <thead className="kern-table__header">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">Leistung</th>
                  <th className="kern-table__header" scope="col">Zuständige Stelle</th>
                  <th className="kern-table__header" scope="col">Ort</th>
                  <th className="kern-table__header" scope="col">Löschen</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {zustaendigkeiten.map((z) => (
                  <tr className="kern-table__row" key={z.id}>
                    <th className="kern-table__cell" scope="row">
                      <Link className="kern-link" to={`/verwaltung/kommune/${kommune.id}/zustaendigkeiten/${z.id}`}>
                        {z.leistung}
                      </Link>
                    </th>
                    <td className="kern-table__cell">{z.name}</td>
                    <td className="kern-table__cell">{z.ort}</td>
                    <td className="kern-table__cell">
                      <Form method="post">
                        <input type="hidden" name="zustaendigkeit" value={z.id} />
                        <Button variant="secondary" name="aktion" value="loeschen">
                          Löschen<span className="kern-sr-only">: {z.leistung}, {z.name}</span>
                        </Button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="kern-body">Noch keine zuständigen Stellen eingetragen.</p>
        )}
      </section>

      <section aria-labelledby="abschnitt-angebote">
        <h2 className="kern-heading-medium" id="abschnitt-angebote">
          Kommunale Angebote
        </h2>
        <p className="kern-body">
          Beratungsangebote der Kommune erscheinen in der Beratungsstellensuche wie andere Beratungsstellen, gekennzeichnet als „Kommunales Angebot“.
        </p>
        <p className="kern-body">
          <Link className="kern-link" to={`/verwaltung/kommune/${kommune.id}/angebote/neu`}>
            Neues kommunales Angebot
          </Link>
        </p>
        {angebote.length > 0 ? (
          <ul className="kern-list">
            {angebote.map((a) => (
              <li key={a.id}>
                <Link className="kern-link" to={`/verwaltung/stellen/${a.id}`}>
                  {a.name}
                </Link>{" "}
                ({a.ort}, {a.veroeffentlicht ? "veröffentlicht" : "nicht veröffentlicht"})
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">Noch keine kommunalen Angebote.</p>
        )}
      </section>
    </>
  );
}
