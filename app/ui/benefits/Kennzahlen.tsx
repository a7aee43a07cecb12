import type { Kennzahl } from "../../domain/benefits/catalog";
import { euro } from "../../domain/benefits/catalog/kennzahl";
import { formatGermanDate } from "../../domain/shared/dates";
import { DescriptionList } from "../kern/DescriptionList";

/** The key figures of a benefit, each with the date it applies from and its legal source. */
export function Kennzahlen({ kennzahlen }: { kennzahlen: Kennzahl[] }) {
  return (
    <DescriptionList
      items={kennzahlen.map((k) => ({
        key: k.label,
        term: k.label,
        value: (
          <>
            <span className="sp-kennzahl__wert">{k.betrag !== undefined ? euro(k.betrag) : k.text}</span>
            <span className="sp-kennzahl__stand kern-body kern-body--small">
              Stand: gültig ab {formatGermanDate(k.gueltigAb)}. Quelle: {k.quelle}
            </span>
          </>
        ),
      }))}
    />
  );
}
