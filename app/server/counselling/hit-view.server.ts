/**
 * A search hit as the result list shows it: only what the card needs (the page sends no
 * descriptions or full hour tables to the browser), texts computed on the server for the moment
 * of the request so that server and browser render the same.
 */
import type { CentreHit } from "../../../search";
import { staleHint } from "../../domain/counselling/data-quality";
import { todayHours } from "../../domain/counselling/hours-view";
import type { LocalMoment } from "../../domain/counselling/opening-hours";
import { channelName, languageName, todayText, topicName, verbandName } from "../../i18n/counselling";
import { formatDistance } from "../../i18n/format";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import { messagesFor } from "../../i18n/messages";
import { fill } from "../../i18n/template";

export type HitView = {
  slug: string;
  name: string;
  /** "Träger: … (Caritas) · Themen: Schulden" */
  traeger: string;
  /** "Musterhof 15, 04109 Leipzig – 1,9 km entfernt" */
  adresse: string;
  bundesweit: boolean;
  /** "Erreichbar über: Vor Ort, Telefon · Sprachen: Deutsch, Türkisch" */
  zugang: string;
  heute: string;
  offenJetzt: boolean;
  isDemo: boolean;
  /** A municipal offer (its Träger's verband is "kommunal"), marked "Kommunales Angebot". */
  kommunal: boolean;
  /** The public hint for an entry not confirmed for more than 12 months, else null. */
  hinweisVeraltet: string | null;
  /** "Dienstag, 8. Dezember 2026, 09:00 Uhr (…)" for a centre with online booking and a free slot, else null. */
  naechsterTermin: string | null;
};

/**
 * The card's texts in the interface language (German by default). Texts may hold German terms
 * marked [[…]] (federation names in translations); the list renders them with app/ui/Rich.tsx.
 */
export function toHitView(hit: CentreHit, moment: LocalMoment, naechsterTermin: string | null = null, locale: Locale = DEFAULT_LOCALE): HitView {
  const t = messagesFor(locale);
  const today = todayHours(hit.oeffnungszeiten, hit.ausnahmen, moment);
  const adresse = `${hit.adresse.strasse}, ${hit.adresse.plz} ${hit.adresse.ort}`;
  const list = (items: readonly string[]) => items.join(t.finderList);
  return {
    slug: hit.slug,
    name: hit.name,
    traeger: fill(t.finderHitTraeger, { name: hit.traeger.name, verband: verbandName(hit.traeger.verband, t), topics: list(hit.themen.map((slug) => topicName(slug, t))) }),
    adresse: hit.distanzKm === undefined ? adresse : fill(t.finderHitDistance, { address: adresse, km: formatDistance(hit.distanzKm, locale) }),
    bundesweit: hit.bundesweit,
    zugang: fill(t.finderHitAccess, { channels: list(hit.kanaele.map((kanal) => channelName(kanal, t))), languages: list(hit.sprachen.map((code) => languageName(code, locale))) }),
    heute: todayText(today, t),
    offenJetzt: today.openNow,
    isDemo: hit.isDemo,
    kommunal: hit.traeger.verband === "kommunal",
    hinweisVeraltet: staleHint(hit.zuletztGeprueft ?? null, moment.datum) === null ? null : t.finderHitStale,
    naechsterTermin,
  };
}
