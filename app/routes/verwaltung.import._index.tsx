/**
 * /verwaltung/import: upload a CSV file of centres (permission "import.hochladen": a
 * traeger_admin for its Träger, platform admins for any). A plain multipart form, no JavaScript
 * needed. The upload is checked and staged (app/server/import/upload.server.ts), nothing is
 * written to the centres; the browser goes on to the preview, where the import is confirmed.
 */
import {
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { decodeUtf8 } from "../domain/counselling/import/csv";
import { VERBAND_LABELS } from "../domain/counselling/labels";
import { localDateInBerlin } from "../domain/shared/dates";
import { requireStaff } from "../server/auth/guard.server";
import { FILE_TOO_LARGE, importTargets, MAX_UPLOAD_BYTES, scopeFor, stageUpload, UPLOAD_BODY_LIMIT } from "../server/import/upload.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { Button } from "../ui/kern/Button";
import { ErrorSummary } from "../ui/kern/ErrorSummary";
import { describedBy, FieldError, Hint } from "../ui/kern/FieldMessages";
import { Select } from "../ui/kern/Select";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("CSV-Import – Verwaltung") }];

async function uploader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  if (!canSomewhere(actor, "import.hochladen")) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403, statusText: "Forbidden" });
  return actor;
}

export async function loader(args: LoaderFunctionArgs) {
  const actor = await uploader(args);
  const targets = await importTargets(args.context.services.db.prisma, actor);
  return {
    alle: targets.alle,
    traeger: targets.traeger.map((t) => ({ value: t.traegerId, label: `${t.name} (${VERBAND_LABELS[t.verband]})` })),
    maxMb: MAX_UPLOAD_BYTES / 1024 / 1024,
  };
}

type Feedback = { error: string; traegerId: string };

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const actor = await uploader(args);
  const { request, context } = args;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > UPLOAD_BODY_LIMIT) {
    // Read and drop the body, so the browser receives the answer rather than a reset connection.
    const reader = request.body?.getReader();
    while (reader && !(await reader.read()).done) {
      // discard
    }
    return { error: FILE_TOO_LARGE, traegerId: "" };
  }
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { error: FILE_TOO_LARGE, traegerId: "" };
    throw error;
  }
  const traegerId = typeof form.get("traegerId") === "string" ? (form.get("traegerId") as string) : "";
  const { prisma } = context.services.db;
  const scope = await scopeFor(prisma, actor, traegerId || null);
  const file = form.get("datei");
  if (!(file instanceof Blob) || file.size === 0) return { error: "Bitte wählen Sie eine CSV-Datei aus.", traegerId };
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (text === undefined) {
    return { error: "Die Datei ist nicht UTF-8-kodiert. Speichern Sie sie als „CSV UTF-8“ (in Excel: Speichern unter → CSV UTF-8).", traegerId };
  }
  const now = new Date();
  const dateiname = ("name" in file && typeof file.name === "string" && file.name ? file.name : "upload.csv").slice(0, 200);
  const id = await stageUpload(prisma, actor, { dateiname, text, scope, heute: localDateInBerlin(now), places: async () => context.services.places, now });
  return redirect(`/verwaltung/import/${id}`, { status: 303 });
}

export default function CsvImport() {
  const { alle, traeger, maxMb } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const hint = `UTF-8-kodierte CSV-Datei mit Kopfzeile (Trennzeichen ; oder ,), höchstens ${maxMb} MB. Spalten wie beim Befehl „npm run import:beratungsstellen“.`;
  return (
    <>
      <ErrorSummary errors={shown ? [{ fieldId: "datei", message: shown.error }] : []} />
      <h1 className="kern-heading-large">CSV-Import</h1>
      <p className="kern-body">
        Laden Sie eine Datei mit Beratungsstellen hoch. Sie sehen zuerst eine Vorschau, was sich ändern würde und welche Zeilen fehlerhaft sind. Gespeichert wird
        erst, wenn Sie die Vorschau bestätigen.
      </p>
      {/* A native submission also with JavaScript: the browser streams the file itself, and a too-large one gets the same answer either way. */}
      <Form method="post" encType="multipart/form-data" noValidate reloadDocument>
        {alle ? (
          <p className="kern-body">Als Plattform-Administration importieren Sie für die Träger, die in der Datei stehen; fehlende Träger werden angelegt.</p>
        ) : traeger.length === 1 ? (
          <>
            <p className="kern-body">Import für den Träger {traeger[0]!.label}. Zeilen anderer Träger werden als fehlerhaft gemeldet.</p>
            <input type="hidden" name="traegerId" value={traeger[0]!.value} />
          </>
        ) : (
          <Select id="traegerId" label="Träger" options={traeger} defaultValue={shown?.traegerId} hint="Zeilen anderer Träger werden als fehlerhaft gemeldet." />
        )}
        <div className={shown ? "kern-form-input kern-form-input--error" : "kern-form-input"}>
          <label className="kern-label" htmlFor="datei">
            CSV-Datei
          </label>
          <Hint id="datei">{hint}</Hint>
          <input
            className={shown ? "kern-form-input__input kern-form-input__input--error" : "kern-form-input__input"}
            type="file"
            id="datei"
            name="datei"
            accept=".csv,text/csv"
            aria-describedby={describedBy("datei", { hint, error: shown?.error })}
            aria-invalid={shown ? true : undefined}
          />
          <FieldError id="datei" error={shown?.error} />
        </div>
        <Button>Vorschau anzeigen</Button>
      </Form>
    </>
  );
}
