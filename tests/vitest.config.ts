import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: [
      "app/**/__tests__/**/*.test.{ts,tsx}",
      "prisma/**/__tests__/**/*.test.ts",
      "search/**/__tests__/**/*.test.ts",
      "tests/**/__tests__/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "build/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
