/**
 * The search form of /beratungsstellen: one GET form, so every search is a shareable address and
 * works without JavaScript. Filter options carry their facet counts ("Arabisch (12)"): how many
 * results that choice would give with everything else as it is.
 */
import { Form } from "@remix-run/react";
import { KANAL_LABELS, KONTAKTKANAELE, SPRACHEN, spracheLabel, VERBAENDE, VERBAND_LABELS } from "../../domain/counselling/labels";
import { UMKREIS_KM, type CentreSearchForm as FormState } from "../../domain/counselling/search-form";
import type { FacetCounts } from "../../domain/counselling/search-query";
import { TOPICS } from "../../domain/counselling/topics";
import { Button } from "../kern/Button";
import { CheckboxGroup } from "../kern/CheckboxGroup";
import { Field } from "../kern/Field";
import { Select } from "../kern/Select";
import { formatCount } from "./format";

type Props = {
  form: FormState;
  /** Null when no search ran (unknown place): options then show no counts. */
  facets: FacetCounts | null;
  placeError?: string;
  /** Name of the Träger chosen by id (link "weitere Stellen dieses Trägers"). */
  traegerName?: string;
};

function counted(facets: FacetCounts | null, facet: keyof FacetCounts, value: string, label: string): string {
  if (!facets) return label;
  return `${label} (${formatCount(facets[facet]?.[value] ?? 0)})`;
}

export function CentreSearchForm({ form, facets, placeError, traegerName }: Props) {
  const sprachen = SPRACHEN.some((sprache) => sprache.code === form.sprache) || !form.sprache
    ? SPRACHEN
    : [...SPRACHEN, { code: form.sprache, label: spracheLabel(form.sprache) }];
  const umkreise = typeof form.umkreis === "number" && !(UMKREIS_KM as readonly number[]).includes(form.umkreis)
    ? [...UMKREIS_KM, form.umkreis].sort((a, b) => a - b)
    : UMKREIS_KM;
  return (
    <Form method="get" action="/beratungsstellen" className="sp-centre-search" aria-label="Beratungsstellen suchen">
      <div className="sp-centre-search__main">
        <Select
          id="thema"
          label="Thema"
          defaultValue={form.thema ?? ""}
          options={[{ value: "", label: "Alle Themen" }, ...TOPICS.map((topic) => ({ value: topic.slug, label: counted(facets, "themen", topic.slug, topic.label) }))]}
        />
        <Field
          id="ort"
          label="Postleitzahl oder Ort"
          hint="Zum Beispiel 04109 oder Leipzig."
          defaultValue={form.ort}
          autoComplete="postal-code"
          error={placeError}
        />
        <Select
          id="umkreis"
          label="Umkreis"
          defaultValue={String(form.umkreis)}
          options={[
            ...umkreise.map((km) => ({ value: String(km), label: `${km} km` })),
            { value: "bundesweit", label: "Nur online und telefonisch (bundesweit)" },
          ]}
        />
        <Field id="q" label="Stichwort" optional hint="Zum Beispiel Schuldnerberatung, Alkohol oder Mietschulden." defaultValue={form.stichwort} />
      </div>

      <fieldset className="kern-fieldset sp-centre-search__filters">
        <legend className="kern-label kern-label--large">Filter</legend>
        <div className="kern-fieldset__body">
          <div className="sp-centre-search__filter-grid">
            <Select
              id="sprache"
              label="Sprache der Beratung"
              defaultValue={form.sprache ?? ""}
              options={[{ value: "", label: "Alle Sprachen" }, ...sprachen.map((sprache) => ({ value: sprache.code, label: counted(facets, "sprachen", sprache.code, sprache.label) }))]}
            />
            <Select
              id="kanal"
              label="Erreichbar über"
              defaultValue={form.kanal ?? ""}
              options={[{ value: "", label: "Alle Wege" }, ...KONTAKTKANAELE.map((kanal) => ({ value: kanal, label: counted(facets, "kanaele", kanal, KANAL_LABELS[kanal]) }))]}
            />
            <Select
              id="traeger"
              label="Träger"
              defaultValue={form.verband ?? form.traegerId ?? ""}
              options={[
                { value: "", label: "Alle Träger" },
                ...(form.traegerId ? [{ value: form.traegerId, label: traegerName ?? "Der gewählte Träger" }] : []),
                ...VERBAENDE.map((verband) => ({ value: verband, label: counted(facets, "verband", verband, VERBAND_LABELS[verband]) })),
              ]}
            />
            <Select
              id="sortierung"
              label="Sortierung"
              hint="Empfohlen: mit Ort nach Entfernung, sonst nach Stichwort."
              defaultValue={form.sortierung ?? ""}
              options={[
                { value: "", label: "Empfohlen" },
                { value: "distanz", label: "Entfernung" },
                { value: "relevanz", label: "Passt am besten zum Stichwort" },
                { value: "name", label: "Name" },
              ]}
            />
          </div>
          <CheckboxGroup
            id="nur"
            legend="Nur Stellen zeigen, die …"
            defaultValue={form.nur}
            options={[
              { value: "barrierefrei", label: counted(facets, "barrierefrei", "true", "stufenlos zugänglich sind") },
              { value: "anonym", label: counted(facets, "anonym", "true", "anonym beraten") },
              { value: "offen", label: "jetzt geöffnet sind" },
            ]}
          />
        </div>
      </fieldset>
      <div className="kern-btn-wrapper">
        <Button icon="search">Suchen</Button>
      </div>
    </Form>
  );
}
