-- CreateEnum
CREATE TYPE "rolle" AS ENUM ('ratsuchend', 'berater', 'stellenleitung', 'traeger_admin', 'kommune_redaktion', 'plattform_admin');

-- CreateTable
CREATE TABLE "benutzer" (
    "id" UUID NOT NULL,
    "email" TEXT,
    "pseudonym" TEXT,
    "anzeigename" TEXT NOT NULL,
    "passwort_hash" TEXT,
    "totp_secret" TEXT,
    "totp_aktiviert" BOOLEAN NOT NULL DEFAULT false,
    "ist_personal" BOOLEAN NOT NULL DEFAULT true,
    "aktiv" BOOLEAN NOT NULL DEFAULT true,
    "letzte_anmeldung" TIMESTAMPTZ(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "benutzer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kommune" (
    "id" UUID NOT NULL,
    "ags" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plz" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kommune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mitgliedschaft" (
    "id" UUID NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "rolle" "rolle" NOT NULL,
    "traeger_id" UUID,
    "beratungsstelle_id" UUID,
    "kommune_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mitgliedschaft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sitzung" (
    "id" TEXT NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "zweiter_faktor" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "letzte_aktivitaet" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "absolut_ablauf" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sitzung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_outbox" (
    "id" BIGSERIAL NOT NULL,
    "an" TEXT NOT NULL,
    "betreff" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "anlass" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "senden_ab" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gesendet_am" TIMESTAMPTZ(3),
    "verworfen_am" TIMESTAMPTZ(3),
    "versuche" INTEGER NOT NULL DEFAULT 0,
    "letzter_fehler" TEXT,

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "benutzer_email_key" ON "benutzer"("email");

-- CreateIndex
CREATE UNIQUE INDEX "benutzer_pseudonym_key" ON "benutzer"("pseudonym");

-- CreateIndex
CREATE UNIQUE INDEX "kommune_ags_key" ON "kommune"("ags");

-- CreateIndex
CREATE INDEX "mitgliedschaft_benutzer_id_idx" ON "mitgliedschaft"("benutzer_id");

-- CreateIndex
CREATE INDEX "mitgliedschaft_beratungsstelle_id_idx" ON "mitgliedschaft"("beratungsstelle_id");

-- CreateIndex
CREATE INDEX "mitgliedschaft_traeger_id_idx" ON "mitgliedschaft"("traeger_id");

-- CreateIndex
CREATE INDEX "sitzung_benutzer_id_idx" ON "sitzung"("benutzer_id");

-- CreateIndex
CREATE INDEX "mail_outbox_gesendet_am_senden_ab_idx" ON "mail_outbox"("gesendet_am", "senden_ab");

-- AddForeignKey
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_traeger_id_fkey" FOREIGN KEY ("traeger_id") REFERENCES "traeger"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_beratungsstelle_id_fkey" FOREIGN KEY ("beratungsstelle_id") REFERENCES "beratungsstelle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_kommune_id_fkey" FOREIGN KEY ("kommune_id") REFERENCES "kommune"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.
-- Staff log in with an e-mail address, help seekers with a pseudonym, identifiers are lower-case.
ALTER TABLE "benutzer" ADD CONSTRAINT "benutzer_kennung_check" CHECK (
  (NOT "ist_personal" OR "email" IS NOT NULL) AND ("ist_personal" OR "pseudonym" IS NOT NULL)
  AND ("email" IS NULL OR "email" = lower("email")) AND ("pseudonym" IS NULL OR "pseudonym" = lower("pseudonym")));
ALTER TABLE "kommune" ADD CONSTRAINT "kommune_ags_check" CHECK ("ags" ~ '^[0-9]{8}$');
-- Exactly the scope a role needs.
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_bereich_check" CHECK (
  CASE "rolle"
    WHEN 'berater' THEN "beratungsstelle_id" IS NOT NULL AND "traeger_id" IS NULL AND "kommune_id" IS NULL
    WHEN 'stellenleitung' THEN "beratungsstelle_id" IS NOT NULL AND "traeger_id" IS NULL AND "kommune_id" IS NULL
    WHEN 'traeger_admin' THEN "traeger_id" IS NOT NULL AND "beratungsstelle_id" IS NULL AND "kommune_id" IS NULL
    WHEN 'kommune_redaktion' THEN "kommune_id" IS NOT NULL AND "traeger_id" IS NULL AND "beratungsstelle_id" IS NULL
    WHEN 'plattform_admin' THEN "traeger_id" IS NULL AND "beratungsstelle_id" IS NULL AND "kommune_id" IS NULL
    ELSE false
  END);
CREATE UNIQUE INDEX "mitgliedschaft_eindeutig" ON "mitgliedschaft" (
  "benutzer_id", "rolle", COALESCE("traeger_id", "beratungsstelle_id", "kommune_id", '00000000-0000-0000-0000-000000000000'::uuid));
-- The mail job queue: unsent, not discarded mails by due time.
CREATE INDEX "mail_outbox_faellig_idx" ON "mail_outbox" ("senden_ab") WHERE "gesendet_am" IS NULL AND "verworfen_am" IS NULL;
