/**
 * The search form of /beratungsstellen: one GET form, so every search is a shareable address and
 * works without JavaScript. Filter options carry their facet counts ("Arabisch (12)"): how many
 * results that choice would give with everything else as it is.
 */
import { Form } from "@remix-run/react";
import { KONTAKTKANAELE, VERBAENDE } from "../../domain/counselling/labels";
import { UMKREIS_KM, type CentreSearchForm as FormState } from "../../domain/counselling/search-form";
import type { FacetCounts } from "../../domain/counselling/search-query";
import { TOPICS } from "../../domain/counselling/topics";
import { channelName, topicName, verbandName } from "../../i18n/counselling";
import { formatNumber } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { plainText } from "../../i18n/rich";
import { fill } from "../../i18n/template";
import { useLocale, useMessages } from "../i18n";
import { Rich } from "../Rich";
import { Button } from "../kern/Button";
import { CheckboxGroup } from "../kern/CheckboxGroup";
import { Field } from "../kern/Field";
import { Select } from "../kern/Select";
import { usePlaceSuggestions } from "./usePlaceSuggestions";

type Props = {
  form: FormState;
  /** The language filter's options, named in the interface language by the loader. */
  sprachen: ReadonlyArray<{ code: string; label: string }>;
  /** Null when no search ran (unknown place): options then show no counts. */
  facets: FacetCounts | null;
  placeError?: string;
  /** Name of the Träger chosen by id (link "weitere Stellen dieses Trägers"). */
  traegerName?: string;
};

export function CentreSearchForm({ form, sprachen, facets, placeError, traegerName }: Props) {
  const t = useMessages();
  const locale: Locale = useLocale();
  /** An option's label with its count; option texts are plain (no lang marks inside <option>). */
  const counted = (facet: keyof FacetCounts, value: string, label: string): string => {
    const text = plainText(label);
    if (!facets) return text;
    return fill(t.finderCounted, { label: text, count: formatNumber(facets[facet]?.[value] ?? 0, locale) });
  };
  const umkreise = typeof form.umkreis === "number" && !(UMKREIS_KM as readonly number[]).includes(form.umkreis)
    ? [...UMKREIS_KM, form.umkreis].sort((a, b) => a - b)
    : UMKREIS_KM;
  const places = usePlaceSuggestions();
  return (
    <Form method="get" action="/beratungsstellen" className="sp-centre-search" aria-label={t.finderFormLabel}>
      <div className="sp-centre-search__main">
        <Select
          id="thema"
          label={t.finderTopic}
          defaultValue={form.thema ?? ""}
          options={[{ value: "", label: t.finderAllTopics }, ...TOPICS.map((topic) => ({ value: topic.slug, label: counted("themen", topic.slug, topicName(topic.slug, t)) }))]}
        />
        <Field
          id="ort"
          label={t.finderPlace}
          hint={t.finderPlaceHint}
          defaultValue={form.ort}
          autoComplete="postal-code"
          error={placeError}
          list="ort-vorschlaege"
          onInput={places.onInput}
        />
        <datalist id="ort-vorschlaege">
          {places.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </datalist>
        <Select
          id="umkreis"
          label={t.finderRadius}
          defaultValue={String(form.umkreis)}
          options={[
            ...umkreise.map((km) => ({ value: String(km), label: fill(t.finderRadiusKm, { km: formatNumber(km, locale) }) })),
            { value: "bundesweit", label: t.finderRadiusNationwide },
          ]}
        />
        <Field id="q" label={t.finderKeyword} optional hint={t.finderKeywordHint} defaultValue={form.stichwort} />
      </div>

      <fieldset className="kern-fieldset sp-centre-search__filters">
        <legend className="kern-label kern-label--large">{t.finderFilters}</legend>
        <div className="kern-fieldset__body">
          <div className="sp-centre-search__filter-grid">
            <Select
              id="sprache"
              label={t.finderLanguage}
              defaultValue={form.sprache ?? ""}
              options={[{ value: "", label: t.finderAllLanguages }, ...sprachen.map((sprache) => ({ value: sprache.code, label: counted("sprachen", sprache.code, sprache.label) }))]}
            />
            <Select
              id="kanal"
              label={t.finderChannel}
              defaultValue={form.kanal ?? ""}
              options={[{ value: "", label: t.finderAllChannels }, ...KONTAKTKANAELE.map((kanal) => ({ value: kanal, label: counted("kanaele", kanal, channelName(kanal, t)) }))]}
            />
            <Select
              id="traeger"
              label={<Rich text={t.finderTraeger} />}
              defaultValue={form.verband ?? form.traegerId ?? ""}
              options={[
                { value: "", label: t.finderAllTraeger },
                ...(form.traegerId ? [{ value: form.traegerId, label: traegerName ?? t.finderChosenTraeger }] : []),
                ...VERBAENDE.map((verband) => ({ value: verband, label: counted("verband", verband, verbandName(verband, t)) })),
              ]}
            />
            <Select
              id="sortierung"
              label={t.finderSort}
              hint={t.finderSortHint}
              defaultValue={form.sortierung ?? ""}
              options={[
                { value: "", label: t.finderSortRecommended },
                { value: "distanz", label: t.finderSortDistance },
                { value: "relevanz", label: t.finderSortRelevance },
                { value: "name", label: t.finderSortName },
              ]}
            />
          </div>
          <CheckboxGroup
            id="nur"
            legend={t.finderOnly}
            defaultValue={form.nur}
            options={[
              { value: "barrierefrei", label: counted("barrierefrei", "true", t.finderOnlyAccessible) },
              { value: "anonym", label: counted("anonym", "true", t.finderOnlyAnonymous) },
              { value: "offen", label: t.finderOnlyOpen },
            ]}
          />
        </div>
      </fieldset>
      <div className="kern-btn-wrapper">
        <Button icon="search">{t.finderSearch}</Button>
      </div>
    </Form>
  );
}
