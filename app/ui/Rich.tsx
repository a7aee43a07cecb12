/** A catalogue text with its German terms ([[Wohngeld]]) marked lang="de" (app/i18n/rich.ts). */
import { richSegments } from "../i18n/rich";
import { useLocale } from "./i18n";
import { contentIsForeign } from "../i18n/locales";

export function Rich({ text }: { text: string }) {
  const foreign = contentIsForeign(useLocale());
  return (
    <>
      {richSegments(text).map((segment, index) =>
        segment.german && foreign ? (
          <span key={index} lang="de" dir="ltr">
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
