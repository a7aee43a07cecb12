/**
 * Remix classic compiler (see docs/decisions/0001-stack-classic-remix-custom-server.md).
 * The Express server in app/server/ is bundled separately by app/server/build-server.mjs
 * and loads build/index.js at run time.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ["**/.*", "**/__tests__/**", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: "build/index.js",
  watchPaths: ["search"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
