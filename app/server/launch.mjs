// `npm start`: builds when the build is missing or older than the sources, then runs the
// bundled server. The fingerprint covers every input of the build (paths, sizes, mtimes), so a
// fresh clone builds once and later starts skip straight to serving.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const INPUTS = ["app", "search", "prisma", "public", "remix.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", "build", "generated", "__tests__"]);
const STAMP = path.join(root, "build", ".fingerprint");

function* files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) return yield entry;
  for (const child of readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(child.name)) continue;
    yield* files(path.join(entry, child.name));
  }
}

function fingerprint() {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      const { size, mtimeMs } = statSync(path.join(root, file));
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

const current = fingerprint();
const built = existsSync(STAMP) ? readFileSync(STAMP, "utf8") : "";
if (current !== built || !existsSync(path.join(root, "build/server/index.js"))) {
  console.log("Die Anwendung wird gebaut (beim ersten Start etwa eine halbe Minute) …");
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("Der Build ist fehlgeschlagen (siehe oben). Die Anwendung wurde nicht gestartet.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, fingerprint());
}

await import(pathToFileURL(path.join(root, "build/server/index.js")).href);
