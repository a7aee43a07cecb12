/**
 * What the search page says about its input: a place it could not find (with suggestions that
 * put the right value into the form), other places of the same name, and URL values it ignored.
 */
import { Link } from "@remix-run/react";
import type { PlaceErrorCode, PlaceSuggestion } from "../../domain/counselling/places/lookup";
import type { IgnoredParameter } from "../../domain/counselling/search-form";
import type { MessageKey, Messages } from "../../i18n/messages";
import { fill } from "../../i18n/template";
import { Alert } from "../kern/Alert";
import { useMessages } from "../i18n";

const PLACE_ERROR_KEYS: Record<PlaceErrorCode, MessageKey> = {
  "places.plz_incomplete": "placeIncomplete",
  "places.plz_unknown": "placePlzUnknown",
  "places.name_unknown": "placeNameUnknown",
};

export function placeErrorText(code: PlaceErrorCode, input: string, t: Messages): string {
  return fill(t[PLACE_ERROR_KEYS[code]], { input });
}

export function UnknownPlaceNotice({ text, suggestions }: { text: string; suggestions: ReadonlyArray<PlaceSuggestion & { href: string }> }) {
  const t = useMessages();
  return (
    <Alert kind="warning" title={t.placeNotFound} live="off">
      <p className="kern-body">{text}</p>
      {suggestions.length > 0 ? (
        <>
          <p className="kern-body">{t.placeDidYouMean}</p>
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
        <p className="kern-body">{t.placeCheckSpelling}</p>
      )}
    </Alert>
  );
}

export function PlaceAlternatives({ name, alternatives }: { name: string; alternatives: ReadonlyArray<{ label: string; href: string }> }) {
  const t = useMessages();
  if (alternatives.length === 0) return null;
  return (
    <p className="kern-body">
      {fill(t.placeAlternatives, { name })}{" "}
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

const IGNORED_KEYS: Record<IgnoredParameter, { title: MessageKey; text: MessageKey }> = {
  thema: { title: "ignoredThemaTitle", text: "ignoredThemaText" },
  umkreis: { title: "ignoredUmkreisTitle", text: "ignoredUmkreisText" },
  sprache: { title: "ignoredSpracheTitle", text: "ignoredSpracheText" },
  kanal: { title: "ignoredKanalTitle", text: "ignoredKanalText" },
  traeger: { title: "ignoredTraegerTitle", text: "ignoredTraegerText" },
  sortierung: { title: "ignoredSortierungTitle", text: "ignoredSortierungText" },
};

export function IgnoredParameters({ ignored }: { ignored: readonly IgnoredParameter[] }) {
  const t = useMessages();
  return (
    <>
      {ignored.map((parameter) => (
        <Alert key={parameter} kind="info" title={t[IGNORED_KEYS[parameter].title]} live="off">
          <p className="kern-body">{t[IGNORED_KEYS[parameter].text]}</p>
        </Alert>
      ))}
    </>
  );
}
