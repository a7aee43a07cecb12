/**
 * /beratungsstellen: the centre search. One GET form (a shareable address, no JavaScript needed);
 * the loader reads the form, resolves the place offline, searches with facet counts and prepares
 * the result cards. "Now" (for today's hours and "jetzt geöffnet") is taken here, at the edge.
 */
import "../ui/counselling/counselling.css";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { hotlinesFor } from "../domain/counselling/hotlines";
import { localMoment } from "../domain/counselling/opening-hours";
import { hasFilters, isBlankForm, readCentreSearchForm, RESULTS_PER_PAGE, searchHref, widerUmkreis, withoutFilters } from "../domain/counselling/search-form";
import { SPRACHEN } from "../domain/counselling/labels";
import { capitalised, languageName, nextSlotText, topicName } from "../i18n/counselling";
import { formatNumber } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { messagesFor, type Messages } from "../i18n/messages";
import { plainText } from "../i18n/rich";
import { fill } from "../i18n/template";
import { localeFromRequest } from "../server/i18n/locale-cookie.server";
import { nextFreeSlots } from "../server/booking/next-slot.server";
import { searchCentrePage } from "../server/counselling/centre-search.server";
import { toHitView } from "../server/counselling/hit-view.server";
import { CentreHitList } from "../ui/counselling/CentreHitList";
import { CentreSearchForm } from "../ui/counselling/CentreSearchForm";
import { EmptyResults, type EmptyStateLinks } from "../ui/counselling/EmptyResults";
import { Pagination } from "../ui/counselling/Pagination";
import { IgnoredParameters, PlaceAlternatives, placeErrorText, UnknownPlaceNotice } from "../ui/counselling/SearchNotices";
import { localeOfMatches, TRANSLATED, useMessages } from "../ui/i18n";
import { pageTitle } from "../ui/meta";

export const handle = TRANSLATED;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = messagesFor(localeOfMatches(matches));
  return [{ title: pageTitle(data?.form.thema ? fill(t.finderTitleTopic, { topic: plainText(topicName(data.form.thema, t)) }) : t.finderTitle) }];
};

/** The status line: how many, where, which page ("3 Beratungsstellen gefunden im Umkreis von 25 km um Leipzig"). */
function statusText(t: Messages, locale: Locale, found: { total: number; km: number | "bundesweit"; placeName: string | null; page: number; pages: number }): string {
  const form = found.total === 1 ? "One" : "Other";
  const values = { count: formatNumber(found.total, locale), km: typeof found.km === "number" ? formatNumber(found.km, locale) : "", place: found.placeName ?? "" };
  const key = found.km === "bundesweit" ? (`finderFoundNationwide${form}` as const) : found.placeName ? (`finderFoundRadius${form}` as const) : (`finderFound${form}` as const);
  const status = fill(t[key], values);
  return found.pages > 1 ? fill(t.finderStatusPage, { status, page: formatNumber(found.page, locale), pages: formatNumber(found.pages, locale) }) : status;
}

/** The language filter's options in the interface language (computed here, so server and browser render the same). */
function languageOptions(locale: Locale, chosen: string | undefined) {
  const codes = SPRACHEN.map((sprache) => sprache.code);
  if (chosen && !codes.includes(chosen)) codes.push(chosen);
  return codes.map((code) => ({ code, label: capitalised(languageName(code, locale), locale) }));
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { form, ignored } = readCentreSearchForm(new URL(request.url).searchParams);
  const locale = await localeFromRequest(request);
  const t = messagesFor(locale);
  const sprachen = languageOptions(locale, form.sprache);
  const now = new Date();
  const moment = localMoment(now);
  const withCounts = !isBlankForm(form);
  const outcome = await searchCentrePage(context.services, form, { moment, facets: withCounts });

  if (outcome.kind === "unknown-place") {
    const { code, input, suggestions } = outcome.place;
    return {
      form,
      ignored,
      sprachen,
      unknownPlace: {
        text: placeErrorText(code, input, t),
        suggestions: suggestions.map((suggestion) => ({ ...suggestion, href: searchHref(form, { ort: suggestion.value }) })),
      },
      status: t.finderStatusUnknownPlace,
      results: null,
    };
  }

  const { place, via, total } = outcome;
  const next = await nextFreeSlots(context.services.db.prisma, outcome.hits.map((hit) => hit.id), now);
  const nextText = (id: string) => {
    const slot = next.get(id)?.slot;
    return slot ? nextSlotText(slot, locale) : null;
  };
  const pages = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  const placeName = place ? (via === "plz" && place.plz ? `${place.plz} ${place.name}` : place.name) : null;
  const wider = place ? widerUmkreis(form.umkreis) : undefined;
  const empty: EmptyStateLinks = {
    widerRadius: wider ? { km: wider, href: searchHref(form, { umkreis: wider }) } : undefined,
    bundesweit: form.umkreis === "bundesweit" ? undefined : searchHref(form, { umkreis: "bundesweit" }),
    withoutFilters: hasFilters(form) ? searchHref(withoutFilters(form)) : undefined,
    withoutKeyword: form.stichwort ? searchHref(form, { stichwort: "" }) : undefined,
    allTopics: form.thema ? searchHref({ ...form, thema: undefined, seite: 1 }) : undefined,
  };
  return {
    form,
    ignored,
    sprachen,
    unknownPlace: null,
    status: statusText(t, locale, { total, km: form.umkreis, placeName, page: form.seite, pages }),
    results: {
      total,
      pages,
      hits: outcome.hits.map((hit) => toHitView(hit, moment, nextText(hit.id), locale)),
      facets: withCounts ? outcome.facets : null,
      placeName,
      alternatives: outcome.alternatives.map((alternative) => {
        const value = alternative.plz ? `${alternative.plz} ${alternative.name}` : alternative.name;
        return { label: value, href: searchHref(form, { ort: value }) };
      }),
      empty,
      traegerName: form.traegerId ? outcome.hits.find((hit) => hit.traeger.id === form.traegerId)?.traeger.name : undefined,
    },
  };
}

export default function CentreSearch() {
  const { form, ignored, sprachen, unknownPlace, status, results } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">{t.finderTitle}</h1>
      <p className="kern-body">{t.finderIntro}</p>
      <IgnoredParameters ignored={ignored} />
      <CentreSearchForm
        form={form}
        sprachen={sprachen}
        facets={results?.facets ?? null}
        placeError={unknownPlace ? unknownPlace.text : undefined}
        traegerName={results?.traegerName}
      />
      {unknownPlace ? <UnknownPlaceNotice text={unknownPlace.text} suggestions={unknownPlace.suggestions} /> : null}

      <section aria-labelledby="ergebnisse" className="sp-results">
        <h2 className="kern-heading-medium" id="ergebnisse">
          {t.finderResults}
        </h2>
        <p className="kern-body" role="status">
          {status}
        </p>
        {results ? (
          <>
            {results.placeName ? <PlaceAlternatives name={results.placeName} alternatives={results.alternatives} /> : null}
            {results.hits.length > 0 ? (
              <CentreHitList hits={results.hits} start={(form.seite - 1) * RESULTS_PER_PAGE + 1} />
            ) : results.total === 0 ? (
              <EmptyResults links={results.empty} hotlines={hotlinesFor(form.thema)} />
            ) : (
              <p className="kern-body">
                {t.finderPageGone} <a className="kern-link" href={searchHref(form, { seite: 1 })}>{t.finderFirstPage}</a>
              </p>
            )}
            <Pagination page={form.seite} pages={results.pages} href={(seite) => searchHref(form, { seite })} />
          </>
        ) : null}
      </section>
    </div>
  );
}
