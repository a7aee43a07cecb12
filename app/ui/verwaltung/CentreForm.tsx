/**
 * The centre form of /verwaltung/stellen/<id>: every field the finder shows, in sections, with
 * the project's form pattern (labels, hints, inline errors linked, uncontrolled values, checked
 * on the server). A "Speichern" button comes first as well as last, so Enter in a field saves
 * rather than pressing the first row button.
 */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { CentreFormValues } from "../../domain/counselling/centre-form";
import { FORM_LIMITS } from "../../domain/counselling/centre-form-validate";
import { TEXT_LIMITS } from "../../domain/counselling/import/row";
import { KANAL_LABELS, KONTAKTKANAELE, SPRACHEN, spracheLabel } from "../../domain/counselling/labels";
import { TOPICS } from "../../domain/counselling/topics";
import { Button } from "../kern/Button";
import { CheckboxGroup } from "../kern/CheckboxGroup";
import { Field } from "../kern/Field";
import { RadioGroup } from "../kern/RadioGroup";
import { Textarea } from "../kern/Textarea";
import { ExceptionRows, WeeklyHoursRows } from "./HoursRows";

type Errors = Readonly<Record<string, string>>;

const JA_NEIN = [
  { value: "ja", label: "Ja" },
  { value: "nein", label: "Nein" },
];
const TOPIC_OPTIONS = TOPICS.map((topic) => ({ value: topic.slug, label: topic.label }));
const CHANNEL_OPTIONS = KONTAKTKANAELE.map((kanal) => ({ value: kanal, label: KANAL_LABELS[kanal] }));
const ACCESS_OPTIONS = [
  { value: "stufenlos", label: "Stufenloser Zugang" },
  { value: "wc", label: "Barrierefreies WC" },
  { value: "aufzug", label: "Aufzug" },
];
const max = (limit: number) => `Höchstens ${limit.toLocaleString("de-DE")} Zeichen.`;

