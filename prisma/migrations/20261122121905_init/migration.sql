-- CreateEnum
CREATE TYPE "wohlfahrtsverband" AS ENUM ('caritas', 'diakonie', 'awo', 'paritaetischer', 'drk', 'zwst', 'kommunal', 'sonstige');

-- CreateTable
CREATE TABLE "traeger" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "verband" "wohlfahrtsverband" NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "traeger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "beratungsstelle" (
    "id" UUID NOT NULL,
    "traeger_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "strasse" TEXT NOT NULL,
    "plz" TEXT NOT NULL,
    "ort" TEXT NOT NULL,
    "themen" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "beratungsstelle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "beratungsstelle_plz_idx" ON "beratungsstelle"("plz");

-- CreateIndex
CREATE INDEX "beratungsstelle_traeger_id_idx" ON "beratungsstelle"("traeger_id");

-- AddForeignKey
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_traeger_id_fkey" FOREIGN KEY ("traeger_id") REFERENCES "traeger"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: Prisma's schema language cannot express CHECK constraints.
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_plz_check" CHECK ("plz" ~ '^[0-9]{5}$');
