import "@kern-ux/native/dist/kern.min.css";
import "@kern-ux/native/dist/fonts/fira-sans.css";
import "./ui/layout/layout.css";
import { cssBundleHref } from "@remix-run/css-bundle";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { contentIsForeign, DEFAULT_LOCALE, LOCALE_INFO } from "./i18n/locales";
import { messagesFor } from "./i18n/messages";
import { localeFromRequest } from "./server/i18n/locale-cookie.server";
import { RouteAnnouncer } from "./ui/a11y/RouteAnnouncer";
import { SkipLink } from "./ui/a11y/SkipLink";
import { DemoNotice } from "./ui/layout/DemoNotice";
import { GermanOnlyNotice } from "./ui/layout/GermanOnlyNotice";
import { ForbiddenPage, NotFoundPage, ServerErrorPage } from "./ui/layout/ErrorPages";
import { SiteFooter } from "./ui/layout/SiteFooter";
import { SiteHeader } from "./ui/layout/SiteHeader";
import { pageTitle } from "./ui/meta";
import { useTranslatedPage } from "./ui/i18n";
import { useNonce } from "./ui/nonce";

export const links: LinksFunction = () => [
  ...(cssBundleHref ? [{ rel: "stylesheet", href: cssBundleHref }] : []),
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ error, data }) => {
  if (!error) return [];
  const t = messagesFor(data?.locale ?? DEFAULT_LOCALE);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: pageTitle(notFound ? t.notFoundTitle : t.serverErrorTitle) }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  return {
    showDemoNotice: await context.services.hasDemoData(),
    requestId: context.requestId,
    locale: await localeFromRequest(request),
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const { lang, dir } = LOCALE_INFO[locale];
  // Page content is German (or Leichte Sprache) until translated: mark it so screen readers
  // switch voice, keep it left-to-right, and say so visibly in the chosen language. A route
  // whose content is translated declares it (`handle = TRANSLATED`, app/ui/i18n.ts).
  const translated = useTranslatedPage();
  const germanContent = contentIsForeign(locale) && !translated;
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SkipLink />
        <SiteHeader />
        {data?.showDemoNotice ? <DemoNotice /> : null}
        {germanContent ? <GermanOnlyNotice text={messagesFor(locale).germanOnlyNotice} /> : null}
        <main id="inhalt" tabIndex={-1} lang={germanContent ? "de" : undefined} dir={germanContent ? "ltr" : undefined}>
          {children}
        </main>
        <SiteFooter />
        <RouteAnnouncer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isRouteErrorResponse(error) && error.status === 403) return <ForbiddenPage message={typeof error.data === "string" ? error.data : undefined} />;
  return <ServerErrorPage requestId={data?.requestId} />;
}
