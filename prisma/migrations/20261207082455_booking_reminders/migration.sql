-- AlterTable
ALTER TABLE "termin" ADD COLUMN     "erinnerung_fuer" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "termin_beginn_idx" ON "termin"("beginn");
