-- CreateTable
CREATE TABLE "gespeichertes_ergebnis" (
    "id" UUID NOT NULL,
    "benutzer_id" UUID NOT NULL,
    "stichtag" DATE NOT NULL,
    "antworten" JSONB NOT NULL,
    "fakten" JSONB NOT NULL,
    "zusammenfassung" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gespeichertes_ergebnis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "gespeichertes_ergebnis_benutzer_id_created_at_idx" ON "gespeichertes_ergebnis"("benutzer_id", "created_at");

-- AddForeignKey
ALTER TABLE "gespeichertes_ergebnis" ADD CONSTRAINT "gespeichertes_ergebnis_benutzer_id_fkey" FOREIGN KEY ("benutzer_id") REFERENCES "benutzer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
