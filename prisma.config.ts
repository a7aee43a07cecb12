// Prisma CLI configuration. `prisma generate` (see prisma/generate.mjs) needs only the schema path;
// the datasource URL is here so that `prisma migrate deploy` works unchanged wherever Prisma's
// native schema engine is available. The app itself migrates through prisma/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
