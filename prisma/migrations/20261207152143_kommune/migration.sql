-- AlterTable
ALTER TABLE "beratungsstelle" ADD COLUMN     "kommune_id" UUID;

-- CreateTable
CREATE TABLE "zustaendigkeit" (
    "id" UUID NOT NULL,
    "kommune_id" UUID NOT NULL,
    "leistung" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "strasse" TEXT NOT NULL,
    "plz" TEXT NOT NULL,
    "ort" TEXT NOT NULL,
    "oeffnungszeiten" TEXT NOT NULL DEFAULT '',
    "telefon" TEXT,
    "email" TEXT,
    "online_antrag" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "zustaendigkeit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "zustaendigkeit_kommune_id_leistung_key" ON "zustaendigkeit"("kommune_id", "leistung");

-- CreateIndex
CREATE INDEX "beratungsstelle_kommune_id_idx" ON "beratungsstelle"("kommune_id");

-- CreateIndex
CREATE INDEX "kommune_plz_idx" ON "kommune" USING GIN ("plz");

-- AddForeignKey
ALTER TABLE "beratungsstelle" ADD CONSTRAINT "beratungsstelle_kommune_id_fkey" FOREIGN KEY ("kommune_id") REFERENCES "kommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "zustaendigkeit" ADD CONSTRAINT "zustaendigkeit_kommune_id_fkey" FOREIGN KEY ("kommune_id") REFERENCES "kommune"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: Prisma's schema language cannot express CHECK constraints.
ALTER TABLE "zustaendigkeit" ADD CONSTRAINT "zustaendigkeit_plz_check" CHECK ("plz" ~ '^[0-9]{5}$');
ALTER TABLE "zustaendigkeit" ADD CONSTRAINT "zustaendigkeit_online_antrag_check" CHECK ("online_antrag" IS NULL OR "online_antrag" ~ '^https://');
ALTER TABLE "kommune" ADD CONSTRAINT "kommune_plz_check" CHECK (array_to_string("plz", ',') ~ '^([0-9]{5}(,[0-9]{5})*)?$');
