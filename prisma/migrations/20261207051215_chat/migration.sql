-- CreateEnum
CREATE TYPE "gespraech_status" AS ENUM ('wartend', 'offen', 'geschlossen');

-- CreateEnum
CREATE TYPE "chat_absender" AS ENUM ('ratsuchend', 'beratung');

-- CreateTable
CREATE TABLE "gespraech" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "beratungsstelle_id" UUID NOT NULL,
    "ratsuchend_id" UUID,
    "berater_id" UUID,
    "pseudonym" TEXT NOT NULL,
    "thema" TEXT,
    "status" "gespraech_status" NOT NULL DEFAULT 'wartend',
    "letzte_seq" INTEGER NOT NULL DEFAULT 0,
    "gelesen_ratsuchend" INTEGER NOT NULL DEFAULT 0,
    "gelesen_beratung" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "letzte_aktivitaet" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "geschlossen_am" TIMESTAMPTZ(3),

    CONSTRAINT "gespraech_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_nachricht" (
    "id" UUID NOT NULL,
    "gespraech_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "client_id" UUID NOT NULL,
    "von" "chat_absender" NOT NULL,
    "benutzer_id" UUID,
    "schluessel_id" TEXT NOT NULL,
    "iv" BYTEA NOT NULL,
    "ciphertext" BYTEA NOT NULL,
    "tag" BYTEA NOT NULL,
    "gesendet_am" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_nachricht_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "gespraech_token_hash_key" ON "gespraech"("token_hash");

-- CreateIndex
CREATE INDEX "gespraech_beratungsstelle_id_status_idx" ON "gespraech"("beratungsstelle_id", "status");

-- CreateIndex
CREATE INDEX "gespraech_geschlossen_am_idx" ON "gespraech"("geschlossen_am");

-- CreateIndex
CREATE INDEX "gespraech_letzte_aktivitaet_idx" ON "gespraech"("letzte_aktivitaet");

-- CreateIndex
CREATE UNIQUE INDEX "chat_nachricht_gespraech_id_seq_key" ON "chat_nachricht"("gespraech_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "chat_nachricht_gespraech_id_client_id_key" ON "chat_nachricht"("gespraech_id", "client_id");

-- AddForeignKey
ALTER TABLE "gespraech" ADD CONSTRAINT "gespraech_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gespraech" ADD CONSTRAINT "gespraech_ratsuchend_id_fkey" FOREIGN KEY ("ratsuchend_id") REFERENCES "benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gespraech" ADD CONSTRAINT "gespraech_berater_id_fkey" FOREIGN KEY ("berater_id") REFERENCES "benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_nachricht" ADD CONSTRAINT "chat_nachricht_gespraech_id_fkey" FOREIGN KEY ("gespraech_id") REFERENCES "gespraech"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: seq starts at 1, iv is 12 bytes, tag 16 bytes (AES-256-GCM)
ALTER TABLE "chat_nachricht" ADD CONSTRAINT "chat_nachricht_seq_check" CHECK ("seq" >= 1);
ALTER TABLE "chat_nachricht" ADD CONSTRAINT "chat_nachricht_gcm_check" CHECK (octet_length("iv") = 12 AND octet_length("tag") = 16);
