import type { LsSection } from "../../domain/accessibility/leichte-sprache";

/** Leichte Sprache layout: every sentence starts on its own line (Netzwerk Leichte Sprache). */
export function LsSections({ sections, level = 2 }: { sections: readonly LsSection[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`ls-${section.id}`} className="sp-ls">
          <Heading className={level === 2 ? "kern-heading-medium" : "kern-heading-small"} id={`ls-${section.id}`}>
            {section.heading}
          </Heading>
          <LsSentences sentences={section.sentences} />
        </section>
      ))}
    </>
  );
}

export function LsSentences({ sentences }: { sentences: readonly string[] }) {
  return (
    <div className="sp-ls__text">
      {sentences.map((sentence) => (
        <p key={sentence} className="kern-body kern-body--large">
          {sentence}
        </p>
      ))}
    </div>
  );
}
