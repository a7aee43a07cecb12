/**
 * Plain links, one per language, each named in its own language with its own `lang`/`dir`, the
 * current one marked with aria-current. Every link reloads the document (the choice is a cookie
 * the server reads), so it works the same with and without JavaScript.
 */
import { useLocation } from "@remix-run/react";
import { LOCALE_INFO, LOCALES, switchHref } from "../../i18n/locales";
import { useLocale, useMessages } from "../i18n";

export function LanguageSwitcher() {
  const current = useLocale();
  const t = useMessages();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <nav aria-label={t.languageLabel} className="sp-languages">
      <ul className="sp-languages__list">
        {LOCALES.map((locale) => {
          const info = LOCALE_INFO[locale];
          return (
            <li key={locale}>
              <a
                className="sp-languages__link kern-link kern-link--small kern-link--no-visited-state"
                href={switchHref(locale, here)}
                lang={info.lang}
                dir={info.dir}
                hrefLang={info.lang}
                aria-current={locale === current ? "true" : undefined}
              >
                {info.endonym}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
