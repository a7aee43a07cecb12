/**
 * On /leistungen/<slug>: "Ihre Postleitzahl" (a plain GET form, works without JavaScript) and,
 * for a PLZ of a Kommune that has entered an office for this benefit, that "Zuständige Stelle".
 */
import { Form } from "@remix-run/react";
import type { Treffer } from "../../domain/kommune/zustaendigkeit";
import { Button } from "../kern/Button";
import { Field } from "../kern/Field";
import { ZustaendigeStellen } from "./ZustaendigeStelle";

export type ZustaendigkeitSuche = { plz: string; gueltig: boolean; stellen: Treffer[] };

export function ZustaendigeStelleSuche({ slug, stellenart, suche }: { slug: string; stellenart: string; suche: ZustaendigkeitSuche }) {
  const error = suche.plz !== "" && !suche.gueltig ? "Bitte geben Sie die Postleitzahl mit 5 Ziffern ein, zum Beispiel 99999." : undefined;
  return (
    <section aria-labelledby="zustaendige-stelle" className="sp-zustaendigkeit-suche">
      <h3 className="kern-heading-small" id="zustaendige-stelle">
        Zuständige Stelle in Ihrer Kommune
      </h3>
      <Form method="get" action={`/leistungen/${slug}`} aria-labelledby="zustaendige-stelle">
        <Field id="plz" label="Ihre Postleitzahl" hint="Wir zeigen die zuständige Stelle, wenn Ihre Kommune sie eingetragen hat." inputMode="numeric" width={4} autoComplete="postal-code" defaultValue={suche.plz} error={error} />
        <div className="kern-btn-wrapper">
          <Button variant="secondary">Zuständige Stelle anzeigen</Button>
        </div>
      </Form>
      {suche.gueltig && suche.stellen.length > 0 ? <ZustaendigeStellen stellen={suche.stellen} headingLevel={4} idPrefix="zustaendig" /> : null}
      {suche.gueltig && suche.stellen.length === 0 ? (
        <p className="kern-body" role="status">
          Für die Postleitzahl {suche.plz} hat noch keine Kommune eine zuständige Stelle eingetragen. Zuständig ist {stellenart} an Ihrem Wohnort.
        </p>
      ) : null}
    </section>
  );
}
