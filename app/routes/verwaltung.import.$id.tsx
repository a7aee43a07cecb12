/**
 * /verwaltung/import/<id>: the preview of a staged CSV upload (only for the account that uploaded
 * it: else 404) — per row new / changed (with the changed columns) / unchanged, and the row-level
 * error report. "Import bestätigen" applies exactly this preview (upload.server.ts) and the page
 * then shows the summary; an expired preview or data changed in the meantime is refused, and the
 * same file can be checked again.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatSummary } from "../domain/counselling/import/issues";
import { localDateInBerlin } from "../domain/shared/dates";
import { requireStaff } from "../server/auth/guard.server";
import { applyStagedUpload, loadStagedUpload, restageUpload, scopeFor, type UploadPreview } from "../server/import/upload.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Alert } from "../ui/kern/Alert";
import { Button } from "../ui/kern/Button";
import { Table } from "../ui/kern/Table";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction = () => [{ title: pageTitle("Vorschau des CSV-Imports – Verwaltung") }];

/** The page lists at most this many rows of each table (the counts cover all). */
const SHOWN_ROWS = 500;

async function stagedFor({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "import.hochladen")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403, statusText: "Forbidden" });
  const staged = await loadStagedUpload(context.services.db.prisma, actor, params.id ?? "", new Date());
  if (!staged) throw new Response("Diese Vorschau gibt es nicht.", { status: 404 });
  // The uploader may since have lost the Träger: the preview shows that Träger's data, so ask again (403).
  const scope = await scopeFor(context.services.db.prisma, actor, staged.traegerId);
  return { actor, staged, scope };
}

const ART_LABEL = { neu: "Neu", geaendert: "Geändert", unveraendert: "Unverändert" } as const;

