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
import { SkipLink } from "./ui/a11y/SkipLink";
import { DemoNotice } from "./ui/layout/DemoNotice";
import { ForbiddenPage, NotFoundPage, ServerErrorPage } from "./ui/layout/ErrorPages";
import { SiteFooter } from "./ui/layout/SiteFooter";
import { SiteHeader } from "./ui/layout/SiteHeader";
import { pageTitle } from "./ui/meta";
import { useNonce } from "./ui/nonce";

export const links: LinksFunction = () => [
  ...(cssBundleHref ? [{ rel: "stylesheet", href: cssBundleHref }] : []),
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => {
  if (!error) return [];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: pageTitle(notFound ? "Seite nicht gefunden" : "Technischer Fehler") }];
};

export async function loader({ context }: LoaderFunctionArgs) {
  return { showDemoNotice: await context.services.hasDemoData(), requestId: context.requestId };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="de" dir="ltr">
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
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
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
