/**
 * What the search page says about its input: a place it could not find (with suggestions that
 * put the right value into the form), other places of the same name, and URL values it ignored.
 */
import { Link } from "@remix-run/react";
import type { PlaceErrorCode, PlaceSuggestion } from "../../domain/counselling/places/lookup";
import type { IgnoredParameter } from "../../domain/counselling/search-form";
import { Alert } from "../kern/Alert";

export function placeErrorText(code: PlaceErrorCode, input: string): string {
  switch (code) {
    case "places.plz_incomplete":
      return `„${input}“ ist keine vollständige Postleitzahl. Eine Postleitzahl hat fünf Ziffern.`;
    case "places.plz_unknown":
      return `Die Postleitzahl „${input}“ kennen wir nicht.`;
    case "places.name_unknown":
      return `Einen Ort „${input}“ haben wir nicht gefunden.`;
  }
}

export function UnknownPlaceNotice({ text, suggestions }: { text: string; suggestions: ReadonlyArray<PlaceSuggestion & { href: string }> }) {
  return (
    <Alert kind="warning" title="Ort nicht gefunden" live="off">
      <p className="kern-body">{text}</p>
      {suggestions.length > 0 ? (
        <>
          <p className="kern-body">Meinten Sie:</p>
          <ul className="kern-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.value}>
                <Link className="kern-link" to={suggestion.href}>
                  {suggestion.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="kern-body">Prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein.</p>
      )}
    </Alert>
  );
}

export function PlaceAlternatives({ name, alternatives }: { name: string; alternatives: ReadonlyArray<{ label: string; href: string }> }) {
  if (alternatives.length === 0) return null;
  return (
    <p className="kern-body">
      Wir suchen um {name}. Meinten Sie einen anderen Ort dieses Namens?{" "}
      {alternatives.map((alternative, index) => (
        <span key={alternative.href}>
          {index > 0 ? ", " : ""}
          <Link className="kern-link" to={alternative.href}>
            {alternative.label}
          </Link>
        </span>
      ))}
    </p>
  );
}

const IGNORED_TEXT: Record<IgnoredParameter, { title: string; text: string }> = {
  thema: { title: "Dieses Thema kennen wir nicht", text: "Wir zeigen Beratungsstellen zu allen Themen. Wählen Sie oben ein Thema aus der Liste." },
  umkreis: { title: "Diesen Umkreis bieten wir nicht an", text: "Wir suchen im Umkreis von 25 km. Sie können oben einen anderen Umkreis wählen." },
  sprache: { title: "Diese Sprache kennen wir nicht", text: "Wir zeigen Stellen in allen Sprachen." },
  kanal: { title: "Diesen Kontaktweg kennen wir nicht", text: "Wir zeigen Stellen mit allen Kontaktwegen." },
  traeger: { title: "Diesen Träger kennen wir nicht", text: "Wir zeigen Stellen aller Träger." },
  sortierung: { title: "Diese Sortierung gibt es nicht", text: "Wir sortieren wie empfohlen." },
};

export function IgnoredParameters({ ignored }: { ignored: readonly IgnoredParameter[] }) {
  return (
    <>
      {ignored.map((parameter) => (
        <Alert key={parameter} kind="info" title={IGNORED_TEXT[parameter].title} live="off">
          <p className="kern-body">{IGNORED_TEXT[parameter].text}</p>
        </Alert>
      ))}
    </>
  );
}
