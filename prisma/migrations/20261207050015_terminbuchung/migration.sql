-- CreateEnum
CREATE TYPE "Terminart" AS ENUM ('vor_ort', 'telefon', 'video');

-- CreateEnum
CREATE TYPE "TerminStatus" AS ENUM ('gebucht', 'bestaetigt', 'storniert', 'nicht_erschienen');

-- CreateEnum
CREATE TYPE "TerminAusnahmeTyp" AS ENUM ('geschlossen', 'zusatz');

-- CreateTable
CREATE TABLE "beratungskalender" (
    "id" UUID NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "benutzer_id" UUID,
    "bezeichnung" TEXT NOT NULL,
    "vorlauf_min" INTEGER NOT NULL DEFAULT 120,
    "horizont_tage" INTEGER NOT NULL DEFAULT 60,
    "max_pro_tag" INTEGER,
    "ical_token_hash" TEXT,
    "aktiv" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "beratungskalender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terminregel" (
    "id" UUID NOT NULL,
    "kalender_id" UUID NOT NULL,
    "wochentag" INTEGER NOT NULL,
    "von" TEXT NOT NULL,
    "bis" TEXT NOT NULL,
    "dauer_min" INTEGER NOT NULL,
    "puffer_min" INTEGER NOT NULL DEFAULT 0,
    "arten" "Terminart"[],

    CONSTRAINT "terminregel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terminausnahme" (
    "id" UUID NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "kalender_id" UUID,
    "typ" "TerminAusnahmeTyp" NOT NULL,
    "datum" DATE NOT NULL,
    "von" TEXT,
    "bis" TEXT,
    "dauer_min" INTEGER,
    "puffer_min" INTEGER NOT NULL DEFAULT 0,
    "arten" "Terminart"[] DEFAULT ARRAY[]::"Terminart"[],

    CONSTRAINT "terminausnahme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "termin" (
    "id" UUID NOT NULL,
    "buchungscode" TEXT NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "kalender_id" UUID NOT NULL,
    "art" "Terminart" NOT NULL,
    "beginn" TIMESTAMPTZ(3) NOT NULL,
    "ende" TIMESTAMPTZ(3) NOT NULL,
    "status" "TerminStatus" NOT NULL DEFAULT 'gebucht',
    "name" TEXT NOT NULL,
    "email" TEXT,
    "telefon" TEXT,
    "anliegen" TEXT,
    "benutzer_id" UUID,
    "token_hash" TEXT NOT NULL,
    "token_nonce" TEXT NOT NULL,
    "idempotenz_key" TEXT,
    "anfrage_hash" TEXT,
    "erinnerung_mail_id" BIGINT,
    "storno_grund" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "termin_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "beratungskalender_ical_token_hash_key" ON "beratungskalender"("ical_token_hash");

-- CreateIndex
CREATE INDEX "beratungskalender_beratungsstelle_id_idx" ON "beratungskalender"("beratungsstelle_id");

-- CreateIndex
CREATE INDEX "terminregel_kalender_id_idx" ON "terminregel"("kalender_id");

-- CreateIndex
CREATE INDEX "terminausnahme_beratungsstelle_id_datum_idx" ON "terminausnahme"("beratungsstelle_id", "datum");

-- CreateIndex
CREATE UNIQUE INDEX "termin_buchungscode_key" ON "termin"("buchungscode");

-- CreateIndex
CREATE UNIQUE INDEX "termin_token_hash_key" ON "termin"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "termin_idempotenz_key_key" ON "termin"("idempotenz_key");

-- CreateIndex
CREATE INDEX "termin_beratungsstelle_id_beginn_idx" ON "termin"("beratungsstelle_id", "beginn");

-- CreateIndex
CREATE INDEX "termin_kalender_id_beginn_idx" ON "termin"("kalender_id", "beginn");

-- AddForeignKey
ALTER TABLE "beratungskalender" ADD CONSTRAINT "beratungskalender_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terminregel" ADD CONSTRAINT "terminregel_kalender_id_fkey" FOREIGN KEY ("kalender_id") REFERENCES "beratungskalender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terminausnahme" ADD CONSTRAINT "terminausnahme_kalender_id_fkey" FOREIGN KEY ("kalender_id") REFERENCES "beratungskalender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "termin" ADD CONSTRAINT "termin_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "termin" ADD CONSTRAINT "termin_kalender_id_fkey" FOREIGN KEY ("kalender_id") REFERENCES "beratungskalender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: integrity of bookings (not expressible in schema.prisma)
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "termin" ADD CONSTRAINT "termin_zeitraum_gueltig" CHECK ("ende" > "beginn");

ALTER TABLE "termin" ADD CONSTRAINT "termin_kontakt_kurz" CHECK (char_length("name") BETWEEN 1 AND 100 AND char_length(coalesce("anliegen", '')) <= 1000);

ALTER TABLE "terminregel" ADD CONSTRAINT "terminregel_gueltig" CHECK ("wochentag" BETWEEN 1 AND 7 AND "von" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "bis" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "von" < "bis" AND "dauer_min" > 0 AND "puffer_min" >= 0);

-- No two active bookings of one calendar may overlap, whichever transition writes them
-- (create, move, confirm, un-cancel): the database refuses the second one.
ALTER TABLE "termin" ADD CONSTRAINT "termin_keine_ueberschneidung" EXCLUDE USING gist (
    "beratungsstelle_id" WITH =,
    "kalender_id" WITH =,
    tstzrange("beginn", "ende", '[)') WITH &&
) WHERE ("status" <> 'storniert');
