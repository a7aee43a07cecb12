/**
 * The real Express app (configureApp: security middleware, body limits, the API router, Remix)
 * on a random loopback port, with only the Remix routes under /api (the 404 catch-all). Those come
 * from Remix's own flat-routes convention over app/routes, so a file name that maps to the wrong
 * URL fails here as it would in the build.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import remixConfig from "../../../../../remix.config.js";
import { configureApp } from "../../../app.server";
import type { Services } from "../../../context.server";
import { parseEnv } from "../../../env.server";
import { createLogger } from "../../../logger.server";

export const rootDir = fileURLToPath(new URL("../../../../../", import.meta.url));
export const PUBLIC_URL = "https://sozial.example.org";

/** The Remix routes under /api as Remix's compiler sees them: id → { path, parentId, file }. */
function apiRouteManifest() {
  const manifest = flatRoutes(path.join(rootDir, "app"), remixConfig.ignoredRouteFiles);
  return Object.values(manifest).filter((route) => route.id.startsWith("routes/api."));
}

async function apiBuild(): Promise<ServerBuild> {
  type RouteModule = ServerBuild["routes"][string]["module"];
  // Resource routes render nothing, so the root needs no component here.
  const routes: ServerBuild["routes"] = { root: { id: "root", path: "", module: {} as RouteModule } };
  for (const route of apiRouteManifest()) {
    const module = (await import(path.join(rootDir, "app", route.file))) as RouteModule;
    routes[route.id] = { id: route.id, parentId: route.parentId, path: route.path, index: route.index, module };
  }
  return {
    mode: "production",
    entry: { module: { default: () => new Response("Nur die Schnittstelle ist geladen.", { status: 500 }) } },
    routes,
    assets: { entry: { imports: [], module: "" }, routes: {}, url: "", version: "test" },
    publicPath: "/build/",
    assetsBuildDirectory: path.join(rootDir, "public/build"),
    future: { ...remixConfig.future, v3_singleFetch: true },
    isSpaMode: false,
  } as ServerBuild;
}

export type ApiServer = { base: string; close: () => Promise<void> };

/** `extra`: services an endpoint needs beyond configuration and logging (database, search). */
export async function startApiServer(env: Record<string, string> = {}, extra: Partial<Services> = {}): Promise<ApiServer> {
  const parsed = parseEnv({ PUBLIC_URL, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000", ...env }, rootDir);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  // Most endpoints need only configuration and logging; the others get what they need in `extra`.
  const services = { config: parsed.config, logger: createLogger("silent"), ...extra } as Services;
  const app = configureApp(express(), { services, build: await apiBuild(), rootDir });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
