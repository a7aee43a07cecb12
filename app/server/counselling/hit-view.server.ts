/**
 * A search hit as the result list shows it: only what the card needs (the page sends no
 * descriptions or full hour tables to the browser), texts computed on the server for the moment
 * of the request so that server and browser render the same.
 */
import type { CentreHit } from "../../../search";
import { staleHint } from "../../domain/counselling/data-quality";
import { todayHours } from "../../domain/counselling/hours-view";
import { KANAL_LABELS, spracheLabel, VERBAND_LABELS } from "../../domain/counselling/labels";
import type { LocalMoment } from "../../domain/counselling/opening-hours";
import { topicLabel } from "../../domain/counselling/topics";

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
  /** The public hint for an entry not confirmed for more than 12 months, else null. */
  hinweisVeraltet: string | null;
  /** "Dienstag, 8. Dezember 2026, 09:00 Uhr (…)" for a centre with online booking and a free slot, else null. */
  naechsterTermin: string | null;
};

const KM = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function toHitView(hit: CentreHit, moment: LocalMoment, naechsterTermin: string | null = null): HitView {
  const today = todayHours(hit.oeffnungszeiten, hit.ausnahmen, moment);
  const verband = VERBAND_LABELS[hit.traeger.verband as keyof typeof VERBAND_LABELS] ?? hit.traeger.verband;
  const adresse = `${hit.adresse.strasse}, ${hit.adresse.plz} ${hit.adresse.ort}`;
  return {
    slug: hit.slug,
    name: hit.name,
    traeger: `Träger: ${hit.traeger.name} (${verband}) · Themen: ${hit.themen.map((slug) => topicLabel(slug) ?? slug).join(", ")}`,
    adresse: hit.distanzKm === undefined ? adresse : `${adresse} – ${KM.format(hit.distanzKm)} km entfernt`,
    bundesweit: hit.bundesweit,
    zugang: `Erreichbar über: ${hit.kanaele.map((kanal) => KANAL_LABELS[kanal]).join(", ")} · Sprachen: ${hit.sprachen.map(spracheLabel).join(", ")}`,
    heute: today.text,
    offenJetzt: today.openNow,
    isDemo: hit.isDemo,
    hinweisVeraltet: staleHint(hit.zuletztGeprueft ?? null, moment.datum),
    naechsterTermin,
  };
}