function view(preview: UploadPreview) {
  return {
    summary: formatSummary(preview),
    dateiUngueltig: preview.dateiUngueltig,
    traegerNeu: preview.traegerNeu,
    schreibbar: preview.neu + preview.aktualisiert,
    ungueltig: preview.ungueltig,
    zeilen: preview.zeilen.slice(0, SHOWN_ROWS).map((z) => ({ ...z, artLabel: ART_LABEL[z.art] })),
    zeilenGesamt: preview.zeilen.length,
    issues: preview.issues.slice(0, SHOWN_ROWS),
    issuesGesamt: preview.issues.length,
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const { staged } = await stagedFor(args);
  const { sessions } = args.context.services;
  const session = await sessions.getSession(args.request.headers.get("Cookie"));
  const flash = session.get("flash") ?? null;
  return data(
    {
      id: staged.id,
      dateiname: staged.dateiname,
      zustand: staged.angewendet ? ("angewendet" as const) : staged.abgelaufen ? ("abgelaufen" as const) : ("vorschau" as const),
      vorschau: view(staged.ergebnis ?? staged.vorschau),
      hinweis: flash ? { kind: flash.kind as "success" | "warning", text: flash.text as string } : null,
    },
    flash ? { headers: { "Set-Cookie": await sessions.commitSession(session) } } : undefined,
  );
}

const REFUSED = {
  abgelaufen: "Die Vorschau ist abgelaufen. Es wurde nichts gespeichert. Bitte laden Sie die Datei erneut hoch.",
  schon_angewendet: "Dieser Import wurde bereits übernommen.",
  nichts_zu_tun: "Es gibt nichts zu übernehmen: Keine Zeile ist neu oder geändert.",
  veraendert: "Die Daten haben sich seit der Vorschau geändert. Es wurde nichts gespeichert. Unten sehen Sie die neu berechnete Vorschau; bitte prüfen und bestätigen Sie sie erneut.",
} as const;

export async function action(args: ActionFunctionArgs) {
  const { actor, staged, scope } = await stagedFor(args);
  const { request, context } = args;
  const { prisma } = context.services.db;
  const now = new Date();
  const settings = { scope, heute: localDateInBerlin(now), places: async () => context.services.places, now };
  const form = await request.formData();
  const session = await context.services.sessions.getSession(request.headers.get("Cookie"));
  const go = async (id: string, kind: "success" | "warning", text: string) => {
    session.flash("flash", { kind, text });
    return redirect(`/verwaltung/import/${id}`, { status: 303, headers: { "Set-Cookie": await context.services.sessions.commitSession(session) } });
  };
  if (form.get("aktion") !== "bestaetigen") return redirect(`/verwaltung/import/${staged.id}`, { status: 303 });
  const outcome = await applyStagedUpload(prisma, actor, staged, settings);
  if (outcome.ok) return go(staged.id, "success", `Der Import ist gespeichert: ${formatSummary(outcome.ergebnis)}. Die Suche zeigt die Änderungen in wenigen Sekunden.`);
  if (outcome.code === "veraendert") {
    const fresh = await restageUpload(prisma, actor, staged, settings);
    if (fresh) return go(fresh, "warning", REFUSED.veraendert);
  }
  return go(staged.id, "warning", REFUSED[outcome.code]);
}

export default function ImportVorschau() {
  const { id, dateiname, zustand, vorschau, hinweis } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/verwaltung/import">Neue Datei hochladen</BackLink>
      <h1 className="kern-heading-large">{zustand === "angewendet" ? "Import übernommen" : "Vorschau des CSV-Imports"}</h1>
      {hinweis ? <Alert kind={hinweis.kind} title={hinweis.text} /> : null}
      <p className="kern-body">
        Datei: {dateiname}. {vorschau.summary}.
        {vorschau.traegerNeu > 0 ? ` ${vorschau.traegerNeu === 1 ? "1 Träger wird" : `${vorschau.traegerNeu} Träger werden`} neu angelegt.` : ""}
      </p>
      {zustand === "vorschau" ? (
        vorschau.schreibbar > 0 ? (
          <Form method="post" action={`/verwaltung/import/${id}`}>
            <p className="kern-body">
              Noch ist nichts gespeichert. Beim Bestätigen werden {vorschau.schreibbar === 1 ? "die 1 neue oder geänderte Zeile" : `die ${vorschau.schreibbar} neuen oder geänderten Zeilen`}{" "}
              übernommen{vorschau.ungueltig > 0 ? "; fehlerhafte Zeilen werden übersprungen" : ""}.
            </p>
            <Button name="aktion" value="bestaetigen">
              Import bestätigen
            </Button>
          </Form>
        ) : (
          <p className="kern-body">Es gibt nichts zu übernehmen. Korrigieren Sie die Datei und laden Sie sie erneut hoch.</p>
        )
      ) : zustand === "abgelaufen" ? (
        <p className="kern-body">Diese Vorschau ist abgelaufen; es wurde nichts gespeichert. Bitte laden Sie die Datei erneut hoch.</p>
      ) : null}
      {vorschau.issues.length > 0 ? (
        <Table
          small
          caption={`Fehlerhafte Angaben (${vorschau.issuesGesamt}${vorschau.issuesGesamt > vorschau.issues.length ? `, die ersten ${vorschau.issues.length} gezeigt` : ""})`}
          columns={[
            { key: "zeile", label: "Zeile" },
            { key: "spalte", label: "Feld" },
            { key: "meldung", label: "Meldung" },
          ]}
          rows={vorschau.issues.map((issue, index) => ({ key: `${issue.zeile}-${index}`, cells: [String(issue.zeile), issue.spalte ?? "ganze Zeile", issue.meldung] }))}
        />
      ) : null}
      {vorschau.zeilen.length > 0 ? (
        <Table
          small
          caption={`${zustand === "angewendet" ? "Übernommene Zeilen" : "Gültige Zeilen"} (${vorschau.zeilenGesamt}${vorschau.zeilenGesamt > vorschau.zeilen.length ? `, die ersten ${vorschau.zeilen.length} gezeigt` : ""})`}
          columns={[
            { key: "zeile", label: "Zeile" },
            { key: "externe_id", label: "externe_id" },
            { key: "name", label: "Name" },
            { key: "art", label: "Ergebnis" },
            { key: "felder", label: "Geänderte Felder" },
          ]}
          rows={vorschau.zeilen.map((z) => ({ key: z.externeId, cells: [String(z.zeile), z.externeId, z.name, z.artLabel, z.felder.length > 0 ? z.felder.join(", ") : "–"] }))}
        />
      ) : null}
    </>
  );
}
