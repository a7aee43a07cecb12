/** "Schritt 2 von 5" as visible text and as KERN progress bar, which that text labels. */
export function StepProgress({ number, total }: { number: number; total: number }) {
  const text = `Schritt ${number} von ${total}`;
  return (
    <div className="kern-progress sp-check-progress">
      <label className="kern-label" htmlFor="check-fortschritt">
        {text}
      </label>
      <progress id="check-fortschritt" value={number} max={total} />
    </div>
  );
}
