/** Marks invented demo data wherever a centre is shown: a visible KERN badge with its meaning in words. */
export function DemoBadge({ long = false }: { long?: boolean }) {
  return (
    <span className="kern-badge kern-badge--warning sp-demo-badge">
      <span className="kern-icon kern-icon--warning" aria-hidden="true" />
      <span className="kern-label">{long ? "Demodaten: Diese Beratungsstelle ist erfunden" : "Demodaten (erfunden)"}</span>
    </span>
  );
}
