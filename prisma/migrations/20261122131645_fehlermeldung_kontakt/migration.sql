-- AlterTable
ALTER TABLE "fehlermeldung" ADD COLUMN     "kontakt" TEXT;

-- Hand-written: the form's limits, also for any other writer (the management area, scripts).
ALTER TABLE "fehlermeldung" ADD CONSTRAINT "fehlermeldung_laenge_check" CHECK (
  char_length("nachricht") BETWEEN 1 AND 2000 AND ("kontakt" IS NULL OR char_length("kontakt") <= 200));
