/**
 * "Drucken oder als PDF speichern". The button needs JavaScript (window.print), so it appears only
 * once the page is hydrated; until then – and without JavaScript – a sentence explains the
 * browser's own print function. The print stylesheet (check.css) makes either way a clean printout.
 */
import { Button } from "../kern/Button";
import { useHydrated } from "../useHydrated";

export function PrintButton() {
  return (
    <div className="sp-no-print">
      {useHydrated() ? (
        <Button type="button" variant="secondary" icon="download" onClick={() => window.print()}>
          Drucken oder als PDF speichern
        </Button>
      ) : (
        <p className="kern-body">
          Zum Drucken oder Speichern als PDF nutzen Sie die Druckfunktion Ihres Browsers, zum Beispiel mit Strg + P (Mac: Cmd + P).
        </p>
      )}
    </div>
  );
}
