/**
 * /verwaltung/personal/<id>: one staff member as the logged-in account sees it – its
 * memberships (change the role, remove), a further role at another place, deactivate/reactivate
 * the account, send the invitation again. Unknown ids and people of other tenants: 404; a person
 * visible but beyond the account's roles: 403. Every change: POST-redirect-GET with a message.
 *
 * POST `aktion`: `rolle` (mitgliedschaft, rolle-<mitgliedschaft>), `entfernen` (mitgliedschaft),
 * `zuweisen` (ziel, rolle), `deaktivieren`, `reaktivieren`, `erneut-einladen`, `zweiten-faktor-zuruecksetzen`
 * (lost authenticator: secret and recovery codes removed, sessions end, set-up again at next login).
 */
import "../ui/verwaltung/verwaltung.css";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { STAFF_ROLES } from "../domain/accounts/permissions";
import { ROLE_LABELS } from "../domain/accounts/roles";
import { readFlash, redirectWithFlash } from "../server/accounts/flash.server";
import {
  assignMembership,
  changeMembershipRole,
  grantablePlaces,
  parseZiel,
  REFUSAL_TEXT,
  removeMembership,
  resendStaffInvitation,
  resetSecondFactor,
  setStaffActive,
  staffDetail,
  type Outcome,
  type StaffRolle,
} from "../server/accounts/staff.server";
import { requireStaff } from "../server/auth/guard.server";
import { Alert } from "../ui/kern/Alert";
import { Badge } from "../ui/kern/Badge";
import { Button } from "../ui/kern/Button";
import { ErrorSummary, type FormError } from "../ui/kern/ErrorSummary";
import { Select } from "../ui/kern/Select";
import { pageTitle } from "../ui/meta";
import { BackLink } from "../ui/kern/BackLink";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: pageTitle(`${loaded?.person.anzeigename ?? "Person"} – Personal – Verwaltung`) }];

