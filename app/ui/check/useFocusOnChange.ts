import { useEffect, useRef } from "react";

/**
 * Moves the focus to an element (a page heading with tabIndex=-1) when `key` changes after the
 * first render: after a client-side step change screen readers then start at the new content,
 * as they would after a full page load. The first render keeps the browser's own focus.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string, enabled = true) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (enabled) ref.current?.focus();
  }, [key, enabled]);
  return ref;
}
