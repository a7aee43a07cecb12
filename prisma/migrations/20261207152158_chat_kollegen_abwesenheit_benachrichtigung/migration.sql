-- AlterTable
ALTER TABLE "benutzer" ADD COLUMN     "chat_mail_benachrichtigung" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "beratungsstelle" ADD COLUMN     "chat_abwesend_bis" DATE,
ADD COLUMN     "chat_abwesenheit_text" TEXT;

-- AlterTable
ALTER TABLE "gespraech" ADD COLUMN     "anfrage_hash" TEXT,
ADD COLUMN     "idempotenz_schluessel" TEXT,
ADD COLUMN     "letzte_mail_am" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "gespraech_teilnahme" (
    "gespraech_id" UUID NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "hinzugefuegt_von" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gespraech_teilnahme_pkey" PRIMARY KEY ("gespraech_id","benutzer_id")
);

-- CreateIndex
CREATE INDEX "gespraech_teilnahme_benutzer_id_idx" ON "gespraech_teilnahme"("benutzer_id");

-- CreateIndex
CREATE UNIQUE INDEX "gespraech_idempotenz_schluessel_key" ON "gespraech"("idempotenz_schluessel");

-- AddForeignKey
ALTER TABLE "gespraech_teilnahme" ADD CONSTRAINT "gespraech_teilnahme_gespraech_id_fkey" FOREIGN KEY ("gespraech_id") REFERENCES "gespraech"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gespraech_teilnahme" ADD CONSTRAINT "gespraech_teilnahme_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
