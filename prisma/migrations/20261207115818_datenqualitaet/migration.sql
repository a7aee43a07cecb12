-- CreateEnum
CREATE TYPE "fehlermeldung_status" AS ENUM ('offen', 'erledigt', 'abgelehnt');

-- AlterTable
ALTER TABLE "fehlermeldung" ADD COLUMN     "bearbeitet_von_id" UUID,
ADD COLUMN     "bearbeitet_von_name" TEXT,
ADD COLUMN     "notiz" TEXT,
ADD COLUMN     "status" "fehlermeldung_status" NOT NULL DEFAULT 'offen';

-- CreateTable
CREATE TABLE "pruefung_erinnerung" (
    "id" UUID NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "stand" TEXT NOT NULL,
    "empfaenger" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pruefung_erinnerung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_vorschau" (
    "id" UUID NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "traeger_id" UUID,
    "dateiname" TEXT NOT NULL,
    "inhalt" TEXT NOT NULL,
    "datenquelle" TEXT NOT NULL,
    "vorschau" JSONB NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ablauf" TIMESTAMPTZ(3) NOT NULL,
    "angewendet_am" TIMESTAMPTZ(3),
    "ergebnis" JSONB,

    CONSTRAINT "import_vorschau_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pruefung_erinnerung_beratungsstelle_id_stand_key" ON "pruefung_erinnerung"("beratungsstelle_id", "stand");

-- CreateIndex
CREATE INDEX "import_vorschau_ablauf_idx" ON "import_vorschau"("ablauf");

-- CreateIndex
CREATE INDEX "fehlermeldung_status_created_at_idx" ON "fehlermeldung"("status", "created_at");

-- AddForeignKey
ALTER TABLE "pruefung_erinnerung" ADD CONSTRAINT "pruefung_erinnerung_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reports closed before there was a status count as resolved.
UPDATE "fehlermeldung" SET "status" = 'erledigt' WHERE "erledigt_am" IS NOT NULL;
