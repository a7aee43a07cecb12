/** The Träger profile fields (name, federation, website) of /verwaltung/traeger and /verwaltung/traeger/<id>. */
import { VERBAENDE } from "../../domain/counselling/import/vocabulary";
import { VERBAND_LABELS } from "../../domain/counselling/labels";
import { Field } from "../kern/Field";
import { Select } from "../kern/Select";

const VERBAND_OPTIONS = [{ value: "", label: "Bitte wählen" }, ...VERBAENDE.map((v) => ({ value: v, label: VERBAND_LABELS[v] }))];

export function TraegerFields({ values, errors }: { values: { name: string; verband: string; website: string }; errors: Readonly<Record<string, string>> }) {
  return (
    <>
      <Field id="name" label="Name des Trägers" hint="So erscheint der Träger bei jeder seiner Beratungsstellen." defaultValue={values.name} error={errors.name} />
      <Select id="verband" label="Verband" options={VERBAND_OPTIONS} defaultValue={values.verband} error={errors.verband} />
      <Field id="website" label="Website" optional hint="Mit https://, zum Beispiel https://www.beispiel.de." defaultValue={values.website} error={errors.website} />
    </>
  );
}
