/** Nationwide crisis lines (app/domain/counselling/hotlines.ts) with numbers that can be dialled from the page. */
import type { Hotline } from "../../domain/counselling/hotlines";
import { HOTLINE_KEYS } from "../../i18n/counselling";
import { useContentLocale, useContentMessages } from "../i18n";
import { contentIsForeign } from "../../i18n/locales";

export function Hotlines({ hotlines, headingLevel = 3 }: { hotlines: readonly Hotline[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const t = useContentMessages();
  const foreign = contentIsForeign(useContentLocale());
  const description = (line: Hotline) => {
    const key = HOTLINE_KEYS[line.name];
    return key ? t[key] : line.description;
  };
  return (
    <section className="sp-hotlines" aria-labelledby="sofort-hilfe">
      <Heading className="kern-heading-small" id="sofort-hilfe">
        {t.hotlinesHeading}
      </Heading>
      <ul className="kern-list">
        {hotlines.map((line) => (
          <li key={line.name}>
            {/* The lines' names are German names. */}
            <strong lang={foreign ? "de" : undefined}>{line.name}</strong>:{" "}
            {line.numbers.map((number, index) => (
              <span key={number.dial}>
                {index > 0 ? t.hotlinesOr : ""}
                <a className="kern-link" href={`tel:${number.dial}`}>
                  {number.display}
                </a>
              </span>
            ))}
            . {description(line)}
          </li>
        ))}
      </ul>
    </section>
  );
}
