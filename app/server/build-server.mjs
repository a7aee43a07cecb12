// Bundles the Express entry (app/server/index.server.ts) into build/server/index.js.
// Packages stay external and load from node_modules; the Remix build is imported at run time.
import { build } from "esbuild";

await build({
  entryPoints: ["app/server/index.server.ts"],
  outfile: "build/server/index.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
