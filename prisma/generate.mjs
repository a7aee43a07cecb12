// `npm run build:prisma`: generates the Prisma Client into app/server/generated/prisma.
//
// The Prisma CLI resolves its native schema-engine binary before every command and downloads it
// when missing, which fails on machines without internet access. `prisma generate` never runs
// that engine (Prisma Client 7 needs no native engine; the app migrates with the WebAssembly
// engine, see prisma/engine/schema-engine.ts), and the CLI only checks that
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file. So we point it at the WebAssembly engine
// file, unless someone set it to a real native engine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  encoding: "utf8",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY:
      process.env.PRISMA_SCHEMA_ENGINE_BINARY ??
      require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm"),
    // No update check or telemetry call to the internet.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});

if (result.status === 0) {
  console.log("Prisma Client erzeugt: app/server/generated/prisma");
} else {
  process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}${result.error?.message ?? ""}\n`);
  console.error("Prisma Client konnte nicht erzeugt werden (siehe oben).");
  process.exit(result.status ?? 1);
}