async function personOf({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const person = await staffDetail(context.services.db.prisma, actor, params.id ?? "");
  if (!person) throw new Response("Diese Person gibt es nicht.", { status: 404 });
  return { actor, person };
}

export async function loader(args: LoaderFunctionArgs) {
  const { actor, person } = await personOf(args);
  const orte = await grantablePlaces(args.context.services.db.prisma, actor, { traegerId: new URL(args.request.url).searchParams.get("traeger") ?? undefined });
  const { flash, headers } = await readFlash(args.request, args.context);
  const rollen = STAFF_ROLES.filter((r) => orte.some((o) => o.rollen.includes(r))).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  return data(
    { person, orte: orte.map((o) => ({ value: o.ziel, label: `${o.label} (${o.rollen.map((r) => ROLE_LABELS[r]).join(", ")})` })), rollen, flash },
    headers ? { headers } : undefined,
  );
}

type Feedback = { errors: FormError[]; meldung?: string; values?: { ziel: string; rolle: string } };

const isRole = (value: string): value is StaffRolle => (STAFF_ROLES as readonly string[]).includes(value);

export async function action(args: ActionFunctionArgs): Promise<Feedback | Response> {
  const { actor, person } = await personOf(args);
  const { request, context } = args;
  const { prisma } = context.services.db;
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "");
  const here = `/verwaltung/personal/${person.id}`;
  const refused = (outcome: Outcome & { ok: false }): Feedback => {
    if (outcome.code === "nicht_gefunden") throw new Response(REFUSAL_TEXT.nicht_gefunden, { status: 404 });
    if (outcome.code === "nicht_erlaubt") throw new Response(REFUSAL_TEXT.nicht_erlaubt, { status: 403 });
    return { errors: [], meldung: REFUSAL_TEXT[outcome.code] };
  };
  const done = (message: string, to = here) => redirectWithFlash(request, context, to, { kind: "success", text: message });

  switch (text("aktion")) {
    case "rolle": {
      const id = text("mitgliedschaft");
      const rolle = text(`rolle-${id}`);
      if (!isRole(rolle)) return { errors: [{ fieldId: `rolle-${id}`, message: "Bitte wählen Sie eine Rolle." }] };
      const outcome = await changeMembershipRole(prisma, actor, { mitgliedschaftId: id, rolle });
      if (!outcome.ok) {
        const shown = refused(outcome);
        return { errors: [{ fieldId: `rolle-${id}`, message: shown.meldung! }] };
      }
      return done(`Die Rolle ist jetzt „${ROLE_LABELS[rolle]}“.`);
    }
    case "entfernen": {
      const outcome = await removeMembership(prisma, actor, { mitgliedschaftId: text("mitgliedschaft") });
      if (!outcome.ok) return refused(outcome);
      const still = await staffDetail(prisma, actor, person.id);
      return done(`Die Mitgliedschaft von ${person.anzeigename} ist entfernt.`, still ? here : "/verwaltung/personal");
    }
    case "zuweisen": {
      const values = { ziel: text("ziel"), rolle: text("rolle") };
      const errors: FormError[] = [];
      const ziel = parseZiel(values.ziel);
      if (!ziel) errors.push({ fieldId: "ziel", message: REFUSAL_TEXT.ort_unbekannt });
      if (!isRole(values.rolle)) errors.push({ fieldId: "rolle", message: "Bitte wählen Sie eine Rolle." });
      if (!ziel || !isRole(values.rolle)) return { errors, values };
      const outcome = await assignMembership(prisma, actor, { benutzerId: person.id, ziel, rolle: values.rolle });
      if (!outcome.ok) {
        const shown = refused(outcome);
        return { errors: [{ fieldId: outcome.code === "ort_unbekannt" ? "ziel" : "rolle", message: shown.meldung! }], values };
      }
      return done(`${person.anzeigename} hat jetzt zusätzlich die Rolle „${ROLE_LABELS[values.rolle]}“.`);
    }
    case "deaktivieren":
    case "reaktivieren": {
      const aktiv = text("aktion") === "reaktivieren";
      const outcome = await setStaffActive(prisma, actor, { benutzerId: person.id, aktiv });
      if (!outcome.ok) return refused(outcome);
      return done(aktiv ? `Das Konto von ${person.anzeigename} ist wieder aktiv.` : `Das Konto von ${person.anzeigename} ist deaktiviert; alle Anmeldungen sind beendet.`);
    }
    case "erneut-einladen": {
      const outcome = await resendStaffInvitation(prisma, actor, { benutzerId: person.id, now: new Date(), publicUrl: context.services.config.PUBLIC_URL });
      if (!outcome.ok) return refused(outcome);
      return done(`Eine neue Einladung an ${person.email ?? person.anzeigename} ist verschickt.`);
    }
    case "zweiten-faktor-zuruecksetzen": {
      const outcome = await resetSecondFactor(prisma, actor, { benutzerId: person.id, now: new Date() });
      if (!outcome.ok) return refused(outcome);
      return done(`Die Zwei-Faktor-Anmeldung von ${person.anzeigename} ist zurückgesetzt; alle Anmeldungen sind beendet. Bei der nächsten Anmeldung richtet die Person sie neu ein.`);
    }
    default:
      return { errors: [], meldung: "Unbekannte Aktion." };
  }
}

