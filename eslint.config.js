// Lint rules, including the layer boundaries from ARCHITECTURE.md:
// app/domain is pure (no framework, driver or server module), routes never touch Prisma,
// search/ imports nothing from the app but pure app/domain code.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const FRAMEWORKS = [
  "@remix-run/*",
  "@prisma/*",
  "react",
  "react-dom",
  "socket.io",
  "socket.io-client",
  "meilisearch",
  "express",
  "pg",
  "redis",
  "@electric-sql/*",
  "node:*",
];

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "app/server/generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["app/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: FRAMEWORKS, message: "app/domain ist rein: keine Frameworks, Treiber oder Node-Module (ARCHITECTURE.md, Regel 1)." },
            { group: ["**/server/**", "**/*.server", "**/routes/**", "**/ui/**", "**/search/**"], message: "app/domain importiert nur app/domain, zod und date-fns." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/routes/**", "app/ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "**/generated/**"], message: "Routen und UI greifen über context.services zu, nie direkt auf Prisma." }] },
      ],
    },
  },
  {
    files: ["search/**"],
    ignores: ["search/scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/app/routes/**", "**/app/server/**", "**/app/ui/**", "**/app/i18n/**"],
              message: "search/ ist eine eigene Grenze: nur reine Fachlogik aus app/domain darf importiert werden.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
