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
import { topicLabel } from "../domain/counselling/topics";
import { formatNextSlot } from "../server/booking/format.server";
import { nextFreeSlots } from "../server/booking/next-slot.server";
import { searchCentrePage } from "../server/counselling/centre-search.server";
import { toHitView } from "../server/counselling/hit-view.server";
import { CentreHitList } from "../ui/counselling/CentreHitList";
import { CentreSearchForm } from "../ui/counselling/CentreSearchForm";
import { EmptyResults, type EmptyStateLinks } from "../ui/counselling/EmptyResults";
import { formatCount } from "../ui/counselling/format";
import { Pagination } from "../ui/counselling/Pagination";
import { IgnoredParameters, PlaceAlternatives, placeErrorText, UnknownPlaceNotice } from "../ui/counselling/SearchNotices";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.form.thema ? `Beratung finden: ${topicLabel(data.form.thema)}` : "Beratung finden") },
];

const plural = (count: number) => `${formatCount(count)} ${count === 1 ? "Beratungsstelle" : "Beratungsstellen"}`;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { form, ignored } = readCentreSearchForm(new URL(request.url).searchParams);
  const now = new Date();
  const moment = localMoment(now);
  const withCounts = !isBlankForm(form);
  const outcome = await searchCentrePage(context.services, form, { moment, facets: withCounts });

  if (outcome.kind === "unknown-place") {
    const { code, input, suggestions } = outcome.place;
    return {
      form,
      ignored,
      unknownPlace: {
        text: placeErrorText(code, input),
        suggestions: suggestions.map((suggestion) => ({ ...suggestion, href: searchHref(form, { ort: suggestion.value }) })),
      },
      status: "Ort nicht gefunden. Bitte wählen Sie einen Vorschlag oder prüfen Sie die Eingabe.",
      results: null,
    };
  }

  const { place, via, total } = outcome;
  const next = await nextFreeSlots(context.services.db.prisma, outcome.hits.map((hit) => hit.id), now);
  const nextText = (id: string) => {
    const slot = next.get(id)?.slot;
    return slot ? formatNextSlot(slot) : null;
  };
  const pages = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  const placeName = place ? (via === "plz" && place.plz ? `${place.plz} ${place.name}` : place.name) : null;
  const scope = form.umkreis === "bundesweit" ? " (bundesweite Online- und Telefonangebote)" : placeName ? ` im Umkreis von ${form.umkreis} km um ${placeName}` : "";
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
    unknownPlace: null,
    status: `${plural(total)} gefunden${scope}${pages > 1 ? ` – Seite ${formatCount(form.seite)} von ${formatCount(pages)}` : ""}`,
    results: {
      total,
      pages,
      hits: outcome.hits.map((hit) => toHitView(hit, moment, nextText(hit.id))),
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
  const { form, ignored, unknownPlace, status, results } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Beratung finden</h1>
      <p className="kern-body">
        Suchen Sie eine Beratungsstelle nach Thema und Ort. Die Beratung ist in der Regel kostenlos und auf Wunsch anonym.
      </p>
      <IgnoredParameters ignored={ignored} />
      <CentreSearchForm
        form={form}
        facets={results?.facets ?? null}
        placeError={unknownPlace ? unknownPlace.text : undefined}
        traegerName={results?.traegerName}
      />
      {unknownPlace ? <UnknownPlaceNotice text={unknownPlace.text} suggestions={unknownPlace.suggestions} /> : null}

      <section aria-labelledby="ergebnisse" className="sp-results">
        <h2 className="kern-heading-medium" id="ergebnisse">
          Ergebnisse
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
                Diese Seite gibt es nicht mehr. <a className="kern-link" href={searchHref(form, { seite: 1 })}>Zur ersten Seite</a>
              </p>
            )}
            <Pagination page={form.seite} pages={results.pages} href={(seite) => searchHref(form, { seite })} />
          </>
        ) : null}
      </section>
    </div>
  );
}
