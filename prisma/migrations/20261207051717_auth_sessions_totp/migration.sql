-- CreateEnum
CREATE TYPE "einmallink_zweck" AS ENUM ('einladung', 'passwort_zuruecksetzen');

-- CreateTable
CREATE TABLE "totp_nutzung" (
    "benutzer_id" UUID NOT NULL,
    "letzter_schritt" BIGINT NOT NULL,

    CONSTRAINT "totp_nutzung_pkey" PRIMARY KEY ("benutzer_id")
);

-- CreateTable
CREATE TABLE "wiederherstellungscode" (
    "id" UUID NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "verwendet_am" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wiederherstellungscode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "einmallink" (
    "id" TEXT NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "zweck" "einmallink_zweck" NOT NULL,
    "ablauf" TIMESTAMPTZ(3) NOT NULL,
    "verwendet_am" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "einmallink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "anmelde_fehlversuch" (
    "id" BIGSERIAL NOT NULL,
    "kennung" TEXT NOT NULL,
    "zeitpunkt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "anmelde_fehlversuch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "wiederherstellungscode_code_hash_key" ON "wiederherstellungscode"("code_hash");

-- CreateIndex
CREATE INDEX "wiederherstellungscode_benutzer_id_idx" ON "wiederherstellungscode"("benutzer_id");

-- CreateIndex
CREATE INDEX "einmallink_benutzer_id_idx" ON "einmallink"("benutzer_id");

-- CreateIndex
CREATE INDEX "anmelde_fehlversuch_kennung_zeitpunkt_idx" ON "anmelde_fehlversuch"("kennung", "zeitpunkt");

-- AddForeignKey
ALTER TABLE "totp_nutzung" ADD CONSTRAINT "totp_nutzung_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wiederherstellungscode" ADD CONSTRAINT "wiederherstellungscode_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "einmallink" ADD CONSTRAINT "einmallink_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
