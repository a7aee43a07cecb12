/** Nationwide crisis lines (app/domain/counselling/hotlines.ts) with numbers that can be dialled from the page. */
import type { Hotline } from "../../domain/counselling/hotlines";

export function Hotlines({ hotlines, headingLevel = 3 }: { hotlines: readonly Hotline[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="sp-hotlines" aria-labelledby="sofort-hilfe">
      <Heading className="kern-heading-small" id="sofort-hilfe">
        Sofort sprechen – rund um die Uhr
      </Heading>
      <ul className="kern-list">
        {hotlines.map((line) => (
          <li key={line.name}>
            <strong>{line.name}</strong>:{" "}
            {line.numbers.map((number, index) => (
              <span key={number.dial}>
                {index > 0 ? " oder " : ""}
                <a className="kern-link" href={`tel:${number.dial}`}>
                  {number.display}
                </a>
              </span>
            ))}
            . {line.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
