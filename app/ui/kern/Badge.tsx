/** A KERN badge: a short status in words ("Prüfung fällig"), never a colour alone. */
export function Badge({ kind, children }: { kind: "info" | "success" | "warning" | "danger"; children: string }) {
  return (
    <span className={`kern-badge kern-badge--${kind}`}>
      <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
      <span className="kern-label">{children}</span>
    </span>
  );
}
