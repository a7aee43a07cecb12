-- CreateEnum
CREATE TYPE "kontaktkanal" AS ENUM ('vor_ort', 'telefon', 'chat', 'video', 'email');

-- CreateEnum
CREATE TYPE "search_outbox_operation" AS ENUM ('upsert', 'delete');

-- Hand-written data step: demo rows of the first model lack what every centre now has (slug,
-- coordinates, hours). Removing them lets the seed load the new demo data (it loads only into a
-- database without Träger). Real rows are kept and backfilled below.
DELETE FROM "traeger" WHERE "is_demo";

-- AlterTable
ALTER TABLE "beratungsstelle" ADD COLUMN     "anonym" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "aufzug" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "barrierefreies_wc" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "barrierefreiheit_hinweis" TEXT,
ADD COLUMN     "beschreibung" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bundesweit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "datenquelle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "einzugsgebiet_km" INTEGER,
ADD COLUMN     "einzugsgebiet_plz" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "email" TEXT,
ADD COLUMN     "externe_id" TEXT,
ADD COLUMN     "kanaele" "kontaktkanal"[] DEFAULT ARRAY[]::"kontaktkanal"[],
ADD COLUMN     "kosten" TEXT NOT NULL DEFAULT 'kostenlos',
ADD COLUMN     "lat" DOUBLE PRECISION,
ADD COLUMN     "lng" DOUBLE PRECISION,
ADD COLUMN     "notfallzeiten" TEXT,
ADD COLUMN     "slug" TEXT,
ADD COLUMN     "sprachen" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "stufenlos" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "telefon" TEXT,
ADD COLUMN     "veroeffentlicht" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "website" TEXT,
ADD COLUMN     "zielgruppen" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "zuletzt_geprueft" DATE;

-- Hand-written backfill: real rows from before this migration get a stable slug and stay
-- visible (they were all searchable before `veroeffentlicht` existed).
UPDATE "beratungsstelle" SET "slug" = 'beratungsstelle-' || "id", "veroeffentlicht" = true;
ALTER TABLE "beratungsstelle" ALTER COLUMN "slug" SET NOT NULL;

-- AlterTable
ALTER TABLE "traeger" ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "oeffnungszeit" (
    "id" UUID NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "wochentag" SMALLINT NOT NULL,
    "von" SMALLINT NOT NULL,
    "bis" SMALLINT NOT NULL,

    CONSTRAINT "oeffnungszeit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oeffnungszeit_ausnahme" (
    "id" UUID NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "von" SMALLINT,
    "bis" SMALLINT,
    "hinweis" TEXT,

    CONSTRAINT "oeffnungszeit_ausnahme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fehlermeldung" (
    "id" UUID NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "nachricht" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erledigt_am" TIMESTAMPTZ(3),

    CONSTRAINT "fehlermeldung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "centre_id" UUID NOT NULL,
    "operation" "search_outbox_operation" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "oeffnungszeit_beratungsstelle_id_idx" ON "oeffnungszeit"("beratungsstelle_id");

-- CreateIndex
CREATE INDEX "oeffnungszeit_ausnahme_beratungsstelle_id_datum_idx" ON "oeffnungszeit_ausnahme"("beratungsstelle_id", "datum");

-- CreateIndex
CREATE INDEX "fehlermeldung_beratungsstelle_id_created_at_idx" ON "fehlermeldung"("beratungsstelle_id", "created_at");

-- CreateIndex
CREATE INDEX "search_outbox_centre_id_idx" ON "search_outbox"("centre_id");

-- CreateIndex
CREATE UNIQUE INDEX "beratungsstelle_slug_key" ON "beratungsstelle"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "beratungsstelle_externe_id_key" ON "beratungsstelle"("externe_id");

-- CreateIndex
CREATE UNIQUE INDEX "traeger_name_verband_key" ON "traeger"("name", "verband");

-- AddForeignKey
ALTER TABLE "oeffnungszeit" ADD CONSTRAINT "oeffnungszeit_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oeffnungszeit_ausnahme" ADD CONSTRAINT "oeffnungszeit_ausnahme_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fehlermeldung" ADD CONSTRAINT "fehlermeldung_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: Prisma's schema language cannot express CHECK constraints or partial indexes.
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_geo_check" CHECK (
  ("lat" IS NULL AND "lng" IS NULL) OR ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180));
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_sprachen_check"
  CHECK (array_to_string("sprachen", ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$');
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_einzugsgebiet_plz_check"
  CHECK (array_to_string("einzugsgebiet_plz", ',') ~ '^([0-9]{5}(,[0-9]{5})*)?$');
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_einzugsgebiet_km_check"
  CHECK ("einzugsgebiet_km" IS NULL OR "einzugsgebiet_km" BETWEEN 1 AND 1000);
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "oeffnungszeit" ADD CONSTRAINT "oeffnungszeit_zeiten_check"
  CHECK ("wochentag" BETWEEN 1 AND 7 AND "von" >= 0 AND "von" < "bis" AND "bis" <= 1440);
ALTER TABLE "oeffnungszeit_ausnahme" ADD CONSTRAINT "oeffnungszeit_ausnahme_zeiten_check"
  CHECK (("von" IS NULL AND "bis" IS NULL) OR ("von" >= 0 AND "von" < "bis" AND "bis" <= 1440));

-- The indexer polls for unprocessed entries several times a second. This keeps that query
-- small however long the processed history grows.
CREATE INDEX "search_outbox_pending_idx" ON "search_outbox"("id") WHERE "processed_at" IS NULL;
