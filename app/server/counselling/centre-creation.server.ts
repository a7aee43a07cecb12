/**
 * "Neue Beratungsstelle" (/verwaltung/stellen/neu): a new centre of a Träger from the centre
 * form, through the centre repository (slug generated, search outbox in the same transaction)
 * with the audit entry "beratungsstelle.angelegt". The caller checks "beratungsstelle.anlegen"
 * for the Träger; `submitNewCentre` checks "beratungsstelle.veroeffentlichen" when it is
 * published at once.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { assertCan, can, type Actor, type Scope } from "../../domain/accounts/permissions";
import type { CentreFormData, CentreFormValues } from "../../domain/counselling/centre-form";
import { applyRowAction, centreFormValues, readCentreForm } from "../../domain/counselling/centre-form";
import { validateCentreForm, type CentreFormError } from "../../domain/counselling/centre-form-validate";
import { locateAddress } from "../../domain/counselling/import/geocode";
import { redirectWithFlash } from "../accounts/flash.server";
import { recordAudit } from "../audit.server";
import { saveCentre } from "../centres.server";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BLANK: CentreFormData = {
  name: "",
  beschreibung: "",
  adresse: { strasse: "", plz: "", ort: "" },
  kontakt: { telefon: null, email: null, website: null },
  themen: [],
  kanaele: [],
  sprachen: ["de"],
  zielgruppen: [],
  barrierefreiheit: { stufenlos: false, wc: false, aufzug: false, hinweis: null },
  kosten: "kostenlos",
  anonym: false,
  notfallzeiten: null,
  einzugsgebiet: { bundesweit: false, plz: [], radiusKm: null },
  oeffnungszeiten: [],
  ausnahmen: [],
  veroeffentlicht: false,
};

export const blankCentreValues = (): CentreFormValues => centreFormValues(BLANK);

/** The Träger where `actor` may create centres; `gewaehlt` is the one of `?traeger=` (or the only one). */
export async function creatableTraeger(prisma: PrismaClient, actor: Actor, wanted: string | null) {
  const all = can(actor, "beratungsstelle.anlegen", {});
  const own = actor.memberships.map((m) => m.traegerId).filter((id): id is string => id !== null && can(actor, "beratungsstelle.anlegen", { traegerId: id }));
  const list = all || own.length > 0
    ? await prisma.traeger.findMany({ where: all ? {} : { id: { in: own } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 })
    : [];
  const id = wanted && UUID.test(wanted) ? wanted.toLowerCase() : list.length === 1 ? list[0]!.id : null;
  const gewaehlt = id ? ((await prisma.traeger.findUnique({ where: { id }, select: { id: true, name: true } })) ?? null) : null;
  return { list, gewaehlt };
}

export async function createCentre(prisma: PrismaClient, actor: Actor, traegerId: string, data: CentreFormData, geo: { lat: number; lng: number } | null): Promise<{ id: string }> {
  const saved = await saveCentre(
    prisma,
    { traegerId, datenquelle: "Verwaltung", ...data, geo, zuletztGeprueft: new Date().toISOString().slice(0, 10) },
    {
      alsoInTransaction: (tx, created) =>
        recordAudit(tx, actor, {
          aktion: "beratungsstelle.angelegt",
          objektTyp: "beratungsstelle",
          objektId: created.id,
          traegerId,
          details: JSON.parse(JSON.stringify({ felder: { name: [null, data.name], adresse: [null, data.adresse], veroeffentlicht: [null, data.veroeffentlicht] } })) as Prisma.InputJsonValue,
        }),
    },
  );
  return { id: saved.id };
}

/** What a "new centre" form shows again: the values as sent, the errors, a fresh form key. */
export type NewCentreFeedback = { values: CentreFormValues; errors: CentreFormError[]; revision: string };

/**
 * The one action of the "new centre" forms (/verwaltung/stellen/neu and a Kommune's
 * …/angebote/neu): a row action (add or remove an hours row) shows the form again; "speichern"
 * validates, places the address, checks "beratungsstelle.veroeffentlichen" in `scope` when it is
 * published at once, creates through `create` and redirects to the centre editor with the flash
 * `angelegt(veroeffentlicht)`. The caller has checked "beratungsstelle.anlegen".
 */
export async function submitNewCentre(
  args: ActionFunctionArgs,
  actor: Actor,
  target: {
    scope: Scope;
    create: (data: CentreFormData, geo: { lat: number; lng: number }) => Promise<{ id: string }>;
    angelegt: (veroeffentlicht: boolean) => string;
  },
): Promise<NewCentreFeedback | Response> {
  const form = await args.request.formData();
  const entries = [...form].flatMap(([name, value]): Array<[string, string]> => (typeof value === "string" ? [[name, value]] : []));
  const { aktion, values } = readCentreForm(entries);
  const revision = crypto.randomUUID();
  if (aktion.kind !== "speichern") return { values: applyRowAction(values, aktion), errors: [], revision };
  const result = validateCentreForm(values);
  if (!result.ok) return { values, errors: result.errors, revision };
  const location = locateAddress(result.data.adresse, args.context.services.places);
  if (!location.ok) return { values, errors: [{ fieldId: "plz", message: `Postleitzahl: ${location.meldung} – bitte prüfen Sie Postleitzahl und Ort.` }], revision };
  if (result.data.veroeffentlicht) assertCan(actor, "beratungsstelle.veroeffentlichen", target.scope);
  const created = await target.create(result.data, location.geo);
  return redirectWithFlash(args.request, args.context, `/verwaltung/stellen/${created.id}`, { kind: "success", text: target.angelegt(result.data.veroeffentlicht) });
}
