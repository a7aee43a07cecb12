-- CreateTable
CREATE TABLE "protokoll" (
    "id" BIGSERIAL NOT NULL,
    "zeitpunkt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "benutzer_id" UUID,
    "akteur" TEXT NOT NULL,
    "aktion" TEXT NOT NULL,
    "objekt_typ" TEXT NOT NULL,
    "objekt_id" TEXT NOT NULL,
    "traeger_id" UUID,
    "kommune_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "protokoll_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "protokoll_traeger_id_zeitpunkt_idx" ON "protokoll"("traeger_id", "zeitpunkt");

-- CreateIndex
CREATE INDEX "protokoll_kommune_id_zeitpunkt_idx" ON "protokoll"("kommune_id", "zeitpunkt");

-- CreateIndex
CREATE INDEX "protokoll_objekt_typ_objekt_id_idx" ON "protokoll"("objekt_typ", "objekt_id");
