/** The layer rules in eslint.config.js really fire (and stay quiet for allowed imports). */
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: fileURLToPath(new URL("../..", import.meta.url)) });

async function restricted(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer boundaries", () => {
  it.each([
    ["@prisma/client", 'import { PrismaClient } from "@prisma/client";'],
    ["@remix-run/node", 'import { json } from "@remix-run/node";'],
    ["socket.io", 'import { Server } from "socket.io";'],
    ["meilisearch", 'import { Meilisearch } from "meilisearch";'],
    ["express", 'import express from "express";'],
    ["node:fs", 'import { readFile } from "node:fs";'],
    ["a server module", 'import { parseEnv } from "../../server/env.server";'],
  ])("app/domain may not import %s", async (_name, code) => {
    expect(await restricted("app/domain/benefits/rule.ts", `${code}\nexport const x = 1;`)).toHaveLength(1);
  });

  it("app/domain may import zod, date-fns and itself", async () => {
    const code = 'import { z } from "zod";\nimport { addDays } from "date-fns";\nimport { y } from "../shared/money";\nexport const x = [z, addDays, y];';
    expect(await restricted("app/domain/benefits/rule.ts", code)).toEqual([]);
  });

  it("routes may not import Prisma directly", async () => {
    const code = 'import type { PrismaClient } from "../server/generated/prisma/client";\nexport type X = PrismaClient;';
    expect(await restricted("app/routes/beispiel.tsx", code)).toHaveLength(1);
  });

  it("search/ may not import app code other than the pure domain", async () => {
    const server = 'import { parseEnv } from "../app/server/env.server";\nexport const x = parseEnv;';
    expect(await restricted("search/port.ts", server)).toHaveLength(1);
    const domain = 'import { TOPICS } from "../app/domain/counselling/topics";\nexport const x = TOPICS;';
    expect(await restricted("search/port.ts", domain)).toEqual([]);
  });
});
