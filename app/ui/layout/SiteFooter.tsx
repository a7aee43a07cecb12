export function SiteFooter() {
  return (
    <footer className="sp-footer">
      <div className="kern-container">
        <p className="kern-body kern-body--small">
          Sozialplattform – ein offenes Angebot für Menschen, die Hilfe suchen, und für die Stellen, die sie beraten. Quelltext unter der EUPL 1.2.
        </p>
      </div>
    </footer>
  );
}