/** The common languages, plus any other ISO 639-1 code the centre already has. */
function languageOptions(chosen: readonly string[]) {
  const listed = new Set(SPRACHEN.map((sprache) => sprache.code));
  const others = chosen.filter((code) => !listed.has(code)).map((code) => ({ code, label: spracheLabel(code) }));
  return [...SPRACHEN, ...others].map((sprache) => ({ value: sprache.code, label: `${sprache.label} (${sprache.code})` }));
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** `stand`: the fingerprint of the stored data the form was filled from (editing only, see editRevision). */
export function CentreForm({ values, errors, focusId, stand }: { values: CentreFormValues; errors: Errors; focusId?: string; stand?: string }) {
  return (
    <Form method="post" noValidate className="sp-centre-form">
      {stand ? <input type="hidden" name="stand" value={stand} /> : null}
      <div className="kern-btn-wrapper">
        <Button name="aktion" value="speichern">
          Speichern
        </Button>
      </div>
      <Section id="abschnitt-name" title="Name und Beschreibung">
        <Field id="name" label="Name der Beratungsstelle" hint={max(TEXT_LIMITS.name)} defaultValue={values.name} error={errors.name} />
        <Textarea id="beschreibung" label="Beschreibung" optional hint={max(TEXT_LIMITS.beschreibung)} defaultValue={values.beschreibung} error={errors.beschreibung} rows={6} />
      </Section>
      <Section id="abschnitt-adresse" title="Adresse">
        <Field id="strasse" label="Straße und Hausnummer" defaultValue={values.strasse} error={errors.strasse} autoComplete="off" />
        <Field id="plz" label="Postleitzahl" hint="Die Lage auf der Karte wird aus Postleitzahl und Ort bestimmt." defaultValue={values.plz} error={errors.plz} inputMode="numeric" width={4} />
        <Field id="ort" label="Ort" defaultValue={values.ort} error={errors.ort} />
      </Section>
      <Section id="abschnitt-kontakt" title="Kontakt">
        <Field id="telefon" label="Telefon" optional hint="z. B. 0341 000000" defaultValue={values.telefon} error={errors.telefon} />
        <Field id="email" label="E-Mail-Adresse" optional type="email" defaultValue={values.email} error={errors.email} />
        <Field id="website" label="Website" optional hint="z. B. https://www.example.org" defaultValue={values.website} error={errors.website} />
      </Section>
      <Section id="abschnitt-angebot" title="Themen, Kontaktwege und Sprachen">
        <CheckboxGroup id="themen" legend="Themen" hint="Mindestens ein Thema." options={TOPIC_OPTIONS} defaultValue={values.themen} error={errors.themen} />
        <CheckboxGroup id="kanaele" legend="Erreichbar über" hint="Mindestens ein Kontaktweg." options={CHANNEL_OPTIONS} defaultValue={values.kanaele} error={errors.kanaele} />
        <CheckboxGroup id="sprachen" legend="Beratung auf" hint="Sprachen, in denen beraten wird (Code nach ISO 639-1)." options={languageOptions(values.sprachen)} defaultValue={values.sprachen} error={errors.sprachen} />
      </Section>
      <Section id="abschnitt-barrierefreiheit" title="Barrierefreiheit">
        <CheckboxGroup id="barrierefreiheit" legend="Vorhanden" options={ACCESS_OPTIONS} defaultValue={values.barrierefreiheit} error={errors.barrierefreiheit} />
        <Field id="barrierefreiheit-hinweis" label="Hinweis zur Barrierefreiheit" optional hint={max(TEXT_LIMITS.barrierefreiheitHinweis)} defaultValue={values.barrierefreiheitHinweis} error={errors["barrierefreiheit-hinweis"]} />
      </Section>
      <Section id="abschnitt-weitere" title="Weitere Angaben">
        <Textarea id="zielgruppen" label="Zielgruppen" optional hint="Eine Zielgruppe je Zeile, höchstens 20." defaultValue={values.zielgruppen} error={errors.zielgruppen} rows={3} />
        <Field id="kosten" label="Kosten" optional hint="Leer lassen für „kostenlos“." defaultValue={values.kosten} error={errors.kosten} />
        <RadioGroup id="anonym" legend="Anonyme Beratung möglich" options={JA_NEIN} defaultValue={values.anonym} error={errors.anonym} />
        <Textarea id="notfallzeiten" label="Notfallzeiten" optional hint={`z. B. „Notfallsprechstunde bei Kontopfändung: Di 8–9 Uhr“. ${max(FORM_LIMITS.notfallzeiten)}`} defaultValue={values.notfallzeiten} error={errors.notfallzeiten} rows={2} />
      </Section>
      <Section id="abschnitt-einzugsgebiet" title="Zuständigkeitsgebiet">
        <RadioGroup id="bundesweit" legend="Bundesweites Angebot ohne regionale Einschränkung" options={JA_NEIN} defaultValue={values.bundesweit} error={errors.bundesweit} />
        <Field id="einzugsgebiet-plz" label="Zuständig für Postleitzahlen" optional hint="Durch Komma oder Leerzeichen getrennt." defaultValue={values.einzugsgebietPlz} error={errors["einzugsgebiet-plz"]} />
        <Field id="einzugsgebiet-km" label="Umkreis in Kilometern" optional hint={`Ganze Zahl von 1 bis ${FORM_LIMITS.radiusKm}.`} defaultValue={values.einzugsgebietKm} error={errors["einzugsgebiet-km"]} inputMode="numeric" width={4} />
      </Section>
      <Section id="abschnitt-oeffnungszeiten" title="Öffnungszeiten">
        <p className="kern-body">Eine Zeile je Zeitraum; für Mittagspausen zwei Zeilen am selben Tag. Zeilen ohne Uhrzeiten werden nicht gespeichert.</p>
        <WeeklyHoursRows rows={values.zeiten} errors={errors} focusId={focusId} />
      </Section>
      <Section id="abschnitt-ausnahmen" title="Ausnahmen (Feiertage, Schließtage)">
        <ExceptionRows rows={values.ausnahmen} errors={errors} focusId={focusId} />
      </Section>
      <Section id="abschnitt-veroeffentlichung" title="Veröffentlichung">
        <RadioGroup
          id="veroeffentlicht"
          legend="In der Suche und auf der öffentlichen Seite zeigen"
          hint="„Nein“ nimmt die Beratungsstelle aus der Suche; die Angaben bleiben gespeichert."
          options={JA_NEIN}
          defaultValue={values.veroeffentlicht}
          error={errors.veroeffentlicht}
        />
      </Section>
      <div className="kern-btn-wrapper">
        <Button name="aktion" value="speichern">
          Speichern
        </Button>
      </div>
    </Form>
  );
}
