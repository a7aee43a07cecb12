/** In a translated interface, says in that language that the page content below is German. */
export function GermanOnlyNotice({ text }: { text: string }) {
  return (
    <div className="kern-container sp-german-only">
      <p className="kern-body kern-body--small">{text}</p>
    </div>
  );
}
