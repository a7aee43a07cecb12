import { useMessages } from "../i18n";

/** First focusable element on every page; visible when focused (layout.css). */
export function SkipLink({ target = "inhalt" }: { target?: string }) {
  return (
    <a className="sp-skip-link kern-link" href={`#${target}`}>
      {useMessages().skipLink}
    </a>
  );
}
