import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { readCentreSearchForm, RESULTS_PER_PAGE, toCentreSearchQuery } from "../domain/counselling/search-form";
import { TOPICS, topicLabel } from "../domain/counselling/topics";
import { Alert } from "../ui/kern/Alert";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.form.thema ? `Beratung finden: ${topicLabel(data.form.thema)}` : "Beratung finden") },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { form, unknownTopic } = readCentreSearchForm(new URL(request.url).searchParams);
  const result = await context.services.search.searchCentres(toCentreSearchQuery(form));
  return { form, unknownTopic, total: result.total, hits: result.hits };
}

function pageLink(form: ReturnType<typeof useLoaderData<typeof loader>>["form"], seite: number) {
  const params = new URLSearchParams();
  if (form.thema) params.set("thema", form.thema);
  if (form.ort) params.set("ort", form.ort);
  if (form.stichwort) params.set("q", form.stichwort);
  params.set("seite", String(seite));
  return `?${params}`;
}

export default function CentreSearch() {
  const { form, unknownTopic, total, hits } = useLoaderData<typeof loader>();
  const pages = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Beratung finden</h1>
      <p className="kern-body">
        Suchen Sie eine Beratungsstelle nach Thema und Ort. Die Beratung ist in der Regel kostenlos und auf Wunsch anonym.
      </p>

      <Form method="get" className="sp-search-form" aria-label="Beratungsstellen suchen">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="thema">Thema</label>
          <div className="kern-form-input__select-wrapper">
            <select className="kern-form-input__select" id="thema" name="thema" defaultValue={form.thema ?? ""}>
              <option value="">Alle Themen</option>
              {TOPICS.map((topic) => (
                <option key={topic.slug} value={topic.slug}>{topic.label}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="ort">Postleitzahl oder Ort</label>
          <div className="kern-hint" id="ort-hinweis">Mit einer Postleitzahl zeigen wir Stellen in Ihrer Region.</div>
          <input className="kern-form-input__input" id="ort" name="ort" type="text" autoComplete="postal-code" defaultValue={form.ort} aria-describedby="ort-hinweis" />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="q">Stichwort <span className="kern-label__optional">– optional</span></label>
          <input className="kern-form-input__input" id="q" name="q" type="search" defaultValue={form.stichwort} />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Suchen</span>
        </button>
      </Form>

      {unknownTopic ? (
        <Alert kind="info" title="Dieses Thema kennen wir nicht">
          <p className="kern-body">Wir zeigen Beratungsstellen zu allen Themen. Wählen Sie oben ein Thema aus der Liste.</p>
        </Alert>
      ) : null}

      <section aria-labelledby="ergebnisse">
        <h2 className="kern-heading-medium" id="ergebnisse">Ergebnisse</h2>
        <p className="kern-body" role="status">
          {total === 1 ? "1 Beratungsstelle gefunden" : `${total} Beratungsstellen gefunden`}
          {pages > 1 ? ` – Seite ${form.seite} von ${pages}` : ""}
        </p>
        {hits.length === 0 ? (
          <div className="kern-body">
            <p>Wir haben keine passende Beratungsstelle gefunden. Sie können:</p>
            <ul className="kern-list kern-list--bullet">
              <li>ein anderes Thema wählen oder „Alle Themen“ nehmen,</li>
              <li>die Postleitzahl oder den Ort weglassen,</li>
              <li>ein kürzeres Stichwort verwenden.</li>
            </ul>
          </div>
        ) : (
          <ol className="sp-result-list">
            {hits.map((hit) => (
              <li key={hit.id} className="kern-card">
                <div className="kern-card__container">
                  <div className="kern-card__header">
                    <h3 className="kern-title">{hit.name}</h3>
                  </div>
                  <div className="kern-card__body">
                    <p className="kern-body">{hit.traeger}{hit.isDemo ? " (Demodaten)" : ""}</p>
                    <p className="kern-body">{hit.strasse}, {hit.plz} {hit.ort}</p>
                    <p className="kern-body kern-body--small">Themen: {hit.themen.map((t) => topicLabel(t) ?? t).join(", ")}</p>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        )}
        {pages > 1 ? (
          <nav aria-label="Seiten der Ergebnisliste" className="sp-pagination">
            {form.seite > 1 ? <Link className="kern-link" to={pageLink(form, form.seite - 1)}>Vorherige Seite</Link> : null}
            {form.seite < pages ? <Link className="kern-link" to={pageLink(form, form.seite + 1)}>Nächste Seite</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
