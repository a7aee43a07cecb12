/**
 * Suggestions for the "Postleitzahl oder Ort" field while typing, from GET /api/v1/orte. Only a
 * progressive enhancement: it runs in the browser after hydration, waits for a short pause in
 * typing, cancels an outdated request, and on any failure simply shows no suggestions — the
 * search itself never depends on it (without JavaScript the form resolves the place on submit).
 */
import { useCallback, useEffect, useRef, useState } from "react";

export type PlaceOption = { value: string; label: string };

export const SUGGEST_MIN_CHARS = 2;
const PAUSE_MS = 150;

export function usePlaceSuggestions(): { options: PlaceOption[]; onInput: (value: string) => void } {
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<AbortController>();

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  const onInput = useCallback((value: string) => {
    clearTimeout(timer.current);
    const text = value.trim();
    if (text.length < SUGGEST_MIN_CHARS) {
      setOptions([]);
      return;
    }
    timer.current = setTimeout(async () => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      try {
        const response = await fetch(`/api/v1/orte?q=${encodeURIComponent(text)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) return setOptions([]);
        const body = (await response.json()) as { vorschlaege?: Array<{ anzeige: string; wert: string }> };
        // A value the user already typed exactly needs no suggestion of itself.
        setOptions((body.vorschlaege ?? []).filter((v) => v.wert !== text).map((v) => ({ value: v.wert, label: v.anzeige })));
      } catch {
        if (!controller.signal.aborted) setOptions([]);
      }
    }, PAUSE_MS);
  }, []);

  return { options, onInput };
}
