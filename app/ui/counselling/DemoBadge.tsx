/**
 * Marks invented demo data wherever a centre is shown: a visible KERN badge with its meaning in
 * words. The short form follows the content's language (translated on the finder).
 */
import { useContentMessages } from "../i18n";

export function DemoBadge({ long = false }: { long?: boolean }) {
  const t = useContentMessages();
  return (
    <span className="kern-badge kern-badge--warning sp-demo-badge">
      <span className="kern-icon kern-icon--warning" aria-hidden="true" />
      <span className="kern-label">{long ? "Demodaten: Diese Beratungsstelle ist erfunden" : t.finderDemo}</span>
    </span>
  );
}