export default function StaffMember() {
  const { person, orte, rollen, flash } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const shown = feedback && !(feedback instanceof Response) ? feedback : undefined;
  const errors = Object.fromEntries((shown?.errors ?? []).map((e: FormError) => [e.fieldId, e.message]));
  return (
    <>
      <ErrorSummary errors={shown?.errors ?? []} />
      <BackLink to="/verwaltung/personal">Personal</BackLink>
      <h1 className="kern-heading-large">{person.anzeigename}</h1>
      {shown?.meldung ? (
        <Alert kind="danger" title="Nicht möglich" live="assertive">
          <p className="kern-body">{shown.meldung}</p>
        </Alert>
      ) : flash && !shown ? (
        <Alert kind={flash.kind} title={flash.kind === "success" ? "Erledigt" : "Nicht möglich"}>
          <p className="kern-body">{flash.text}</p>
        </Alert>
      ) : null}
      <p className="kern-body">
        {person.email}
        {" · "}
        {!person.aktiv ? <Badge kind="danger">Deaktiviert</Badge> : person.eingeladen ? <Badge kind="info">Eingeladen</Badge> : "Aktiv"}
      </p>

      <h2 className="kern-heading-medium">Rollen</h2>
      <ul className="kern-list sp-personal-rollen">
        {person.mitgliedschaften.map((m) => (
          <li key={m.id}>
            <p className="kern-body">
              <strong>{m.rolleLabel}</strong> – {m.ort}
            </p>
            {m.verwaltbar && m.rollenOptionen.length > 1 ? (
              <Form method="post">
                <input type="hidden" name="mitgliedschaft" value={m.id} />
                <Select id={`rolle-${m.id}`} label={`Rolle bei ${m.ort}`} options={m.rollenOptionen.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} defaultValue={m.rolle} error={errors[`rolle-${m.id}`]} />
                <div className="kern-btn-wrapper">
                  <Button variant="secondary" name="aktion" value="rolle">
                    Rolle ändern
                  </Button>
                </div>
              </Form>
            ) : null}
            {m.verwaltbar ? (
              <Form method="post">
                <input type="hidden" name="mitgliedschaft" value={m.id} />
                <div className="kern-btn-wrapper">
                  <Button variant="tertiary" icon="delete" name="aktion" value="entfernen">
                    {`Rolle „${m.rolleLabel}“ bei ${m.ort} entfernen`}
                  </Button>
                </div>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>

      {orte.length > 0 ? (
        <section aria-labelledby="abschnitt-zuweisen">
          <h2 className="kern-heading-medium" id="abschnitt-zuweisen">
            Weitere Rolle vergeben
          </h2>
          <Form method="post" noValidate>
            <Select id="ziel" label="Ort" options={[{ value: "", label: "Bitte wählen" }, ...orte]} defaultValue={shown?.values?.ziel ?? ""} error={errors.ziel} />
            <Select id="rolle" label="Rolle" options={[{ value: "", label: "Bitte wählen" }, ...rollen]} defaultValue={shown?.values?.rolle ?? ""} error={errors.rolle} />
            <div className="kern-btn-wrapper">
              <Button variant="secondary" name="aktion" value="zuweisen">
                Rolle vergeben
              </Button>
            </div>
          </Form>
        </section>
      ) : null}

      {person.alleVerwaltbar && !person.selbst ? (
        <section aria-labelledby="abschnitt-konto">
          <h2 className="kern-heading-medium" id="abschnitt-konto">
            Konto
          </h2>
          {person.eingeladen && person.aktiv ? (
            <Form method="post">
              <p className="kern-body">Die Person hat ihre Einladung noch nicht angenommen.</p>
              <div className="kern-btn-wrapper">
                <Button variant="secondary" name="aktion" value="erneut-einladen">
                  Einladung erneut senden
                </Button>
              </div>
            </Form>
          ) : null}
          <Form method="post">
            {person.aktiv ? (
              <>
                <p className="kern-body">Ein deaktiviertes Konto kann sich nicht mehr anmelden; laufende Anmeldungen enden sofort.</p>
                {person.letzterTraegerAdmin ? <p className="kern-body">{REFUSAL_TEXT.letzter_traeger_admin}</p> : null}
                <div className="kern-btn-wrapper">
                  <Button variant="secondary" name="aktion" value="deaktivieren">
                    Konto deaktivieren
                  </Button>
                </div>
              </>
            ) : (
              <div className="kern-btn-wrapper">
                <Button variant="secondary" name="aktion" value="reaktivieren">
                  Konto wieder aktivieren
                </Button>
              </div>
            )}
          </Form>
          {person.zweiterFaktor && person.aktiv ? (
            <Form method="post">
              <p className="kern-body">
                Hat die Person ihre Authenticator-App verloren oder ersetzt? Nach dem Zurücksetzen gelten ihre bisherige App und ihre
                Wiederherstellungscodes nicht mehr, alle Anmeldungen enden, und bei der nächsten Anmeldung richtet sie die
                Zwei-Faktor-Anmeldung neu ein.
              </p>
              <div className="kern-btn-wrapper">
                <Button variant="secondary" name="aktion" value="zweiten-faktor-zuruecksetzen">
                  Zwei-Faktor-Anmeldung zurücksetzen
                </Button>
              </div>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
