/** Entry of `npm run import:beratungsstellen -- <datei.csv> [--dry-run] [--skip-invalid]`; see run-cli.server.ts. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runImportCli } from "./run-cli.server";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

process.exitCode = await runImportCli({
  argv: process.argv.slice(2),
  env: process.env,
  rootDir,
  // npm runs scripts in the package root; INIT_CWD is where the command was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  output: { out: (line) => console.log(line), err: (line) => console.error(line) },
});
